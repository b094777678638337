/**
 * The bench's comparisons with peers (issue 14), each a target of its own:
 *
 * - Starlight-only build (BENCH_STARLIGHT=0 skips it): a temporary Astro + Starlight project with
 *   the talk's docs text and nothing else (each content/ page's prose as plain Markdown: no deck,
 *   no simulators, no components, no PDFs; Starlight's defaults), built with this project's
 *   installed astro and Starlight, alternately with our full build (`npm run build` with an empty
 *   build cache) from a copy of content/. Then the same one-line edit in both copies and a rebuild
 *   of each. Ratios: our cold build / theirs, our rebuild after the edit / their (cold) build.
 * - Marp (BENCH_MARP=0 skips it): the talk's slides as one Marp Markdown deck (each `##` slide of a
 *   deck page, `:::notes` as presenter notes, `:::docs` left out, a title slide from index.mdx),
 *   exported to PDF by @marp-team/marp-cli (a bench-only dependency, scripts/bench/package.json)
 *   with the same Chromium, alternately with our PDF step (scripts/pdf.mjs, PDF_CACHE=0: printed,
 *   not reused) on the bench's build. Ratio: our PDF step (all its PDFs) / Marp's export.
 *
 * Each figure is the median of `runs` paired runs. Everything runs offline.
 * Alone: `node scripts/bench/peers.mjs <built dist> [runs]` (the dist for the Marp comparison).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './median.mjs';
import { copyContent } from './doubled-content.mjs';

/** Starlight's own asides stay; the talk's directives are unwrapped or dropped. */
const ASIDES = new Set(['note', 'tip', 'caution', 'danger']);

/** The frontmatter (as text) and the body of a content page. */
function splitPage(text) {
  const [, front = '', body = text] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { front, body };
}

