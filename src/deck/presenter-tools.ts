/**
 * Tools for giving the talk from a keyboard or a clicker, no mouse needed:
 * - L, a spotlight: dims everything on the slide but the thing being talked about (the current
 *   fragment, or a simulator's latest output), and follows it as the presenter steps on;
 * - Z, a zoom of 1.6x centred on that same thing;
 * - E, a simulator's terminal enlarged to the whole slide (again to leave);
 * - the T and QR buttons, which show only while the pointer moves, as reveal does with its cursor.
 * All of them switch off when the slide changes, so a clicker's Page Down never lands on a surprise.
 * Here the keys and the toolbar; the tools themselves are in presenter-tools-on-key.ts.
 */
import type Reveal from 'reveal.js';
import type { PresenterTools } from './presenter-tools-on-key.ts';

type Deck = InstanceType<typeof Reveal>;

export function setUpPresenterTools(deck: Deck, toolbar: HTMLElement | null): void {
  // The tools themselves arrive on the first L, Z or E (src/deck/presenter-tools-on-key.ts); keys
  // pressed before then are applied in order when they have.
  let tools: Promise<PresenterTools> | null = null;
  const use = (action: (loaded: PresenterTools) => void) => () => {
    tools ??= import('./presenter-tools-on-key.ts').then((module) => module.presenterTools(deck));
    void tools.then(action);
  };
  deck.addKeyBinding(
    { keyCode: 76, key: 'L', description: 'Spotlight on the current point or the latest output' },
    use((t) => t.toggleSpotlight()),
  );
  deck.addKeyBinding(
    { keyCode: 90, key: 'Z', description: 'Zoom in on the current point (again to zoom out)' },
    use((t) => t.toggleZoom()),
  );
  deck.addKeyBinding(
    { keyCode: 69, key: 'E', description: "Enlarge this slide's terminal to the whole slide" },
    use((t) => t.toggleTerminalFull()),
  );
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
