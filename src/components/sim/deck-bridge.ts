/**
 * How a simulator lives inside the reveal.js deck, without importing reveal: reveal dispatches its
 * events (ready, slidechanged, fragmentshown, fragmenthidden) as bubbling DOM events on `.reveal`,
 * and marks the current slide `.present`. Kept tiny: the boot script uses it before the engine loads.
 */

/** Dispatched (bubbling) by a simulator whose deferred live part was just put in place. */
export const SIM_LIVE_SHOWN = 'sim-live-shown';

/** The deck's root element when `el` is inside a deck, else null. */
export function deckOf(el: Element): HTMLElement | null {
  return el.closest<HTMLElement>('.reveal');
}

/** The top-level slide that holds `el`. */
function slideOf(el: Element): HTMLElement | null {
  let slide: HTMLElement | null = null;
  for (
    let s = el.closest<HTMLElement>('.slides section');
    s;
    s = s.parentElement?.closest<HTMLElement>('.slides section') ?? null
  )
    slide = s;
  return slide;
}

/** Esc: hand the keyboard back to the deck by focusing the current slide. Outside a deck, only blur. */
export function leaveToDeck(from: HTMLElement): void {
  from.blur();
  const deck = deckOf(from);
  if (!deck) return;
  const slide = slideOf(from) ?? deck.querySelector<HTMLElement>('.slides section.present');
  if (!slide) return;
  if (!slide.hasAttribute('tabindex')) slide.setAttribute('tabindex', '-1');
  slide.focus({ preventScroll: true });
}

/**
 * The deck's top-level slides in order. In reveal's scroll view (phones) each one is wrapped in a
 * `.scroll-page`, so they are not children of `.slides` there; a nested section is a vertical slide.
 */
function topLevelSlides(deck: HTMLElement): HTMLElement[] {
  return [...deck.querySelectorAll<HTMLElement>('.slides section')].filter(
    (s) => !s.parentElement?.closest('.slides section'),
  );
}

/**
 * Calls `cb` once the slide holding `el` is near the current one: by default the current slide or
 * the next one (so the engine is ready when the presenter arrives), `{ before: 1 }` also the one
 * before (coming back). Works in the paged deck and in the scroll view alike. Returns false when
 * `el` is not in a deck.
 */
export function whenSlideNear(el: HTMLElement, cb: () => void, { before = 0 } = {}): boolean {
  const deck = deckOf(el);
  const slide = slideOf(el);
  if (!deck || !slide) return false;
  const near = () => {
    const current = deck.querySelector<HTMLElement>('.slides section.present');
    const present = current && slideOf(current);
    if (!present) return false;
    const slides = topLevelSlides(deck);
    const distance = slides.indexOf(slide) - slides.indexOf(present);
    return distance >= -before && distance <= 1;
  };
  const check = () => {
    if (!near()) return;
    deck.removeEventListener('slidechanged', check);
    deck.removeEventListener('ready', check);
    cb();
  };
  deck.addEventListener('slidechanged', check);
  deck.addEventListener('ready', check);
  check();
  return true;
}

/** Calls `cb` once when reveal's overview (all slides as thumbnails) opens. */
export function whenOverviewShown(el: HTMLElement, cb: () => void): void {
  deckOf(el)?.addEventListener('overviewshown', cb, { once: true });
}

/** Calls `cb` whenever reveal shows or hides a fragment, or changes slide. */
export function onDeckStep(el: HTMLElement, cb: () => void): void {
  const deck = deckOf(el);
  if (!deck) return;
  for (const type of ['fragmentshown', 'fragmenthidden', 'slidechanged']) deck.addEventListener(type, cb);
}
