/**
 * Stands in for reveal's print view (js/controllers/printview.js, 1.3 KB gzip), which lays every slide
 * out as a PDF page. Only the print addresses use it (`?view=print`, `?print-pdf`: scripts/pdf.mjs
 * prints the PDFs and the handouts from them), so it is fetched when reveal activates it there.
 */
import { withOnDemandCss } from './on-demand-css.ts';
interface RevealForPrintView {
  getConfig(): { view?: string | null };
}

export default class PrintViewOnDemand {
  readonly #reveal: RevealForPrintView;

  constructor(reveal: RevealForPrintView) {
    this.#reveal = reveal;
  }

  /** As reveal's own: the print view is on when the configuration says so. */
  isActive(): boolean {
    return this.#reveal.getConfig().view === 'print';
  }

  activate(): Promise<void> {
    return withOnDemandCss(import('reveal.js/js/controllers/printview.js')).then((module) =>
      (new module.default(this.#reveal as never) as unknown as { activate(): Promise<void> }).activate(),
    );
  }
}
