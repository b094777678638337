/**
 * The one list of the talk's slides, in deck order: what the deck checks for unique ids, what
 * the QR endpoint makes codes for, and what the tests read (src/pages/slides/outline.json.ts).
 *
 * The Markdown plugin (src/markdown/satteri-slides.ts) guarantees that in a deck page every
 * slide starts with exactly one `##` title and that `##` names nothing else, and it gives each
 * heading its anchor; so a page's slides are its `##` headings as the compiled page reports them.
 */
import { render } from 'astro:content';
import { deckPages } from './talk.ts';
import { assertUniqueSlideIds } from './slide-ids.ts';

/** Slides the deck page makes itself, around the talk's pages. */
export const TITLE_SLIDE_ID = 'immutable-linux';
export const CLOSING_SLIDE_ID = 'read-on';

export interface TalkSlide {
  /** The slide's id in the deck URL (`/slides/#/coreos`) and its anchor in the docs. */
  id: string;
  title: string;
}

export interface TalkPart {
  /** The content entry's id, which is also its docs page slug (`coreos`). */
  id: string;
  title: string;
  /** The content file, for error messages. */
  file: string;
  slides: TalkSlide[];
}

/** The talk's parts (deck pages) with their slides, in deck order; stops the build on a repeated slide id. */
export async function talkParts(): Promise<TalkPart[]> {
  const parts = await Promise.all(
    (await deckPages()).map(async (entry) => {
      const { headings } = await render(entry);
      return {
        id: entry.id,
        title: entry.data.title,
        file: entry.filePath ?? entry.id,
        slides: headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, title: h.text })),
      };
    }),
  );
  assertUniqueSlideIds(
    parts.map((p) => ({ file: p.file, slideIds: p.slides.map((s) => s.id) })),
    [TITLE_SLIDE_ID, CLOSING_SLIDE_ID],
  );
  return parts;
}
