/** File names of the PDF exports under /slides/ (written by scripts/pdf.mjs, linked from the site). */
export const PDF_FILES = {
  slides: 'immutable-linux-slides.pdf',
  handout: 'immutable-linux-handout.pdf',
} as const;
