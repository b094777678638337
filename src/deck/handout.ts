/**
 * The handout PDF: each page holds one slide and, beneath it, that slide's speaker notes. reveal's
 * print view lays notes over the slide; once it has laid out the pages, they are made taller and
 * the notes moved below the slide (CSS in theme.css places them).
 */
import type Reveal from 'reveal.js';
import { handoutPageHeight } from './print-mode.ts';

type Deck = InstanceType<typeof Reveal>;

export function setUpHandoutPages(deck: Deck): void {
  deck.on('pdf-ready', () => {
    const pages = document.querySelectorAll<HTMLElement>('.reveal .pdf-page');
    const first = pages[0];
    if (!first) return;
    const slideHeight = first.getBoundingClientRect().height;
    const height = handoutPageHeight(slideHeight);
    // Only style properties here: the site's CSP refuses injected <style> elements, so the paper
    // size comes from scripts/pdf.mjs, which measures these pages.
    document.documentElement.style.setProperty('--handout-slide-height', `${slideHeight}px`);
    for (const page of pages) page.style.height = `${height}px`;
    document.body.style.height = `${height}px`;
  });
}
