import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REFERENCES, REFERENCE_GROUPS, reference } from '../../../src/data/references.ts';
import { GLOSSARY } from '../../../src/data/glossary.ts';
import { COMPARISON } from '../../../src/data/comparison.ts';

/** Every external URL an author wrote in content/ (Markdown links, autolinks, JSX hrefs). */
function contentLinks(): Map<string, string> {
  const found = new Map<string, string>();
  const dir = path.resolve('content');
  for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const m of text.matchAll(/https?:\/\/[^\s)>"'\]]+/g)) found.set(m[0], `content/${file}`);
  }
  return found;
}

const cited = new Map<string, string>([
  ...contentLinks(),
  ...GLOSSARY.map((t) => [t.source, `glossary: ${t.term}`] as [string, string]),
  ...COMPARISON.flatMap((r) =>
    Object.values(r.cells).map((c) => [c.source, `comparison: ${r.id}`] as [string, string]),
  ),
]);

describe('references', () => {
  it('lists every external link used in content/, the glossary and the comparison', () => {
    const listed = new Set(REFERENCES.map((r) => r.url));
    const missing = [...cited].filter(([url]) => !listed.has(url)).map(([url, where]) => `${url} (${where})`);
    expect(missing).toEqual([]);
  });

  it('lists only sources the site cites, each once, in a known group', () => {
    const urls = REFERENCES.map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.filter((u) => !cited.has(u))).toEqual([]);
    const groups = new Set(REFERENCE_GROUPS.map((g) => g.id));
    for (const r of REFERENCES) expect(groups.has(r.group), r.url).toBe(true);
  });

  it('only links to https sources, with a title', () => {
    for (const r of REFERENCES) {
      expect(r.url, r.url).toMatch(/^https:\/\//);
      expect(r.title.length, r.url).toBeGreaterThan(5);
    }
  });

  it('refuses to render an unlisted source', () => {
    expect(() => reference('https://example.invalid/')).toThrow(/not listed/);
  });
});
