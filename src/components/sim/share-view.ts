/**
 * "Share": puts the machine's session log (the lines typed, nothing displayed) in the page URL
 * (`#s=<code>`), and restores it on load by replaying it through the engine, in a worker so the
 * page stays responsive. A damaged, outdated or too costly link gets a notice and a fresh machine.
 */
import { REPLAY_BUDGET_MS, type SystemId } from './engine-live.ts';
import type { ReplayedSession, SimSession } from './session.ts';
import { decodeShare, encodeShare, shareCodeFromHash } from './share-codec.ts';
import { copyText } from './terminal-view.ts';

/** How long the page waits for the worker beyond the replay budget (one slow line, start-up). */
const WORKER_GRACE_MS = 3000;

type WorkerAnswer = { ok: true; replayed: ReplayedSession } | { ok: false; message: string };

/** Replays in a worker; null when workers are unavailable (the caller replays on the page instead). */
function replayInWorker(system: SystemId, session: string): Promise<ReplayedSession> | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./restore-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  return new Promise<ReplayedSession>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error('The saved session needs more work to replay than this simulator allows; it was not restored.'));
    }, REPLAY_BUDGET_MS + WORKER_GRACE_MS);
    worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
      done();
      if (e.data.ok) resolve(e.data.replayed);
      else reject(new Error(e.data.message));
    };
    worker.onerror = () => {
      done();
      reject(new Error('The share link could not be restored.'));
    };
    worker.postMessage({ system, session });
  });
}

export class ShareView {
  readonly #root: HTMLElement;
  readonly #session: SimSession;
  readonly #say: (message: string) => void;

  constructor(root: HTMLElement, session: SimSession, say: (message: string) => void) {
    this.#root = root;
    this.#session = session;
    this.#say = say;
    root.querySelector('[data-sim-action="share"]')?.addEventListener('click', () => void this.share());
  }

  async share(): Promise<void> {
    const code = await encodeShare(this.#session.serialize());
    const framed = window.top !== window.self;
    const here = new URL(location.href);
    here.hash = `s=${code}`;
    history.replaceState(history.state, '', here);
    // An embedded simulator shares a link to its lab page, not to the bare iframe.
    const url = new URL(this.#root.dataset.sharePage ?? location.href, location.href);
    url.hash = `s=${code}`;
    const field = this.#root.querySelector<HTMLInputElement>('[data-sim-share-url]');
    if (field) {
      field.value = url.href;
      field.closest<HTMLElement>('[data-sim-share]')?.removeAttribute('hidden');
    }
    // Inside a frame the address bar is the host page's: only the field below holds the link.
    const where = framed ? 'it is also in the field below' : 'it is also in the address bar';
    this.#say(
      (await copyText(url.href))
        ? `Link to this machine copied to the clipboard; ${where}.`
        : `The link to this machine is ${framed ? 'in the field below' : 'in the address bar and below'}.`,
    );
  }

  /** Restores the session in the page URL, if any; anything wrong leaves a notice and a fresh machine. */
  async restoreFromUrl(system: SystemId): Promise<void> {
    let code: string | null;
    try {
      code = shareCodeFromHash(location.hash);
      if (code === null) return;
      this.#say('Restoring the shared machine…');
      const session = await decodeShare(code);
      const replayed = replayInWorker(system, session);
      if (replayed) this.#session.adopt(await replayed);
      else this.#session.replay(session);
      this.#say('The shared machine was restored: the simulator replayed its commands.');
    } catch (e) {
      this.#session.reset();
      this.#say('');
      const notice = this.#root.querySelector<HTMLElement>('[data-sim-notice]');
      if (notice) {
        notice.textContent = `${e instanceof Error ? e.message : 'This share link could not be restored.'} You have a fresh machine instead.`;
        notice.hidden = false;
      }
    }
  }
}
