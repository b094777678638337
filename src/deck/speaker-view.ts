/**
 * reveal.js's speaker view (the notes plugin, with `marked` inside: about 20 KB gzip) loads on the
 * first S, not with the deck: most visitors never open it. The popup still opens from the key
 * press: the plugin's chunk arrives well within the browser's user-activation window.
 */
import type Reveal from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';

type Deck = InstanceType<typeof Reveal>;

/** The key and text reveal's own notes plugin registers, so the ? overlay reads the same. */
const SPEAKER_KEY = { keyCode: 83, key: 'S', description: 'Speaker notes view' } as const;

/** True for the speaker view's heartbeat: a speaker window left open while the deck reloaded. */
function isSpeakerHeartbeat(e: MessageEvent): boolean {
  if (e.origin !== location.origin || typeof e.data !== 'string') return false;
  try {
    const data = JSON.parse(e.data) as { namespace?: string; type?: string };
    return data.namespace === 'reveal-notes' && data.type === 'heartbeat';
  } catch {
    return false;
  }
}

export function setUpSpeakerViewOnDemand(deck: Deck): void {
  // The speaker view's own slide previews (`?receiver`) never open another one.
  if (/receiver/i.test(location.search)) return;
  let plugin: Promise<NotesPlugin> | null = null;
  const load = () =>
    (plugin ??= import('./speaker-notes.ts').then((m) => {
      // Before the plugin starts: the speaker view asks the deck for each slide's data-timing.
      m.applySlideTimings(deck.getRevealElement() as HTMLElement);
      const notes = m.RevealNotes();
      // Registered on a ready deck, reveal runs the plugin's init at once; it then owns S itself.
      deck.registerPlugin(notes);
      return notes;
    }));
  deck.addKeyBinding(SPEAKER_KEY, () => void load().then((notes) => notes.open()));
  // `?notes` in the address opens the speaker view at start (the plugin's init does that).
  if (/[?&]notes/i.test(location.search)) void load();
  // A speaker window from before a reload keeps sending heartbeats: load the plugin to reconnect
  // (it answers the next heartbeat, one second later).
  const reconnect = (e: MessageEvent) => {
    if (!isSpeakerHeartbeat(e)) return;
    removeEventListener('message', reconnect);
    void load();
  };
  addEventListener('message', reconnect);
}
