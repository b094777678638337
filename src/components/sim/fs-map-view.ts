/**
 * The file-system map: the top-level directories from the engine's mount table, each marked
 * read-only, writable, persistent, reset at boot or link. Choosing one tries a write there in the
 * terminal, so the answer (or the `Read-only file system` error) comes from the engine.
 */
import { FS_KIND_TEXT, fsEntryTitle, paneKey, probeCommand } from './pane-model.ts';
import type { SimPort } from './session.ts';

export class FsMapView {
  readonly #session: SimPort;
  readonly #list: HTMLElement;
  readonly #run: (command: string) => void;

  constructor(root: HTMLElement, session: SimPort, run: (command: string) => void) {
    this.#session = session;
    this.#run = run;
    this.#list = root.querySelector<HTMLElement>('[data-sim-fsmap]')!;
    // One listener for the buttons drawn here and those the build drew.
    this.#list.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLElement>('button[data-command]');
      if (button?.dataset.command) this.#run(button.dataset.command);
    });
    session.addEventListener('change', () => this.render());
    this.render();
  }

  render(): void {
    const entries = this.#session.fsMap();
    const key = paneKey(entries);
    if (this.#list.dataset.key === key) return; // unchanged: keep focus and avoid needless work
    this.#list.dataset.key = key;
    const focused =
      document.activeElement instanceof HTMLElement && this.#list.contains(document.activeElement)
        ? document.activeElement.dataset.path
        : undefined;
    this.#list.replaceChildren(
      ...entries.map((entry) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'sim-fs-entry';
        button.dataset.kind = entry.kind;
        button.dataset.path = entry.path;
        button.dataset.command = probeCommand(entry.path);
        const path = document.createElement('span');
        path.className = 'sim-fs-path';
        path.textContent = entry.path;
        const kind = document.createElement('span');
        kind.className = 'sim-fs-kind';
        kind.textContent = FS_KIND_TEXT[entry.kind];
        const detail = document.createElement('span');
        detail.className = 'sim-fs-detail';
        detail.textContent = entry.detail;
        const action = document.createElement('span');
        action.className = 'sr-only';
        action.textContent = ': try a write here';
        button.append(path, kind, detail, action);
        button.title = fsEntryTitle(entry);
        li.append(button);
        return li;
      }),
    );
    if (focused) this.#list.querySelector<HTMLElement>(`[data-path="${CSS.escape(focused)}"]`)?.focus();
  }
}
