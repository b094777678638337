/**
 * Astro integration that completes the CSP <meta> after the build: Astro's `security.csp` hashes
 * the inline scripts and styles it knows when it writes <head>, but misses some that components
 * (Starlight's search shortcut, theme pickers and sidebar restore; inline <style> of content
 * components in the deck) render later in <body>. This adds the hash of every inline <script>
 * and <style> the page really contains, so the policy stays hash-based (no 'unsafe-inline').
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const entities = (/** @type {string} */ s) => s.replaceAll('&#39;', "'").replaceAll('&quot;', '"');

/** The Content-Security-Policy of a built page's <meta>, or null when it has none. */
export function metaPolicy(/** @type {string} */ html) {
  const m = html.match(META);
  return m ? entities(m[2]) : null;
}

/** Inline code of one kind in a page: <script> without src (and not data blocks), or <style>. */
function inlineBodies(html, tag) {
  const out = [];
  for (const m of html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}`, 'gi'))) {
    const attrs = m[1] ?? '';
    if (tag === 'script' && (/\ssrc=/i.test(attrs) || /type="application\/(ld\+)?json"/i.test(attrs))) continue;
    out.push(m[2]);
  }
  return out;
}

/** The policy with the page's inline hashes added to script-src and style-src. */
export function completePolicy(policy, html) {
  const add = {
    'script-src': inlineBodies(html, 'script').map(hash),
    'style-src': inlineBodies(html, 'style').map(hash),
  };
  return policy
    .split(';')
    .map((part) => {
      const name = part.trim().split(/\s+/)[0];
      const extra = (add[name] ?? []).filter((h) => !part.includes(h));
      return extra.length ? `${part.trimEnd()} ${[...new Set(extra)].join(' ')}` : part;
    })
    .join(';');
}

/** Every .html file under `dir`, as full paths. */
export function htmlFiles(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) htmlFiles(full, out);
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

export function cspCompleteHashes() {
  return {
    name: 'csp-complete-hashes',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          if (!META.test(html)) continue;
          const next = html.replace(
            META,
            (_, open, policy, close) =>
              `${open}${completePolicy(entities(policy), html).replaceAll('"', '&quot;')}${close}`,
          );
          if (next !== html) writeFileSync(file, next);
        }
      },
    },
  };
}
