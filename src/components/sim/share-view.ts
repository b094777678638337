/**
 * "Share": puts the machine and its transcript in the page URL (`#s=<code>`), and restores them
 * from such a URL on load. A damaged or outdated link gets a message and a fresh machine.
 */
import { restoreMachine, type SystemId } from './engine-live.ts';
import type { SimSession } from './session.ts';
import { decodeShare, encodeShare, shareCodeFromHash, ShareLinkError } from './share-codec.ts';
import { copyText } from './terminal-view.ts';

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
    const code = await encodeShare({
      system: this.#session.system,
      machine: this.#session.machine.serialize(),
      transcript: this.#session.transcript,
    });
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
    this.#say(
      (await copyText(url.href))
        ? 'Link to this machine copied to the clipboard; it is also in the address bar.'
        : 'The link to this machine is in the address bar and below.',
    );
  }

  /** Restores the state in the page URL, if any. */
  async restoreFromUrl(system: SystemId): Promise<void> {
    const code = shareCodeFromHash(location.hash);
    if (code === null) return;
    try {
      const shared = await decodeShare(code);
      if (shared.system !== system) throw new ShareLinkError("This share link is for another system's simulator.");
      this.#session.adopt(restoreMachine(shared.machine, system), shared.transcript);
      this.#say('The shared machine and its transcript were restored.');
    } catch (e) {
      const notice = this.#root.querySelector<HTMLElement>('[data-sim-notice]');
      if (notice) {
        notice.textContent = `${e instanceof Error ? e.message : 'This share link could not be restored.'} You have a fresh machine instead.`;
        notice.hidden = false;
      }
    }
  }
}
