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
  docs: { tag: 'div', className: 'docs-only' },
  deck: { tag: 'div', className: 'deck-only' },
} as const;

export type SlideDirective = keyof typeof SLIDE_DIRECTIVES;

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
