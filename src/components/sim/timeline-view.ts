/**
 * The rollback timeline: deployments, snapshots, generations or images as the engine reports them,
 * with what boots now and next, what is pinned, what a rollback returns to. Its buttons type the
 * real commands into the terminal, so the audience sees what a button does.
 */
import type { TimelineEntry } from './engine-live.ts';
import { badgeClass, packagesText, paneKey, TIMELINE_FLAGS, TIMELINE_TITLES, timelineBadges } from './pane-model.ts';
import type { SimPort } from './session.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function entryNode(entry: TimelineEntry): HTMLLIElement {
  const li = el('li', 'sim-tl-entry');
  for (const flag of TIMELINE_FLAGS) {
    if (entry[flag]) li.dataset[flag] = '';
  }
  const head = el('div', 'sim-tl-head');
  head.append(el('span', 'sim-tl-label', entry.label));
  for (const b of timelineBadges(entry)) head.append(el('span', badgeClass(b), b));
  li.append(head);
  if (entry.version) li.append(el('div', 'sim-tl-version', entry.version));
  if (entry.description) li.append(el('div', 'sim-tl-desc', entry.description));
  if (entry.packages.length) li.append(el('div', 'sim-tl-packages', packagesText(entry)));
  return li;
}

export class TimelineView {
  readonly #session: SimPort;
  readonly #title: HTMLElement | null;
  readonly #list: HTMLElement;
  readonly #actions: HTMLElement;
  readonly #run: (command: string) => void;

  constructor(root: HTMLElement, session: SimPort, run: (command: string) => void) {
    this.#session = session;
    this.#run = run;
    this.#title = root.querySelector('[data-sim-timeline-title]');
    this.#list = root.querySelector<HTMLElement>('[data-sim-timeline]')!;
    this.#actions = root.querySelector<HTMLElement>('[data-sim-actions]')!;
    // One listener for the buttons drawn here and those the build drew.
    this.#actions.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLElement>('button[data-command]');
      if (button?.dataset.command) this.#run(button.dataset.command);
    });
    session.addEventListener('change', () => this.render());
    this.render();
  }

  render(): void {
    const view = this.#session.timeline();
    // Each part is written only when what it shows changed (the build drew a fresh machine's).
    const title = TIMELINE_TITLES[view.kind];
    if (this.#title && this.#title.textContent !== title) this.#title.textContent = title;
    const listKey = paneKey(view);
    if (this.#list.dataset.key !== listKey) {
      this.#list.dataset.key = listKey;
      this.#list.replaceChildren(...view.entries.map(entryNode));
    }
    // Keep focus on an action button across redraws: rebuild only when the set of actions changed.
    const actions = this.#session.actions();
    const key = paneKey(actions);
    if (this.#actions.dataset.key === key) return;
    this.#actions.dataset.key = key;
    const focused =
      document.activeElement instanceof HTMLElement && this.#actions.contains(document.activeElement)
        ? document.activeElement.dataset.actionId
        : undefined;
    this.#actions.replaceChildren(
      ...actions.map((a) => {
        const button = el('button', 'sim-action', a.label);
        button.type = 'button';
        button.dataset.actionId = a.id;
        button.dataset.command = a.command;
        button.title = a.command;
        return button;
      }),
    );
    if (focused) this.#actions.querySelector<HTMLElement>(`[data-action-id="${focused}"]`)?.focus();
  }
}
