/**
 * How the docs render a talk page's view-specific parts (src/markdown/vocabulary.ts, VIEW_PARTS):
 * every page in content/ imports this as its default `components` (src/markdown/satteri-slides.ts).
 */
import type { ViewPart } from '../../markdown/vocabulary.ts';
import DocsSlide from './DocsSlide.astro';
import Nothing from './Nothing.astro';
import Passage from './Passage.astro';

export const docsView = {
  TalkSlide: DocsSlide,
  DocsOnly: Passage,
  DeckOnly: Nothing,
  NotesDocsLink: Nothing,
} satisfies Record<ViewPart, unknown>;
