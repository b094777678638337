/**
 * Tools for giving the talk from a keyboard or a clicker, no mouse needed:
 * - L, a spotlight: dims everything on the slide but the thing being talked about (the current
 *   fragment, or a simulator's latest output), and follows it as the presenter steps on;
 * - Z, a zoom of 1.6x centred on that same thing;
 * - E, a simulator's terminal enlarged to the whole slide (again to leave);
 * - the T and QR buttons, which show only while the pointer moves, as reveal does with its cursor.
 * All of them switch off when the slide changes, so a clicker's Page Down never lands on a surprise.
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

export function setUpPresenterTools(deck: Deck, toolbar: HTMLElement | null): void {
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

  deck.addKeyBinding(
    { keyCode: 76, key: 'L', description: 'Spotlight on the current point or the latest output' },
    () => {
      spotlight = !spotlight;
      apply();
      watch();
    },
  );
  deck.addKeyBinding({ keyCode: 90, key: 'Z', description: 'Zoom in on the current point (again to zoom out)' }, () => {
    zoom = !zoom;
    apply();
    watch();
  });
  deck.addKeyBinding({ keyCode: 69, key: 'E', description: "Enlarge this slide's terminal to the whole slide" }, () => {
    const sim = current()?.querySelector('sim-machine');
    sim?.classList.toggle(TERMINAL_FULL);
    // The terminal changed height: keep its latest output in view, as a terminal does.
    const screen = sim?.querySelector('.sim-screen');
    if (screen) screen.scrollTop = screen.scrollHeight;
  });
  for (const [keys, what] of [
    ['Page Down / Page Up', 'Next / previous step (what a clicker sends)'],
    // Replaces reveal's own entry: on a demo slide Esc stays on the slide (src/deck/keyboard.ts).
    ['ESC, O', 'Slide overview (on a demo slide only O)'],
    ['Home / End', 'First / last slide'],
    ['Esc in a terminal', 'Leave the terminal: keys drive the slides again'],
    ['Tab / Enter in a terminal', 'Complete / run the command'],
  ] as const)
    deck.registerKeyboardShortcut(keys, what);

  if (toolbar) hideWhileIdle(toolbar);
}

/** The toolbar shows while the pointer moves or a key focuses it, and fades after 3 s of rest. */
function hideWhileIdle(toolbar: HTMLElement): void {
  let timer = 0;
  const idle = () => toolbar.classList.add('is-idle');
  const wake = () => {
    toolbar.classList.remove('is-idle');
    clearTimeout(timer);
    timer = window.setTimeout(idle, 3000);
  };
  addEventListener('pointermove', wake, { passive: true });
  toolbar.addEventListener('focusin', wake);
  idle();
}

/**
 * Pacing: the speaker view reads each slide's `data-timing` (seconds). Authors set it in the MDX
 * with `:::notes{timing=120}`; a slide with a simulator and no timing of its own gets 45 s plus
 * 15 s a tour step, the rest share what is left of the talk's length (reveal's `totalTime`).
 */
export const DEMO_SLIDE_SECONDS = 45;
export const DEMO_STEP_SECONDS = 15;

export function timingOf(slide: Element): number | null {
  const authored = Number(slide.querySelector<HTMLElement>('aside.notes[data-timing]')?.dataset.timing);
  if (authored > 0) return Math.round(authored);
  if (!slide.querySelector('sim-machine')) return null;
  return DEMO_SLIDE_SECONDS + DEMO_STEP_SECONDS * slide.querySelectorAll('[data-sim-step]').length;
}

export function applySlideTimings(root: HTMLElement): void {
  for (const slide of root.querySelectorAll<HTMLElement>('.slides > section')) {
    const seconds = timingOf(slide);
    if (seconds !== null && !slide.dataset.timing) slide.dataset.timing = String(seconds);
  }
}
