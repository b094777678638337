/**
 * The pages the build produced, found by walking the output directory, so that every gate runs
 * over whatever exists today (docs, deck, labs added later) without a hand-kept list.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { distDir } from './site.ts';
import { parseHtmlFile } from '../../scripts/html-dom.mjs';
import { talkOutline } from './outline.ts';

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

const docsPagesOf = new Map<string, string[]>();
/**
 * Built pages that are Starlight docs pages (landing included). Parsing every page takes about half a
 * second, and each worker imports several specs that ask, so the answer is kept per worker.
 */
export function docsPages(root: string = distDir): string[] {
  let pages = docsPagesOf.get(root);
  if (!pages) docsPagesOf.set(root, (pages = builtPages(root).filter((p) => isDocsPage(p, root))));
  return [...pages];
}

/** Slide ids worth checking one by one: the title slide, then the first slide of each part. */
export function deckSampleSlides(root: string = distDir): string[] {
  if (!existsSync(path.join(root, DECK_PAGE, 'outline.json'))) return [];
  const outline = talkOutline(root);
  return [outline.titleSlide, ...outline.parts.flatMap((p) => p.slides.slice(0, 1).map((s) => s.id))];
}
