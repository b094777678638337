/**
 * On a phone the deck reads as a scrolling page (reveal.js's scroll view, below
 * PHONE_MAX_WIDTH). A 1280x720 slide shrunk to a phone's width would make 40px type about 12px,
 * so there the slides are laid out on a narrower, taller canvas, one a screen, without snapping.
 * One a screen ('full'), not 'compact': reveal reckons which slide and which fragment is current
 * from the count of scroll steps, as if each took the same height, which holds only in the full
 * layout; in the compact one every slide with fragments is taller than a step, so slides further
 * down became current (their simulator started, their tour stepped) a screen or two away from
 * where they were shown, and a deep link scrolled to the wrong slide.
 */
import type Reveal from 'reveal.js';

type Deck = InstanceType<typeof Reveal>;

export const PHONE_MAX_WIDTH = 435;
export const PROJECTOR_SLIDE = { width: 1280, height: 720 } as const;
export const PHONE_SLIDE = { width: 720, height: 1000 } as const;

export function slideSizeFor(viewportWidth: number): { width: number; height: number } {
  return viewportWidth <= PHONE_MAX_WIDTH ? PHONE_SLIDE : PROJECTOR_SLIDE;
}

export const PHONE_SCROLL_SETTINGS = {
  scrollActivationWidth: PHONE_MAX_WIDTH,
  scrollLayout: 'full',
  scrollSnap: false,
} as const;

/** Follows rotation and window resizes across the phone boundary. */
export function followPhoneWidth(deck: Deck): void {
  const query = window.matchMedia(`(max-width: ${PHONE_MAX_WIDTH}px)`);
  query.addEventListener('change', () => deck.configure(slideSizeFor(window.innerWidth)));
}

/**
 * Deep links in the scroll view. reveal reads the address before its scroll view has laid the
 * pages out, so `/slides/#/try-it-fedora-coreos` opened on a phone stayed at the title and the
 * address was rewritten to the title's; and for a link followed later, reveal scrolls to where its
 * progress arithmetic puts the slide, up to a screen early (mostly the slide before). So the slide
 * an address names is looked up here (before reveal starts, for the first one), its page is
 * scrolled to the top, and the address is kept.
 */
export function slideNamedBy(hash: string, root: ParentNode): HTMLElement | null {
  const name = /^#\/([^/?]+)/.exec(hash)?.[1];
  if (!name || /^\d+$/.test(name)) return null;
  let id = name;
  try {
    id = decodeURIComponent(name);
  } catch {
    // A malformed escape names no slide: reveal shows the first one.
  }
  return [...root.querySelectorAll<HTMLElement>('.slides section')].find((s) => s.id === id) ?? null;
}

function showInScrollView(deck: Deck, slide: HTMLElement | null, hash: string): void {
  // reveal's isScrollView() is not in its types; its scroll view marks the viewport.
  if (!slide || !deck.getViewportElement()?.classList.contains('reveal-scroll')) return;
  slide.closest('.scroll-page')?.scrollIntoView({ block: 'start' });
  if (location.hash !== hash) history.replaceState(history.state, '', hash);
}

/** `linked`, `linkedHash`: the slide and address the page opened with, taken before reveal started. */
export function followDeepLinksInScrollView(deck: Deck, linked: HTMLElement | null, linkedHash: string): void {
  showInScrollView(deck, linked, linkedHash);
  const root = deck.getRevealElement() as HTMLElement;
  // After reveal's own hashchange handler (registered when it started).
  addEventListener('hashchange', () => showInScrollView(deck, slideNamedBy(location.hash, root), location.hash));
}
