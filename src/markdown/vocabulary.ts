/**
 * The authoring vocabulary of a talk page, in one place so the build, the docs and the tests agree.
 *
 * - `---` on its own line (with a blank line before it) ends a slide.
 * - `:::notes` is the speaker's narration: speaker view in the deck, article prose in the docs.
 * - `:::docs` is read only in the docs (depth, fact checks); the deck leaves it out.
 * - `:::deck` is shown only on the slide (a big statement, a visual cue); the docs leave it out.
 * - Starlight's own asides (`:::note`, `:::tip`, `:::caution`, `:::danger`) work in both views.
 */
export const SLIDE_DIRECTIVES = {
  notes: { tag: 'aside', className: 'notes' },
  docs: { part: 'DocsOnly', className: 'docs-only' },
  deck: { part: 'DeckOnly', className: 'deck-only' },
} as const;

export type SlideDirective = keyof typeof SLIDE_DIRECTIVES;

/**
 * The parts of a talk page that the two views render differently. The slides plugin emits each as
 * an MDX component (`<TalkSlide id="coreos">`, `<DocsOnly>`); the docs render a page with the
 * components of src/components/views/docs-view.ts (the page's default), the deck passes those of
 * src/components/views/deck-view.ts (`<Content components={deckView} />`). The deck also renders
 * the `##` slide titles (`h2`) with its own component: the id moves from the title to the slide.
 */
export const VIEW_PARTS = ['TalkSlide', 'DocsOnly', 'DeckOnly', 'NotesDocsLink'] as const;

export type ViewPart = (typeof VIEW_PARTS)[number];

/** Container directives that Starlight turns into asides. */
export const ASIDE_DIRECTIVES = ['note', 'tip', 'caution', 'danger'] as const;

/** Leaf directives we handle (`::sim{system="fcos"}`): filled in by the simulator issue. */
export const LEAF_DIRECTIVES: readonly string[] = [];

export function isSlideDirective(name: string): name is SlideDirective {
  return Object.hasOwn(SLIDE_DIRECTIVES, name);
}

export function isKnownContainerDirective(name: string): boolean {
  return isSlideDirective(name) || (ASIDE_DIRECTIVES as readonly string[]).includes(name);
}

export function knownDirectivesList(): string {
  return [...Object.keys(SLIDE_DIRECTIVES), ...ASIDE_DIRECTIVES].map((n) => `:::${n}`).join(', ');
}
