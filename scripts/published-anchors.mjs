/**
 * The anchors the docs have published: every id in the article body of each docs page (headings,
 * fact checks, glossary terms), simulator internals left out. `npm run anchors` records the
 * anchors of a build in src/data/published-anchors.json; tests/e2e/docs.spec.ts fails when one
 * recorded there has disappeared, so a link someone shared keeps working. Rename a heading? Keep
 * its old anchor with `<a id="old-slug"></a>` just above it (README, "Anchors").
 *
 *   npm run anchors            # after npm run build; OUT_DIR and BASE_PATH as for the build
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Sections of the built site that are not docs articles. */
const NOT_ARTICLES = new Set(['slides', 'lab', 'og', 'pagefind', '_astro']);

/** The ids in a docs page's article body, in page order. */
export function anchorsOf(html) {
  const start = html.indexOf('class="sl-markdown-content"');
  if (start < 0) return [];
  // The article ends where Starlight's footer (last updated, previous/next) or the main element does.
  const ends = ['<footer', '</main>'].map((tag) => html.indexOf(tag, start)).filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) : -1;
  const body = html.slice(start, end < 0 ? undefined : end);
  return [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]).filter((id) => !/^sim-/.test(id));
}

/** Every docs page of a build (its path below the base, e.g. `coreos/`) with its anchors. */
export function publishedAnchors(outDir) {
  const result = {};
  for (const name of readdirSync(outDir).sort()) {
    const file = path.join(outDir, name, 'index.html');
    if (NOT_ARTICLES.has(name) || !statSync(path.join(outDir, name)).isDirectory()) continue;
    try {
      const ids = anchorsOf(readFileSync(file, 'utf8'));
      if (ids.length) result[`${name}/`] = [...new Set(ids)];
    } catch {
      // a directory without a page (assets)
    }
  }
  return result;
}

export const LIST = fileURLToPath(new URL('../src/data/published-anchors.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const outDir = path.resolve(process.env.OUT_DIR || 'dist');
  const before = JSON.parse(readFileSync(LIST, 'utf8'));
  const now = publishedAnchors(outDir);
  // Recording only adds: an anchor once published stays in the list (remove one by hand, on purpose).
  for (const [page, ids] of Object.entries(now)) before[page] = [...new Set([...(before[page] ?? []), ...ids])];
  writeFileSync(LIST, `${JSON.stringify(before, null, 2)}\n`);
  console.log(
    `Recorded ${Object.values(before).flat().length} anchors on ${Object.keys(before).length} pages in ${LIST}`,
  );
}
