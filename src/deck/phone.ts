/**
 * On a phone the deck reads as a scrolling page (reveal.js's scroll view, below
 * PHONE_MAX_WIDTH). A 1280x720 slide shrunk to a phone's width would make 40px type about 12px,
 * so there the slides are laid out on a narrower, taller canvas and stacked compactly, without
 * snapping, like an article.
 */
import type Reveal from 'reveal.js';

type Deck = InstanceType<typeof Reveal>;

export const PHONE_MAX_WIDTH = 435;
export const PROJECTOR_SLIDE = { width: 1280, height: 720 } as const;
export const PHONE_SLIDE = { width: 720, height: 900 } as const;

export function slideSizeFor(viewportWidth: number): { width: number; height: number } {
  return viewportWidth <= PHONE_MAX_WIDTH ? PHONE_SLIDE : PROJECTOR_SLIDE;
}

export const PHONE_SCROLL_SETTINGS = {
  scrollActivationWidth: PHONE_MAX_WIDTH,
  scrollLayout: 'compact',
  scrollSnap: false,
} as const;

/** Follows rotation and window resizes across the phone boundary. */
export function followPhoneWidth(deck: Deck): void {
  const query = window.matchMedia(`(max-width: ${PHONE_MAX_WIDTH}px)`);
  query.addEventListener('change', () => deck.configure(slideSizeFor(window.innerWidth)));
}
