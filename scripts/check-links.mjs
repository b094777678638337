/**
 * Link checker over the built site: every internal href, src, srcset and CSS url() must resolve
 * to a file that exists, and every #fragment to an element id in the target page. Deck routes
 * (`/slides/#/coreos`) must name a slide: a `section[data-slide]` or a section id. External
 * links are collected for a report, never fetched (the build must not depend on the network).
 *
 * Library: checkLinks({ distDir, base }). CLI: npx node scripts/check-links.mjs [distDir] [base]
 * (defaults: OUT_DIR or dist, BASE_PATH or /), prints broken links, writes the external-link
 * report to test-results/links/, exits 1 when a link is broken.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHtmlFile } from './html-dom.mjs';

/** A made-up origin the site is resolved against; anything else is external. */
const SITE = 'http://site.invalid';
/** Attributes that point at another resource, by element. */
const URL_ATTRIBUTES = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['iframe', 'src'],
  ['source', 'src'],
  ['audio', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['track', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['form', 'action'],
  ['use', 'href'],
  ['image', 'href'],
];
const SRCSET_ELEMENTS = ['img', 'source'];
const IGNORED_SCHEMES = ['data:', 'blob:', 'about:'];
/** Links accepted although they do not resolve, each with the reason. */
const ACCEPTED = [
  {
    from: /^404\.html$/,
    url: /\/404\/$/,
    reason:
      "Starlight gives its 404 page the canonical URL /404/, but the page is built as 404.html (what static hosts serve for unknown paths); the canonical link is Starlight's, not ours.",
  },
];

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** The ids a URL fragment can point at in one page: element ids, a[name], and deck slide ids. */
function anchorsOf(doc) {
  const ids = new Set(doc.querySelectorAll('[id]').map((e) => String(e.id)));
  for (const a of doc.querySelectorAll('a[name]')) ids.add(String(a.getAttributeValue('name')));
  const slides = doc.querySelectorAll('.reveal .slides > section');
  const slideIds = new Set(
    doc.querySelectorAll('section[data-slide]').map((s) => String(s.getAttributeValue('data-slide'))),
  );
  for (const s of slides) if (s.id) slideIds.add(String(s.id));
  return { ids, slideIds, slideCount: slides.length, isDeck: slides.length > 0 };
}

/** Why a fragment does not resolve in the target page, or null when it does. */
function fragmentProblem(hash, anchors) {
  if (hash === '' || hash === '#' || hash === '#top') return null; // top of the document (HTML spec)
  let id;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return `fragment ${hash} is not valid percent-encoding`;
  }
  if (anchors.isDeck && id.startsWith('/')) {
    const [slide] = id.slice(1).split('/');
    if (slide === '' || anchors.slideIds.has(slide)) return null;
    if (/^\d+$/.test(slide) && Number(slide) < anchors.slideCount) return null;
    return `no slide "${slide}" in the deck`;
  }
  return anchors.ids.has(id) ? null : `no element with id "${id}"`;
}

/**
 * @param {{ distDir: string, base?: string, scope?: (from: string) => string | null, ignore?: (sitePath: string) => boolean }} options
 *   base: the BASE_PATH the site was built for. scope: check only some links: for each built file
 *   (relative path), a CSS selector of the elements whose links count, or null to skip the file
 *   (CSS files are skipped when a scope is given). ignore: site paths (relative to the base) that
 *   are made after the site build, such as the PDFs.
 * @returns {{ checked: number, broken: {from: string, url: string, problem: string}[], external: {from: string, url: string}[] }}
 */