/** A frontmatter field's value (one line, quotes removed), or undefined. */
function field(front, name) {
  const value = new RegExp(`^${name}: (.*)$`, 'm').exec(front)?.[1]?.trim();
  return value?.replace(/^(['"])(.*)\1$/, '$2');
}

/**
 * The body without MDX: imports and block components go, an inline `<RunButton command="x" />`
 * becomes `x` as code. Directive blocks: asides stay, `keep` names the ones whose text stays
 * (unwrapped), any other is dropped with its text.
 */
function plainBody(body, keep) {
  const out = [];
  const stack = []; // one entry per open directive: whether its text is kept, and whether its fences are
  for (const line of body.split('\n')) {
    const open = /^:{3,}([a-z][\w-]*)/.exec(line);
    const close = /^:{3,}\s*$/.test(line);
    const hidden = stack.some((d) => !d.text);
    if (open) {
      const aside = ASIDES.has(open[1]);
      stack.push({ text: aside || keep.has(open[1]), fences: aside });
      if (aside && !hidden) out.push(line);
      continue;
    }
    if (close && stack.length) {
      const d = stack.pop();
      if (d.fences && !hidden) out.push(line);
      continue;
    }
    const text = line.replace(/<RunButton command="([^"]*)"[^>]*\/>/g, '`$1`');
    if (hidden || /^import\s/.test(text) || /^<[A-Z]\w*[\s\S]*\/>\s*$/.test(text)) continue;
    out.push(text);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** A content page as a Starlight-only Markdown page: title, description and its docs prose. */
export function starlightPage(text) {
  const { front, body } = splitPage(text);
  const title = field(front, 'title') ?? 'Untitled';
  const description = field(front, 'description');
  const head = [
    `title: ${JSON.stringify(title)}`,
    ...(description ? [`description: ${JSON.stringify(description)}`] : []),
  ];
  return `---\n${head.join('\n')}\n---\n\n${plainBody(body, new Set(['docs', 'notes'])).trim()}\n`;
}

/**
 * The talk's slides as one Marp deck: a title slide (index.mdx's `talk:`), then every `##` slide of
 * the deck pages in their sidebar order; notes become HTML comments (Marp's presenter notes).
 */
export function marpDeck(pages) {
  const index = pages.find((p) => p.name === 'index.mdx');
  const talk = index ? splitPage(index.text).front : '';
  const slides = [
    `# ${field(talk, '  title') ?? 'Immutable Linux'}\n\n${field(talk, '  subtitle') ?? ''}\n\n${field(talk, '  speaker') ?? ''}`,
  ];
  const deckPages = pages
    .map((p) => ({ ...p, ...splitPage(p.text) }))
    .filter((p) => p.name !== 'index.mdx' && !/^deck: false$/m.test(p.front))
    .sort((a, b) => Number(field(a.front, '  order') ?? 0) - Number(field(b.front, '  order') ?? 0));
  for (const page of deckPages) {
    // Notes become comments first; then the docs-only blocks go and the deck-only ones stay.
    const withNotes = page.body.replace(/^:::notes\n([\s\S]*?)^:::\s*$/gm, (_, notes) => `<!--\n${notes.trim()}\n-->`);
    // A `---` rule in the page would start another Marp slide.
    const body = plainBody(withNotes, new Set(['deck'])).replace(/^---\s*$/gm, '');
    for (const slide of body.split(/^(?=## )/m).slice(1)) slides.push(slide.trim());
  }
  return `---\nmarp: true\npaginate: true\n---\n\n${slides.join('\n\n---\n\n')}\n`;
}

/** The content pages of `dir`: [{ name, text }], .md and .mdx. */
export function contentPages(dir) {
  return readdirSync(dir)
    .filter((n) => /\.mdx?$/.test(n))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
}

/**
 * Writes the Starlight-only project into `dir` (emptied first). `dir` must be inside the project
 * (STARLIGHT_WORK_DIR), so that it finds the project's astro and Starlight by walking up: Vite
 * does not build a project whose node_modules is a link to another tree.
 */
export function writeStarlightProject(pages, dir) {
  rmSync(dir, { recursive: true, force: true });
  const docs = path.join(dir, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    // Listed so that Vite bundles them for the server build, as in a project of their own.
    JSON.stringify({
      name: 'talk-starlight-only',
      private: true,
      type: 'module',
      dependencies: { astro: '*', '@astrojs/starlight': '*' },
    }),
  );
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      "export default defineConfig({ integrations: [starlight({ title: 'Immutable Linux' })] });",
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  for (const page of pages)
    writeFileSync(path.join(docs, page.name.replace(/\.mdx$/, '.md')), starlightPage(page.text));
}

/**
 * The one-line edit both copies get before their rebuild: a sentence added to the first prose line
 * (a line starting with a letter) of `file`.
 */
export function editOneLine(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l, i) => i > 0 && l === '---') + 1;
  const at = lines.findIndex((l, i) => i > start && /^[A-Za-z]/.test(l) && !/^import\s/.test(l));
  if (at < 0) throw new Error(`${file}: no prose line to edit`);
  lines[at] += ' Edited for the rebuild benchmark.';
  writeFileSync(file, lines.join('\n'));
}

function timed(command, args, options) {
  const started = performance.now();
  const run = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], ...options });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${run.status})`);
  return Math.round((performance.now() - started) / 100) / 10;
}

/** Where the Starlight-only project is written, under the project root (ignored by git and the tools). */
export const STARLIGHT_WORK_DIR = '.bench-work';

const ratio = (a, b) => Math.round((a / b) * 100) / 100;

/**
 * Our full build against the Starlight-only one, `runs` paired runs: each run builds ours cold, then
 * theirs cold, edits one line in both, and rebuilds ours, then theirs.
 */
export function compareStarlight({ env, projectRoot, workDir, runs, editedPage = 'coreos' }) {
  const contentDir = path.join(workDir, 'content');
  const theirs = path.join(projectRoot, STARLIGHT_WORK_DIR, 'starlight');
  const ours = {
    ...env,
    CONTENT_DIR: contentDir,
    OUT_DIR: path.join(workDir, 'dist'),
    ASTRO_CACHE_DIR: path.join(workDir, 'astro-cache'),
    BUILD_CACHE_DIR: path.join(workDir, 'build-cache'),
  };
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const list = [];
  for (let i = 0; i < runs; i++) {
    copyContent(path.join(projectRoot, 'content'), contentDir, projectRoot);
    writeStarlightProject(contentPages(path.join(projectRoot, 'content')), theirs);
    for (const dir of [ours.OUT_DIR, ours.ASTRO_CACHE_DIR, ours.BUILD_CACHE_DIR])
      rmSync(dir, { recursive: true, force: true });
    const run = {};
    run.ours = timed('npm', ['run', 'build'], { env: ours, cwd: projectRoot });
    run.theirs = timed(process.execPath, [astro, 'build'], {
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      cwd: theirs,
    });
    editOneLine(path.join(contentDir, `${editedPage}.mdx`));
    editOneLine(path.join(theirs, 'src', 'content', 'docs', `${editedPage}.md`));
    run.oursRebuild = timed('npm', ['run', 'build'], { env: ours, cwd: projectRoot });
    run.theirsRebuild = timed(process.execPath, [astro, 'build'], {
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      cwd: theirs,
    });
    list.push(run);
    console.log(
      `starlight-only: ours ${run.ours} s, theirs ${run.theirs} s; after an edit ${run.oursRebuild} / ${run.theirsRebuild} s`,
    );
  }
  const pages = readdirSync(path.join(theirs, 'src', 'content', 'docs')).length;
  rmSync(workDir, { recursive: true, force: true });
  rmSync(path.join(projectRoot, STARLIGHT_WORK_DIR), { recursive: true, force: true });
  return {
    pages,
    editedPage,
    buildRatio: median(list.map((r) => ratio(r.ours, r.theirs))),
    rebuildRatio: median(list.map((r) => ratio(r.oursRebuild, r.theirs))),
    oursSeconds: median(list.map((r) => r.ours)),
    theirsSeconds: median(list.map((r) => r.theirs)),
    oursRebuildSeconds: median(list.map((r) => r.oursRebuild)),
    theirsRebuildSeconds: median(list.map((r) => r.theirsRebuild)),
    runs: list,
  };
}

/**
 * Our PDF step against Marp's export, `runs` paired runs, both with `browser` (CHROME_PATH).
 * `env` is the bench build's (OUT_DIR holds the built site).
 */
export function compareMarp({ env, projectRoot, workDir, runs, browser }) {
  const marp = path.join(projectRoot, 'scripts', 'bench', 'node_modules', '@marp-team', 'marp-cli', 'marp-cli.js');
  if (!existsSync(marp)) throw new Error('Marp CLI is not installed: run `npm ci --prefix scripts/bench`');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const deck = path.join(workDir, 'talk.md');
  const pages = contentPages(path.join(projectRoot, 'content'));
  const markdown = marpDeck(pages);
  writeFileSync(deck, markdown);
  // Offline: no Twemoji images from a CDN for emoji (Marp's default).
  const config = path.join(workDir, 'marp.config.mjs');
  writeFileSync(config, 'export default { options: { emoji: { shortcode: false, unicode: false } } };\n');
  const slides = markdown.split('\n\n---\n\n').length;
  const list = [];
  for (let i = 0; i < runs; i++) {
    const run = {};
    run.ours = timed('npm', ['run', 'pdf'], { env: { ...env, PDF_CACHE: '0' }, cwd: projectRoot });
    run.marp = timed(
      process.execPath,
      [marp, '--pdf', '--pdf-notes', '--config-file', config, '--no-stdin', deck, '-o', path.join(workDir, 'talk.pdf')],
      {
        env: { ...env, CHROME_PATH: browser },
        cwd: workDir,
      },
    );
    list.push(run);
    console.log(`marp: our PDF step ${run.ours} s, Marp ${run.marp} s`);
  }
  rmSync(workDir, { recursive: true, force: true });
  return {
    slides,
    ratio: median(list.map((r) => ratio(r.ours, r.marp))),
    oursSeconds: median(list.map((r) => r.ours)),
    marpSeconds: median(list.map((r) => r.marp)),
    runs: list,
  };
}

async function main() {
  const os = await import('node:os');
  const { findChromium } = await import('../chromium-path.mjs');
  const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
  const distDir = path.resolve(process.argv[2] || 'dist');
  const runs = Number(process.argv[3] || 1);
  const env = { ...process.env, OUT_DIR: distDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const work = path.join(os.tmpdir(), `immutable-linux-peers-${process.pid}`);
  const load = [os.loadavg()[0]];
  const out = {};
  if (process.env.BENCH_MARP !== '0')
    out.marp = compareMarp({ env, projectRoot, workDir: `${work}-marp`, runs, browser: findChromium() });
  if (process.env.BENCH_STARLIGHT !== '0')
    out.starlight = compareStarlight({ env, projectRoot, workDir: `${work}-starlight`, runs });
  load.push(os.loadavg()[0]);
  console.log(JSON.stringify({ loadAverage: load, ...out }, null, 2));
}

if (process.argv[1] && import.meta.url === `file://${path.resolve(process.argv[1])}`) await main();
