/**
 * The scenario as a guided tour. One step list serves three uses: in the docs and the lab each
 * step has a Run button (and the lab a "Next step" button); in the deck the steps are reveal
 * fragments, so the presenter's next key runs the next command.
 *
 * In the deck the machine keeps its state while the presenter moves around: stepping back, or
 * leaving the slide and coming back, never resets it or empties the terminal. A step runs when its
 * fragment is shown for the first time on this machine. If something else ran on the machine in
 * between (a command typed live, a timeline button), the tour's next command might not fit any
 * more ("already requested"), so the tour says so and restarts on a fresh machine.
 */
import { onDeckStep } from './deck-bridge.ts';
import type { SimPort } from './session.ts';

export const TOUR_RESTART_MESSAGE = 'The machine was changed by hand, so the tour restarts on a fresh machine.';

export class ScenarioView {
  readonly #root: HTMLElement;
  readonly #session: SimPort;
  readonly #steps: HTMLElement[];
  readonly #commands: string[];
  readonly #run: (command: string) => void;
  readonly #say: (message: string) => void;
  readonly #next: HTMLButtonElement | null;
  /** How many steps, from the first, have run on the current machine. */
  #done = 0;
  /** Something other than the tour ran on this machine since it was fresh. */
  #changedByHand = false;
  #ownRun = false;
  /** The session's machine the tour counts steps on (SimPort.generation). */
  #generation: number;

  constructor(
    root: HTMLElement,
    session: SimPort,
    run: (command: string) => void,
    say: (message: string) => void = () => {},
  ) {
    this.#root = root;
    this.#session = session;
    this.#run = run;
    this.#say = say;
    this.#generation = session.generation;
    this.#steps = [...root.querySelectorAll<HTMLElement>('[data-sim-step]')];
    this.#commands = this.#steps.map((s) => s.dataset.simStep ?? '');
    this.#next = root.querySelector<HTMLButtonElement>('[data-sim-action="next-step"]');
    this.#next?.addEventListener('click', () => this.runStep(this.#done));
    this.#steps.forEach((step, i) => step.querySelector('button')?.addEventListener('click', () => this.runStep(i)));
    session.addEventListener('change', () => this.#onSessionChange());
    onDeckStep(root, () => this.syncToDeck());
    this.syncToDeck();
    this.#mark(this.#done);
  }

  /** Runs step i (the steps before it are the user's business, as in a real shell). */
  runStep(i: number): void {
    if (i < 0 || i >= this.#commands.length) return;
    this.#runOwn(this.#commands[i]);
    this.#mark(i + 1);
  }

  /** In the deck: run the steps whose fragments are shown and have not run on this machine yet. */
  syncToDeck(): void {
    if (!this.#root.closest('.reveal') || this.#root.hasAttribute('data-sim-mirror')) return;
    const shown = this.#steps.filter((s) => s.classList.contains('fragment') && s.classList.contains('visible')).length;
    if (shown <= this.#done) return;
    if (this.#changedByHand) {
      this.#session.reset();
      this.#say(TOUR_RESTART_MESSAGE);
    }
    for (let i = this.#done; i < shown; i++) this.#runOwn(this.#commands[i]);
    this.#mark(shown);
  }

  #runOwn(command: string): void {
    this.#ownRun = true;
    try {
      this.#run(command);
    } finally {
      this.#ownRun = false;
    }
  }

  #onSessionChange(): void {
    if (this.#session.generation !== this.#generation) {
      // A fresh machine (Reset) or a restored one (share link, speaker-view mirror).
      this.#generation = this.#session.generation;
      this.#changedByHand = this.#session.transcript.length > 0;
      this.#mark(0);
    } else if (!this.#ownRun && this.#session.transcript.length > 0) {
      this.#changedByHand = true;
    }
  }

  #mark(done: number): void {
    this.#done = done;
    if (done === 0 && this.#session.transcript.length === 0) this.#changedByHand = false;
    this.#steps.forEach((s, i) => s.toggleAttribute('data-done', i < done));
    if (this.#next) {
      this.#next.disabled = done >= this.#commands.length;
      this.#next.textContent =
        done >= this.#commands.length ? 'Tour finished' : done === 0 ? 'Start the tour' : 'Next step';
    }
  }
}
