/**
 * The pages the build produced, found by walking the output directory, so that every gate runs
 * over whatever exists today (docs, deck, labs added later) without a hand-kept list.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { distDir } from './site.ts';
import { parseHtmlFile } from '../../scripts/html-dom.mjs';

/** Directories that hold generated assets, not pages. */
const NOT_PAGES = ['pagefind', '_astro'];

/** Every built HTML file, relative to the output dir ('index.html', 'coreos/index.html', '404.html'). */
export function builtHtmlFiles(root: string = distDir): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (dir === root && NOT_PAGES.includes(name)) continue;
        walk(full);
      } else if (name.endsWith('.html')) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Every built page as a site path relative to the base ('', 'coreos/', 'slides/'): index.html pages only. */
export function builtPages(root: string = distDir): string[] {
  return builtHtmlFiles(root)
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => f.slice(0, -'index.html'.length))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}

/** The site path of the deck. */
export const DECK_PAGE = 'slides/';

/** Whether a built page is a Starlight docs page (it has Starlight's theme picker, so it has two themes). */
export function isDocsPage(page: string, root: string = distDir): boolean {
  return parseHtmlFile(path.join(root, page, 'index.html')).querySelector('starlight-theme-select') !== null;
}

/** Built pages that are Starlight docs pages (landing included). */
export function docsPages(root: string = distDir): string[] {
  return builtPages(root).filter((p) => isDocsPage(p, root));
}

/**
 * Slide ids worth checking one by one: the title slide, then the first slide of each part (a part
 * is the docs page a slide's "Read in the docs" link points to).
 */
export function deckSampleSlides(root: string = distDir): string[] {
  const file = path.join(root, DECK_PAGE, 'index.html');
  if (!existsSync(file)) return [];
  const doc = parseHtmlFile(file);
  const ids: string[] = [];
  const first = doc.querySelector('.reveal .slides > section');
  if (first?.id) ids.push(first.id);
  const seenParts = new Set<string>();
  for (const slide of doc.querySelectorAll('section[data-slide]')) {
    const docsHref = slide.querySelector('a.docs-link')?.getAttributeValue('href') ?? '';
    const part = String(docsHref).split('#')[0];
    if (seenParts.has(part)) continue;
    seenParts.add(part);
    ids.push(String(slide.getAttributeValue('data-slide')));
  }
  return ids;
}
