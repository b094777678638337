// The deck's and the embeds' web fonts, cut down to the characters the site writes (`npm run fonts`).
//
// Atkinson Hyperlegible (text, 400 and 700) and JetBrains Mono (terminals and code, 400) come from the
// @fontsource packages, one woff2 file per Unicode block. This script writes src/fonts/:
//   *-subset.woff2  each face cut to SUBSET_BASE plus every character of the site's sources (content/,
//                   src/) in the face's latin block, with harfbuzz's hb-subset (the `subset-font` package);
//   fonts.css       three @font-face rules per face, all `font-display: swap`: the subset, whose
//                   `unicode-range` lists exactly what it holds; the rest of the latin block from the
//                   package's full latin file; and the latin-ext file. A browser fetches a file only when
//                   a page shows a character of its range, so the full files load only for text the
//                   sources do not contain (typed terminal input, a search term), and then nothing is lost;
//   subset.json     the subset's characters, which tests/unit/scripts/subset-fonts.test.ts compares with
//                   the sources (a new character in content/ fails it until this script runs again) and
//                   tests/e2e/fonts.spec.ts with the text of the built pages.
// The output is committed, so a build does not run harfbuzz; run this after adding a character outside
// the subset (the unit test says which).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = path.join(root, 'src/fonts');

/**
 * Characters every subset holds whatever the sources say: ASCII (control characters included, so a
 * tab or a newline never asks for the full file; the font has no glyph for them either way), the
 * no-break and soft hyphen, the zero-width characters, and the typographic punctuation the Markdown
 * pipeline writes in place of ASCII quotes and dashes (’ “ ” – — …).
 */
export const SUBSET_BASE = [
  [0x00, 0x7e],
  [0xa0, 0xa0],
  [0xad, 0xad],
  [0x200b, 0x200f],
  [0x2010, 0x2014],
  [0x2018, 0x201d],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x2060, 0x2060],
];

/** The faces the site uses: family, weight and the @fontsource package holding its files. */
export const FACES = [
  { family: 'Atkinson Hyperlegible', weight: 400, pkg: '@fontsource/atkinson-hyperlegible' },
  { family: 'Atkinson Hyperlegible', weight: 700, pkg: '@fontsource/atkinson-hyperlegible' },
  { family: 'JetBrains Mono', weight: 400, pkg: '@fontsource/jetbrains-mono' },
];

/**
 * The OpenType features a browser applies without being asked (the site sets no font-feature-settings);
 * the fonts' stylistic sets and alternates are never shown, so the subsets leave them out. Hinting goes
 * too (`noHinting`): it is 40 % of Atkinson's bytes, and browsers ignore it at these sizes everywhere but
 * Windows at small text, as Google Fonts' own unhinted files assume.
 */
const BROWSER_DEFAULT_FEATURES = [
  'ccmp',
  'locl',
  'mark',
  'mkmk',
  'kern',
  'liga',
  'calt',
  'clig',
  'rlig',
  'rclt',
  'rvrn',
];

/** Where the site's text comes from: the talk's pages and everything src/ renders or prints. */
const SOURCE_DIRS = ['content', 'src'];
const SOURCE_FILE = /\.(mdx?|astro|ts|mjs|json)$/;

/** "U+0000-00FF,U+0131" → sorted code points. */
export function parseUnicodeRange(range) {
  const points = new Set();
  for (const part of range.split(',')) {
    const match = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(part.trim());
    if (!match) throw new Error(`Not a unicode-range part: "${part}"`);
    const from = Number.parseInt(match[1], 16);
    const to = match[2] ? Number.parseInt(match[2], 16) : from;
    for (let cp = from; cp <= to; cp++) points.add(cp);
  }
  return [...points].sort((a, b) => a - b);
}

/** Code points → the shortest unicode-range value ("U+20-7E,U+A0"). */
export function formatUnicodeRange(codePoints) {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i];
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i] + 1) i++;
    const hex = (cp) => cp.toString(16).toUpperCase();
    parts.push(from === sorted[i] ? `U+${hex(from)}` : `U+${hex(from)}-${hex(sorted[i])}`);
  }
  return parts.join(',');
}

