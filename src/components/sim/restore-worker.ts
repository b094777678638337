/**
 * Replays a share link's session off the main thread: a 2,000-command session takes seconds to
 * replay, the page only rebuilds the result from a snapshot (a few milliseconds). Message in:
 * `{ system, session }` (the engine's session log); out: `{ ok: true, replayed }` or
 * `{ ok: false, message }`, the message being for the user.
 */
import { isSystem, loadSystem } from './engine-live.ts';
import { SimSession } from './session.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = async (e: MessageEvent<{ system: unknown; session: unknown }>) => {
  const { system, session } = e.data ?? {};
  try {
    if (!isSystem(system) || typeof session !== 'string') throw new Error('The share link could not be read.');
    // The worker has its own module graph: it loads the one system it replays.
    await loadSystem(system);
    scope.postMessage({ ok: true, replayed: SimSession.replayForHandover(system, session) });
  } catch (err) {
    scope.postMessage({
      ok: false,
      message: err instanceof Error ? err.message : 'The share link could not be restored.',
    });
  }
};
