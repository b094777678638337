/**
 * The speaker view (reveal's notes plugin) shows the current and the next slide in iframes: copies
 * of the deck opened with `?receiver`. Their simulators would be empty machines of their own, so
 * they mirror the projected deck's simulators instead, over a BroadcastChannel (both windows are on
 * the same origin): after every change the projected simulator sends its session log (the lines
 * typed), which the copy replays into the same machine and screen, and a speaker-view copy that
 * starts late asks for it ("hello").
 */
import type { SimSession } from './session.ts';

const CHANNEL = 'immutable-linux-sim-mirror';

type MirrorMessage = { type: 'hello' } | { type: 'state'; index: number; system: string; session: string };

/** The deck copies inside reveal's speaker view carry `receiver` in their query string. */
export function isSpeakerViewCopy(search: string): boolean {
  return /[?&]receiver(?:[&=]|$)/i.test(search);
}

export function mirrorSession(root: HTMLElement, session: SimSession): void {
  if (!root.closest('.reveal') || typeof BroadcastChannel === 'undefined') return;
  // Both windows render the same deck, so a simulator is known by its position on the page.
  const index = [...document.querySelectorAll('sim-machine')].indexOf(root);
  const channel = new BroadcastChannel(CHANNEL);
  if (isSpeakerViewCopy(location.search)) {
    // The tour follows the projected deck here: its fragments must not run commands a second time.
    root.setAttribute('data-sim-mirror', '');
    channel.addEventListener('message', (e: MessageEvent<MirrorMessage>) => {
      const m = e.data;
      if (m?.type !== 'state' || m.index !== index || m.system !== session.system) return;
      try {
        session.replay(m.session);
      } catch {
        // A deck of another version in the other window: keep this copy's machine.
      }
    });
    channel.postMessage({ type: 'hello' } satisfies MirrorMessage);
    return;
  }
  const send = () =>
    channel.postMessage({
      type: 'state',
      index,
      system: session.system,
      session: session.serialize(),
    } satisfies MirrorMessage);
  session.addEventListener('change', send);
  channel.addEventListener('message', (e: MessageEvent<MirrorMessage>) => {
    if (e.data?.type === 'hello') send();
  });
}
