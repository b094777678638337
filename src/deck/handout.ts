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
    const width = first.getBoundingClientRect().width;
    const height = handoutPageHeight(slideHeight);
    document.documentElement.style.setProperty('--handout-slide-height', `${slideHeight}px`);
    for (const page of pages) page.style.height = `${height}px`;
    const style = document.createElement('style');
    style.textContent = `@page { size: ${Math.floor(width)}px ${height}px; margin: 0; }`;
    document.head.append(style);
    document.body.style.height = `${height}px`;
  });
}
