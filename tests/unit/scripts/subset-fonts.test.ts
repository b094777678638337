import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FACES,
  blockRange,
  formatUnicodeRange,
  parseUnicodeRange,
  sourceCodePoints,
  subsetCodePoints,
} from '../../../scripts/subset-fonts.mjs';

const fontsDir = new URL('../../../src/fonts/', import.meta.url);
const fontsCss = readFileSync(new URL('fonts.css', fontsDir), 'utf8');
const manifest: Record<string, string> = JSON.parse(readFileSync(new URL('subset.json', fontsDir), 'utf8'));

/** The @font-face rules of fonts.css: family, weight, file and range. */
const rules = [...fontsCss.matchAll(/@font-face \{([^}]*)\}/g)].map(([, body]) => ({
  family: /font-family: "([^"]+)"/.exec(body)![1],
  weight: Number(/font-weight: (\d+)/.exec(body)![1]),
  src: /src: url\("([^"]+)"\)/.exec(body)![1],
  range: parseUnicodeRange(/unicode-range:\s*([^;]+);/.exec(body)![1]),
}));

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} (${String.fromCodePoint(cp)})`;

describe('unicode-range values', () => {
  it('parses and formats ranges and single code points', () => {
    expect(parseUnicodeRange('U+0041-0043, U+00E4')).toEqual([0x41, 0x42, 0x43, 0xe4]);
    expect(formatUnicodeRange([0xe4, 0x41, 0x42, 0x43, 0x43])).toBe('U+41-43,U+E4');
    expect(() => parseUnicodeRange('U+41-')).toThrow(/Not a unicode-range part/);
  });
});

describe('subsetCodePoints: what a subset holds', () => {
  it('keeps ASCII, the typographic punctuation and the sources’ characters, only within the latin block', () => {
    const latin = parseUnicodeRange('U+0000-00FF,U+2000-206F');
    const subset = subsetCodePoints(latin, new Set([0xfc, 0x0167, 0x2192]));
    expect(subset).toContain(0x41);
    expect(subset).toContain(0x2019);
    expect(subset).toContain(0x2022);
    expect(subset).toContain(0xfc); // ü, written in the sources
    expect(subset).not.toContain(0x0167); // ŧ, outside the latin block: the latin-ext file has it
    expect(subset).not.toContain(0xfe); // þ, in no source: the full latin file has it
  });
});

describe('the committed subsets (src/fonts, `npm run fonts`)', () => {
  const sources = sourceCodePoints();
  for (const face of FACES) {
    const file = `${face.family.toLowerCase().replaceAll(' ', '-')}-${face.weight}-subset.woff2`;
    const latin = parseUnicodeRange(blockRange(face.pkg, 'latin'));
    const ofFace = rules.filter((r) => r.family === face.family && r.weight === face.weight);

    it(`${file} holds every latin character of content/ and src/`, () => {
      const held = new Set(parseUnicodeRange(manifest[file]));
      const missing = subsetCodePoints(latin, sources).filter((cp) => !held.has(cp));
      expect(missing.map(hex), 'characters new to the sources: run `npm run fonts` and commit src/fonts').toEqual([]);
    });

    it(`${face.family} ${face.weight}: the subset and the full latin file split the latin block between them`, () => {
      expect(ofFace.map((r) => r.src)).toEqual([
        `./${file}`,
        expect.stringMatching(/-latin-\d+-normal\.woff2$/),
        expect.stringMatching(/-latin-ext-\d+-normal\.woff2$/),
      ]);
      const [subset, rest] = ofFace;
      expect(subset.range).toEqual(parseUnicodeRange(manifest[file]));
      // No character in both (the full file would never be needed for it) and none in neither.
      expect(subset.range.filter((cp) => rest.range.includes(cp))).toEqual([]);
      expect([...subset.range, ...rest.range].sort((a, b) => a - b)).toEqual(latin);
    });
  }
});
