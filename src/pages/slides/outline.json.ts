/**
 * /slides/outline.json: the talk's parts and slides as the build made them (src/content/slides.ts),
 * for tools and for the end-to-end tests, which read the part list here instead of keeping one.
 */
import type { APIRoute } from 'astro';
import { CLOSING_SLIDE_ID, TITLE_SLIDE_ID, talkParts } from '../../content/slides.ts';

export const GET: APIRoute = async () => {
  const outline = { titleSlide: TITLE_SLIDE_ID, closingSlide: CLOSING_SLIDE_ID, parts: await talkParts() };
  return new Response(`${JSON.stringify(outline, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
