/**
 * The deck's print modes, chosen by the address: `?view=print` lays every slide out as one PDF page
 * (reveal.js's print view), `?view=print&handout` adds each slide's speaker notes beneath it.
 * scripts/pdf.mjs opens both addresses and prints them.
 */
export interface PrintMode {
  print: boolean;
  handout: boolean;
}

export function printModeFrom(search: string): PrintMode {
  const params = new URLSearchParams(search);
  const print = params.get('view') === 'print' || params.has('print-pdf');
  return { print, handout: print && params.has('handout') };
}

/** Handout pages are taller than a slide: the slide on top, its notes in the space below. */
export const HANDOUT_NOTES_SHARE = 0.62;

export function handoutPageHeight(slidePageHeight: number): number {
  return Math.round(slidePageHeight * (1 + HANDOUT_NOTES_SHARE));
}
