/**
 * The only simulator code a page ships up front. The simulator's first state is already in the
 * HTML (drawn at build time), so this script changes nothing visible: it defines <sim-machine> and
 * loads the engine with live.ts at once for a simulator in the first screen (lab, embed), else when
 * the simulator comes into view, or when its slide comes up in the deck, or when someone presses
 * one of its buttons. Must not import the engine.
 */
import { leaveToDeck, SIM_LIVE_SHOWN, whenOverviewShown, whenSlideNear } from './deck-bridge.ts';
import type { LiveSimulator } from './live.ts';
import { isSystemId, systemEntry } from '../../systems/registry.ts';

const PRINT_VIEW = /[?&](view=print|print-pdf)\b/;

export class SimMachineElement extends HTMLElement {
  #live: Promise<LiveSimulator> | null = null;
  #wired = false;

  connectedCallback(): void {
    // reveal moves slides into its scroll view on phones, which connects the element again: its
    // listeners and watchers are set up once.
    if (this.#wired) return;
    this.#wired = true;
    // reveal's print view (the deck's PDF export) prints simulators as their transcripts.
    if (PRINT_VIEW.test(location.search))
      this.querySelector<HTMLDetailsElement>('details.sim-transcript')?.setAttribute('open', '');
    // Buttons work before the engine is there: pressing one loads it, then does what it says.
    this.addEventListener('click', (e) => {
      if (this.dataset.ready) return;
      const button = (e.target as Element).closest<HTMLElement>('button');
      if (!button || !this.contains(button)) return;
      const step = button.closest<HTMLElement>('[data-sim-step]');
      const command = button.dataset.command;
      if (step) {
        const i = [...this.querySelectorAll('[data-sim-step]')].indexOf(step);
        void this.load().then((live) => live.runStep(i));
      } else if (command) void this.load().then((live) => live.runCommand(command));
      else if (button.dataset.simAction === 'next-step') void this.load().then((live) => live.runStep(0));
    });
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && e.target instanceof HTMLElement && !e.target.matches('[data-sim-input]'))
        leaveToDeck(e.target);
    });
    if (!whenSlideNear(this, () => void this.load())) {
      // Drawn in the first screen (the lab, an embed): its chunks were fetched with the page
      // (src/systems/engine-preload.mjs), so waiting for a visibility check would only add a frame.
      if (this.hasAttribute('data-preload-engine')) void this.load();
      else this.#loadWhenVisible();
    } else if (this.#deferred()) {
      // In the deck a far slide's live part is an inert template (SimMachine.astro):
      // it is put in place before anyone can see it.
      whenSlideNear(this, () => this.#materialize(), { before: 1 });
      whenOverviewShown(this, () => this.#materialize());
      this.#whenVisible(() => this.#materialize(), '100%');
    }
  }

  #deferred(): HTMLTemplateElement | null {
    return this.querySelector<HTMLTemplateElement>(':scope > .sim-live > template[data-sim-deferred]');
  }

  /** Puts the deferred live part in place (once); the live views mount on it. */
  #materialize(): void {
    const template = this.#deferred();
    if (!template) return;
    template.replaceWith(template.content);
    // The tour's steps are reveal fragments: the deck's scroll view (phones) counts them anew.
    this.dispatchEvent(new Event(SIM_LIVE_SHOWN, { bubbles: true }));
  }

  /** Loads the engine and the live views once; later calls get the same simulator. */
  load(): Promise<LiveSimulator> {
    this.#materialize();
    // The system's engine chunk is fetched alongside the views, not after them.
    const system = this.dataset.system;
    if (isSystemId(system))
      void systemEntry(system)
        .engine()
        .catch(() => undefined);
    this.#live ??= import('./live.ts').then((m) => m.mount(this));
    return this.#live;
  }

  /** Types a command into this simulator's terminal and runs it (prose "Run" buttons). */
  async runCommand(command: string): Promise<void> {
    (await this.load()).runCommand(command);
  }

  #loadWhenVisible(): void {
    this.#whenVisible(() => void this.load(), '200px');
  }

  /**
   * Calls `cb` once the element comes within `margin` of the viewport. `scrollMargin` extends the
   * margin to scrolling containers too (the deck's scroll view scrolls one, not the page).
   */
  #whenVisible(cb: () => void, margin: string): void {
    if (!('IntersectionObserver' in window)) {
      cb();
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        cb();
      },
      { rootMargin: margin, scrollMargin: margin } as IntersectionObserverInit,
    );
    io.observe(this);
  }
}

if (!customElements.get('sim-machine')) customElements.define('sim-machine', SimMachineElement);

// Print the static transcripts (closed <details> would print as their summary only).
const opened: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  document.querySelectorAll<HTMLDetailsElement>('details.sim-transcript:not([open])').forEach((d) => {
    d.open = true;
    opened.push(d);
  });
});
addEventListener('afterprint', () => opened.splice(0).forEach((d) => (d.open = false)));
