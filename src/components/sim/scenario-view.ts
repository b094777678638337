/**
 * The scenario as a guided tour. One step list serves three uses: in the docs and the lab each
 * step has a Run button (and the lab a "Next step" button); in the deck the steps are reveal
 * fragments, so the presenter's next key runs the next command. The session follows the deck's
 * fragment state: stepping back replays the tour from a fresh machine up to that point.
 */
import { onDeckStep } from './deck-bridge.ts';
import type { SimPort } from './session.ts';

export class ScenarioView {
  readonly #session: SimPort;
  readonly #steps: HTMLElement[];
  readonly #commands: string[];
  readonly #run: (command: string) => void;
  readonly #next: HTMLButtonElement | null;
  /** How many steps, from the first, have run on the current machine. */
  #done = 0;

  constructor(root: HTMLElement, session: SimPort, run: (command: string) => void) {
    this.#session = session;
    this.#run = run;
    this.#steps = [...root.querySelectorAll<HTMLElement>('[data-sim-step]')];
    this.#commands = this.#steps.map((s) => s.dataset.simStep ?? '');
    this.#next = root.querySelector<HTMLButtonElement>('[data-sim-action="next-step"]');
    this.#next?.addEventListener('click', () => this.runStep(this.#done));
    this.#steps.forEach((step, i) => step.querySelector('button')?.addEventListener('click', () => this.runStep(i)));
    session.addEventListener('change', (e) => {
      if ((e as CustomEvent<string>).detail === 'redraw' && session.transcript.length === 0) this.#mark(0);
    });
    onDeckStep(root, () => this.syncToDeck());
    this.syncToDeck();
    this.#mark(this.#done);
  }

  /** Runs step i (the steps before it are the user's business, as in a real shell). */
  runStep(i: number): void {
    if (i < 0 || i >= this.#commands.length) return;
    this.#run(this.#commands[i]);
    this.#mark(i + 1);
  }

  /** In the deck: make the machine match the fragments the presenter has shown so far. */
  syncToDeck(): void {
    const shown = this.#steps.filter((s) => s.classList.contains('fragment') && s.classList.contains('visible')).length;
    if (!this.#steps.some((s) => s.closest('.reveal'))) return;
    if (shown === this.#done) return;
    if (shown < this.#done) {
      this.#session.reset();
      this.#done = 0;
    }
    for (let i = this.#done; i < shown; i++) this.#run(this.#commands[i]);
    this.#mark(shown);
  }

  #mark(done: number): void {
    this.#done = done;
    this.#steps.forEach((s, i) => s.toggleAttribute('data-done', i < done));
    if (this.#next) {
      this.#next.disabled = done >= this.#commands.length;
      this.#next.textContent =
        done >= this.#commands.length ? 'Tour finished' : done === 0 ? 'Start the tour' : 'Next step';
    }
  }
}