/** The package's unicode-range of one of its blocks ('latin', 'latin-ext'). */
export function blockRange(pkg, block) {
  const ranges = JSON.parse(readFileSync(require.resolve(`${pkg}/unicode.json`), 'utf8'));
  if (!ranges[block]) throw new Error(`${pkg} has no "${block}" block`);
  return ranges[block];
}

/** Every code point written in the site's source files (a superset of what the pages show). */
export function sourceCodePoints(dirs = SOURCE_DIRS.map((dir) => path.join(root, dir))) {
  const points = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (SOURCE_FILE.test(entry.name)) for (const ch of readFileSync(file, 'utf8')) points.add(ch.codePointAt(0));
    }
  };
  for (const dir of dirs) walk(dir);
  return points;
}

/** The subset's code points: SUBSET_BASE and the sources' characters, within the latin block. */
export function subsetCodePoints(latinBlock, sources = sourceCodePoints()) {
  const latin = new Set(latinBlock);
  const base = SUBSET_BASE.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
  return [...new Set([...base, ...sources])].filter((cp) => latin.has(cp)).sort((a, b) => a - b);
}

const slug = (family) => family.toLowerCase().replaceAll(' ', '-');
const fileOf = (face, block) => `${face.pkg}/files/${slug(face.family)}-${block}-${face.weight}-normal.woff2`;

/** The @font-face rules of one face: the subset, the rest of latin, latin-ext. */
export function faceRules(face, subset, latinBlock, latinExtRange) {
  const inSubset = new Set(subset);
  const rest = latinBlock.filter((cp) => !inSubset.has(cp));
  const rule = (comment, src, range) =>
    [
      `/* ${comment} */`,
      '@font-face {',
      `  font-family: "${face.family}";`,
      '  font-style: normal;',
      `  font-weight: ${face.weight};`,
      '  font-display: swap;',
      `  src: url("${src}") format("woff2");`,
      // As Biome formats it, so the written file passes `npm run lint` unchanged.
      '  unicode-range:',
      `    ${range.replaceAll(',', ', ')};`,
      '}',
    ].join('\n');
  const name = `${slug(face.family)}-${face.weight}`;
  return [
    rule(
      `${face.family} ${face.weight}: the characters of the site's sources`,
      `./${name}-subset.woff2`,
      formatUnicodeRange(subset),
    ),
    rule(
      `${face.family} ${face.weight}: the rest of latin, fetched only when a page shows one`,
      fileOf(face, 'latin'),
      formatUnicodeRange(rest),
    ),
    rule(`${face.family} ${face.weight}: latin-ext, likewise`, fileOf(face, 'latin-ext'), latinExtRange),
  ].join('\n\n');
}

async function main() {
  const { default: subsetFont } = await import('subset-font');
  const sources = sourceCodePoints();
  const rules = [];
  const manifest = {};
  for (const face of FACES) {
    const latinBlock = parseUnicodeRange(blockRange(face.pkg, 'latin'));
    const subset = subsetCodePoints(latinBlock, sources);
    const text = String.fromCodePoint(...subset);
    const full = readFileSync(require.resolve(fileOf(face, 'latin')));
    const cut = await subsetFont(full, text, {
      targetFormat: 'woff2',
      keepFeatures: BROWSER_DEFAULT_FEATURES,
      noHinting: true,
    });
    const file = `${slug(face.family)}-${face.weight}-subset.woff2`;
    writeFileSync(path.join(OUT_DIR, file), cut);
    rules.push(faceRules(face, subset, latinBlock, blockRange(face.pkg, 'latin-ext')));
    manifest[file] = formatUnicodeRange(subset);
    console.log(`${file}: ${subset.length} characters, ${full.length} → ${cut.length} bytes`);
  }
  const header = '/* Written by scripts/subset-fonts.mjs (`npm run fonts`); edit that script, not this file. */';
  writeFileSync(path.join(OUT_DIR, 'fonts.css'), `${header}\n\n${rules.join('\n\n')}\n`);
  writeFileSync(path.join(OUT_DIR, 'subset.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
