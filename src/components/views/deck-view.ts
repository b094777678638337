/**
 * How the deck renders a talk page's view-specific parts (src/markdown/vocabulary.ts, VIEW_PARTS),
 * passed per render: `<Content components={deckView} />` (src/pages/slides/index.astro).
 */
import type { ViewPart } from '../../markdown/vocabulary.ts';
import DeckNotesDocsLink from './DeckNotesDocsLink.astro';
import DeckSlide from './DeckSlide.astro';
import DeckSlideTitle from './DeckSlideTitle.astro';
import Nothing from './Nothing.astro';
import Passage from './Passage.astro';

export const deckView = {
  TalkSlide: DeckSlide,
  DocsOnly: Nothing,
  DeckOnly: Passage,
  NotesDocsLink: DeckNotesDocsLink,
  // The slide titles: the id moves to the slide's <section> (see DeckSlide.astro).
  h2: DeckSlideTitle,
} satisfies Record<ViewPart | 'h2', unknown>;
