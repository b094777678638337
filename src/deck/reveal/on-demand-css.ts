/**
 * The deck's CSS for features used later (overview, print view, overlay, ...): the build takes it out
 * of the inline <style> it belonged to (src/deck/inline-deck-css.mjs, split by
 * src/deck/split-reveal-css.mjs) and names its file in that element's data-on-demand-css. The first
 * feature that needs it links it right after that element, so the cascade keeps its order, and
 * waits for it before showing anything. In `astro dev` nothing is split and this resolves at once.
 */
let loading: Promise<unknown> | undefined;

export function loadOnDemandCss(): Promise<unknown> {
  loading ??= Promise.all(
    [...document.querySelectorAll<HTMLElement>('style[data-on-demand-css]')].map((style) => {
      const link = Object.assign(document.createElement('link'), {
        rel: 'stylesheet',
        href: style.dataset.onDemandCss,
      });
      style.after(link);
      // A failed fetch (offline) leaves the feature unstyled rather than never opening it.
      return new Promise((done) => {
        link.onload = link.onerror = done;
      });
    }),
  );
  return loading;
}

/** `value`, once the on-demand CSS has arrived too. */
export function withOnDemandCss<T>(value: Promise<T>): Promise<T> {
  return Promise.all([value, loadOnDemandCss()]).then(([made]) => made);
}
