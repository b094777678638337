/**
 * Whether a page is rendered as the deck, for the components a talk page imports itself (such as
 * SimMachine), which the view's `components` map (deck-view.ts) cannot replace. The flag is kept
 * with the page's `Astro.locals`: one object per page render, also in a static build, shared by
 * every component rendered in that page.
 */
const deckRenders = new WeakSet<object>();

/** Called by the deck page (src/pages/slides/index.astro) before its talk pages render. */
export function markDeckRender(locals: object): void {
  deckRenders.add(locals);
}

export function isDeckRender(locals: object): boolean {
  return deckRenders.has(locals);
}
