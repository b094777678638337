/**
 * Stands in for `@pagefind/default-ui`'s PagefindUI so that Pagefind's search UI (about 26 KB
 * gzip) loads when a reader first opens the search dialog, not on every page load. Our Search
 * component (src/components/search/Search.astro) constructs it at page load; this class keeps the
 * options and builds the real UI on the dialog's first `open`.
 */
// @ts-expect-error: the package ships no types.
type RealUI = typeof import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');

export class PagefindUI {
  constructor(options: { element: string } & Record<string, unknown>) {
    const dialog = document.querySelector<HTMLDialogElement>('site-search dialog');
    const start = async () => {
      // @ts-expect-error: the package ships no types.
      const real: RealUI = await import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');
      new real.PagefindUI(options);
      // Starlight focused the (then missing) input when the dialog opened; focus the real one.
      requestAnimationFrame(() => dialog?.querySelector<HTMLInputElement>('input')?.focus());
    };
    if (!dialog || dialog.open) {
      void start();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!dialog.open) return;
      observer.disconnect();
      void start();
    });
    observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
  }
}