export function checkLinks({ distDir, base = '/', scope, ignore }) {
  const root = path.resolve(distDir);
  const files = walk(root);
  const rel = (f) => path.relative(root, f).split(path.sep).join('/');
  const urlOf = (f) => {
    const r = rel(f);
    return new URL(
      base + (r === 'index.html' ? '' : r.endsWith('/index.html') ? r.slice(0, -'index.html'.length) : r),
      SITE,
    );
  };
  const docs = new Map();
  const docOf = (file) => {
    if (!docs.has(file)) docs.set(file, parseHtmlFile(file));
    return docs.get(file);
  };
  const anchorCache = new Map();
  const anchorsFor = (file) => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(docOf(file)));
    return anchorCache.get(file);
  };

  const broken = [];
  const external = [];
  let checked = 0;
  // The site's public address, as the build wrote it (the landing page's canonical link):
  // absolute links to it are internal links and are checked like the others.
  const landing = path.join(root, 'index.html');
  const canonical = existsSync(landing)
    ? docOf(landing).querySelector('link[rel="canonical"]')?.getAttributeValue('href')
    : null;
  const publicRoot = canonical ? String(canonical) : null;

  const check = (from, fromFile, raw) => {
    const ref = raw.trim();
    if (ref === '') return;
    checked++;
    if (ACCEPTED.some((a) => a.from.test(from) && a.url.test(ref))) return;
    let url;
    try {
      url = new URL(
        publicRoot && ref.startsWith(publicRoot) ? base + ref.slice(publicRoot.length) : ref,
        urlOf(fromFile),
      );
    } catch {
      broken.push({ from, url: ref, problem: 'not a valid URL' });
      return;
    }
    if (IGNORED_SCHEMES.includes(url.protocol)) return;
    if (url.protocol === 'javascript:') {
      broken.push({ from, url: ref, problem: 'javascript: URL (the CSP forbids it)' });
      return;
    }
    if (url.origin !== SITE) {
      external.push({ from, url: url.href });
      return;
    }
    if (!url.pathname.startsWith(base)) {
      broken.push({ from, url: ref, problem: `outside the base path ${base}` });
      return;
    }
    let sitePath;
    try {
      sitePath = decodeURIComponent(url.pathname.slice(base.length));
    } catch {
      broken.push({ from, url: ref, problem: 'bad percent-encoding' });
      return;
    }
    const target = path.join(
      root,
      sitePath.endsWith('/') || sitePath === '' ? path.join(sitePath, 'index.html') : sitePath,
    );
    if (ignore?.(sitePath)) return;
    if (!target.startsWith(root) || !existsSync(target)) {
      broken.push({ from, url: ref, problem: 'no such file in the build' });
      return;
    }
    if (statSync(target).isDirectory()) {
      broken.push({ from, url: ref, problem: 'a directory: the link needs a trailing slash' });
      return;
    }
    if (url.hash && target.endsWith('.html')) {
      const problem = fragmentProblem(url.hash, anchorsFor(target));
      if (problem) broken.push({ from, url: ref, problem });
    }
  };

  for (const file of files) {
    const from = rel(file);
    const within = scope ? scope(from) : '';
    if (within === null) continue;
    const inScope = within ? `${within} ` : '';
    if (file.endsWith('.html')) {
      const doc = docOf(file);
      for (const [tag, attr] of URL_ATTRIBUTES) {
        for (const el of doc.querySelectorAll(`${inScope}${tag}[${attr}]`))
          check(from, file, String(el.getAttributeValue(attr)));
      }
      for (const tag of SRCSET_ELEMENTS) {
        for (const el of doc.querySelectorAll(`${inScope}${tag}[srcset]`)) {
          for (const candidate of String(el.getAttributeValue('srcset')).split(','))
            check(from, file, candidate.trim().split(/\s+/)[0]);
        }
      }
    } else if (file.endsWith('.css') && !scope) {
      const css = readFileSync(file, 'utf8');
      for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        if (!m[2].startsWith('#')) check(from, file, m[2]);
      }
    }
  }
  return { checked, broken, external };
}

/** The external links as a Markdown report (unique URLs, with the pages that use them). */
export function externalLinksReport(external, { distDir, base }) {
  const byUrl = new Map();
  for (const { from, url } of external) byUrl.set(url, [...new Set([...(byUrl.get(url) ?? []), from])]);
  const lines = [
    `# External links (${byUrl.size}), not fetched`,
    '',
    `Build: ${distDir}, base ${base}. Listed for a person (or a scheduled job) to check; the test suite never goes online.`,
    '',
    '| URL | linked from |',
    '| --- | --- |',
    ...[...byUrl].sort(([a], [b]) => a.localeCompare(b)).map(([url, from]) => `| ${url} | ${from.join(', ')} |`),
  ];
  return lines.join('\n') + '\n';
}

/** Writes the external-link report under test-results/links/ and returns its path. */
export function writeExternalLinksReport(external, { distDir, base }) {
  const dir = path.join('test-results', 'links');
  mkdirSync(dir, { recursive: true });
  const file = path.join(
    dir,
    `external-links${base === '/' ? '' : '-' + base.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.md`,
  );
  writeFileSync(file, externalLinksReport(external, { distDir, base }));
  return file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const distDir = process.argv[2] || process.env.OUT_DIR || 'dist';
  const rawBase = process.argv[3] || process.env.BASE_PATH || '/';
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const { checked, broken, external } = checkLinks({ distDir, base });
  const report = writeExternalLinksReport(external, { distDir, base });
  for (const b of broken) console.error(`BROKEN ${b.from}: ${b.url} (${b.problem})`);
  console.log(
    `${checked} links checked in ${distDir} (base ${base}): ${broken.length} broken; external links listed in ${report}`,
  );
  process.exit(broken.length ? 1 : 0);
}
