/** Wires the deck: one helper per concern, then reveal.js with the settings a meetup needs. */
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import { assignSlideIds } from './slide-ids.ts';
import { addDocsLinksToNotes } from './docs-links.ts';
import { deckOwnsKey } from './keyboard.ts';
import { transitionFor, watchReducedMotion } from './motion.ts';

export async function startDeck(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.reveal');
  if (!root) return;
  assignSlideIds(root);
  addDocsLinksToNotes(root);

  const minutes = Number(root.dataset.totalMinutes) || undefined;
  const deck = new Reveal(root, {
    hash: true,
    respondToHashChanges: true,
    width: 1280,
    height: 720,
    margin: 0.04,
    center: false,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    overview: true,
    // Pacing in the speaker view: the talk's planned length, spread over the slides.
    totalTime: minutes ? minutes * 60 : undefined,
    keyboardCondition: deckOwnsKey,
    transition: transitionFor(watchReducedMotion((reduce) => deck.configure({ transition: transitionFor(reduce) }))),
    plugins: [Notes],
  });
  await deck.initialize();
  (window as unknown as { deck: typeof deck }).deck = deck;
}
