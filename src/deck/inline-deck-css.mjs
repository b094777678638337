/**
 * Astro integration: the deck page (/slides/) gets its stylesheets inline, in <style> elements in
 * place of its <link rel="stylesheet">, in the same order. A slide cannot be drawn before its CSS (a
 * first paint without it would be a flash of unstyled text), so on the deck every stylesheet is
 * render-blocking; inline, it arrives with the HTML instead of one round trip later, and the deck,
 * being one page, loses nothing it could have reused from a cache. Astro's own
 * `build.inlineStylesheets` is one setting for every page: the docs keep their cacheable files.
 * Runs before cspCompleteHashes (astro.config.mjs), which adds the new <style> elements' hashes
 * to the page's Content-Security-Policy.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;

/**
 * The page with each stylesheet link replaced by the file's CSS (a file linked twice is inlined
 * once, where it first appears). `read(href)` returns the CSS, or undefined for a file that is not
 * part of the build, whose link stays.
 */
export function inlineStylesheets(html, read) {
  const seen = new Set();
  return html.replaceAll(STYLESHEET, (link, href) => {
    if (seen.has(href)) return '';
    const css = read(href);
    if (css === undefined) return link;
    seen.add(href);
    // The CSS cannot end the element early: a minified stylesheet holds no "</style".
    if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style": it cannot be inlined`);
    return `<style>${css.trim()}</style>`;
  });
}

export function inlineDeckCss() {
  let base = '/';
  return {
    name: 'inline-deck-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const page = path.join(out, 'slides', 'index.html');
        if (!existsSync(page)) return;
        const read = (href) => {
          if (!href.startsWith(base)) return undefined;
          const file = path.join(out, href.slice(base.length));
          return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        };
        writeFileSync(page, inlineStylesheets(readFileSync(page, 'utf8'), read));
      },
    },
  };
}
