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
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitRevealCss } from './split-reveal-css.mjs';

const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;

/**
 * The page with each stylesheet link replaced by the file's CSS (a file linked twice is inlined
 * once, where it first appears). `read(href)` returns the CSS, or undefined for a file that is not
 * part of the build, whose link stays. With `split(css, href)`, a stylesheet's rules for features
 * used later stay out: `split` returns `{ inline, onDemandHref }`, and the <style> names that file in
 * data-on-demand-css (src/deck/reveal/on-demand-css.ts links it on first use).
 */
export function inlineStylesheets(html, read, split) {
  const seen = new Set();
  return html.replaceAll(STYLESHEET, (link, href) => {
    if (seen.has(href)) return '';
    const css = read(href);
    if (css === undefined) return link;
    seen.add(href);
    // The CSS cannot end the element early: a minified stylesheet holds no "</style".
    if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style": it cannot be inlined`);
    const { inline, onDemandHref } = split ? split(css, href) : { inline: css };
    const attribute = onDemandHref ? ` data-on-demand-css="${onDemandHref}"` : '';
    return `<style${attribute}>${inline.trim()}</style>`;
  });
}

const PAGE_SCRIPT = /<script type="module" src="([^"]*\/page\.[\w-]+\.js)"><\/script>/g;

/**
 * The page without Astro's prefetch script, the page-level script Astro adds to every page when
 * `prefetch` is on (Starlight turns it on for all pages). On the deck it prefetches nothing a
 * presenter needs and costs the most at load: it walks every link once the page has loaded, while
 * reveal moves the slides into its scroll view on a phone. `read(src)` returns the script's code;
 * a page script that is not only the prefetch code (it imports something) stays.
 */
export function withoutPrefetchScript(html, read) {
  return html.replaceAll(PAGE_SCRIPT, (tag, src) => {
    const code = read(src);
    const onlyPrefetch = code !== undefined && code.includes('prefetchAll') && !/\bimport\b/.test(code);
    return onlyPrefetch ? '' : tag;
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
        // The rules for the overview, print view, overlay etc. go to a file of their own, next to the
        // stylesheet they came from, named by their content (src/deck/split-reveal-css.mjs).
        const split = (css, href) => {
          const { inline, deferred } = splitRevealCss(css);
          if (!deferred) return { inline: css };
          const hash = createHash('sha256').update(deferred).digest('base64url').slice(0, 8);
          const onDemandHref = href.replace(/\.css$/, `.on-demand.${hash}.css`);
          writeFileSync(path.join(out, onDemandHref.slice(base.length)), deferred);
          return { inline, onDemandHref };
        };
        const html = inlineStylesheets(readFileSync(page, 'utf8'), read, split);
        writeFileSync(page, withoutPrefetchScript(html, read));
      },
    },
  };
}
