/**
 * The deck's PDF exports under /slides/ (written by scripts/pdf.mjs, linked from the site): the slides
 * on slide-shaped pages, and the handout (slides with their notes) on A4 and on US Letter paper.
 */
export const PDF_FILES = {
  slides: 'immutable-linux-slides.pdf',
  handout: 'immutable-linux-handout.pdf',
  handoutLetter: 'immutable-linux-handout-letter.pdf',
} as const;

export type PdfVariant = keyof typeof PDF_FILES;

/**
 * reveal's print view for each variant: what scripts/pdf.mjs prints, and what a reader can print
 * from the browser when a build made no PDFs.
 */
export const PRINT_VIEWS: Record<PdfVariant, string> = {
  slides: '/slides/?view=print',
  handout: '/slides/?view=print&handout',
  handoutLetter: '/slides/?view=print&handout',
};

/** The paper each handout is printed on (Playwright's page.pdf formats); the slides use slide-sized pages. */
export const HANDOUT_PAPER: Partial<Record<PdfVariant, 'A4' | 'Letter'>> = {
  handout: 'A4',
  handoutLetter: 'Letter',
};

/**
 * Whether this build prints the PDFs. astro.config.mjs decides once (scripts/pdf-plan.mjs) and
 * records it in PDF_EXPORT for the pages; the export step reads the same plan.
 */
export function pdfsPrinted(env: Record<string, string | undefined> = process.env): boolean {
  return env.PDF_EXPORT !== '0';
}

/** The site path (without base) a reader follows for a variant: the file, or the print view. */
export function pdfSitePath(variant: PdfVariant, printed: boolean): string {
  return printed ? `/slides/${PDF_FILES[variant]}` : PRINT_VIEWS[variant];
}
