/**
 * The presenter's L, Z and E (src/deck/presenter-tools.ts binds the keys): fetched on the first of
 * them, since most visits never press one. Each returns its toggle; all switch off when the slide
 * changes.
 */
import type Reveal from 'reveal.js';

type Deck = InstanceType<typeof Reveal>;

const SPOTLIGHT = 'deck-spotlight';
const SPOTLIGHT_ENTRY = 'deck-spotlight-entry';
const ZOOMED = 'deck-zoomed';
const TERMINAL_FULL = 'deck-terminal-full';

/** What the presenter is talking about on a slide: a simulator's last output, the current fragment, the heading. */
export function focusOf(slide: Element | undefined): HTMLElement | null {
  if (!slide) return null;
  const sim = slide.querySelector<HTMLElement>('sim-machine');
  if (sim) return sim.querySelector<HTMLElement>('.sim-entry:last-child') ?? sim.querySelector('.sim-terminal');
  const fragment = [...slide.querySelectorAll<HTMLElement>('.fragment.visible')].at(-1);
  return fragment ?? slide.querySelector<HTMLElement>('ul, ol, blockquote, table, h2, h1');
}

export interface PresenterTools {
  toggleSpotlight(): void;
  toggleZoom(): void;
  toggleTerminalFull(): void;
}

export function presenterTools(deck: Deck): PresenterTools {
  const root = deck.getRevealElement() as HTMLElement;
  let spotlight = false;
  let zoom = false;

  const current = () => deck.getCurrentSlide() as HTMLElement | undefined;
  const clear = () =>
    root
      .querySelectorAll(`.${SPOTLIGHT}, .${SPOTLIGHT_ENTRY}, .${ZOOMED}`)
      .forEach((n) => n.classList.remove(SPOTLIGHT, SPOTLIGHT_ENTRY, ZOOMED));
  const apply = () => {
    clear();
    const slide = current();
    const target = focusOf(slide);
    if (!slide || !target) return;
    if (spotlight) {
      // Inside a terminal the dimming would be clipped by its scroll box: the terminal is lit and
      // its latest entry outlined.
      const terminal = target.closest<HTMLElement>('.sim-terminal');
      (terminal ?? target).classList.add(SPOTLIGHT);
      if (terminal && terminal !== target) target.classList.add(SPOTLIGHT_ENTRY);
    }
    if (zoom) {
      // Scale the slide about the target's centre, measured in the slide's own (unscaled) pixels.
      const s = slide.getBoundingClientRect();
      const t = target.getBoundingClientRect();
      const ratio = slide.offsetWidth / s.width || 1;
      slide.style.transformOrigin = `${((t.left + t.width / 2 - s.left) * ratio).toFixed(0)}px ${((t.top + t.height / 2 - s.top) * ratio).toFixed(0)}px`;
      slide.classList.add(ZOOMED);
    }
  };
  const leaveAll = () => {
    spotlight = zoom = false;
    clear();
    root.querySelectorAll(`.${TERMINAL_FULL}`).forEach((n) => n.classList.remove(TERMINAL_FULL));
  };

  // A simulator's new output moves the spotlight with it (the log only ever gets whole entries).
  const follow = new MutationObserver(() => requestAnimationFrame(apply));
  const watch = () => {
    follow.disconnect();
    const log = current()?.querySelector('.sim-log');
    if (log && (spotlight || zoom)) follow.observe(log, { childList: true });
  };
  deck.on('slidechanged', () => {
    leaveAll();
    follow.disconnect();
  });
  for (const type of ['fragmentshown', 'fragmenthidden']) deck.on(type, () => requestAnimationFrame(apply));

  return {
    toggleSpotlight() {
      spotlight = !spotlight;
      apply();
      watch();
    },
    toggleZoom() {
      zoom = !zoom;
      apply();
      watch();
    },
    toggleTerminalFull() {
      const sim = current()?.querySelector('sim-machine');
      sim?.classList.toggle(TERMINAL_FULL);
      // The terminal changed height: keep its latest output in view, as a terminal does.
      const screen = sim?.querySelector('.sim-screen');
      if (screen) screen.scrollTop = screen.scrollHeight;
    },
  };
}
