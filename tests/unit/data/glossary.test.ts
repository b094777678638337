import { describe, it, expect } from 'vitest';
import { GLOSSARY, glossarySlug } from '../../../src/data/glossary.ts';
import { GLOSSARY_TERMS } from '../../../src/markdown/glossary-links.ts';
import { createGlossaryMatcher } from '../../../src/markdown/glossary-match.ts';

const REQUIRED = [
  'OSTree',
  'deployment',
  'staging',
  'pinning',
  'composefs',
  'bootc',
  'Btrfs subvolume',
  'snapshot',
  'transactional update',
  'snapper',
  'Ignition',
  'Butane',
  'Combustion',
  'cloud-init',
  'k3s',
  'CRD',
  'Nix store',
  'generation',
  'profile',
  'activation',
];

describe('glossary data', () => {
  it('defines every term the issue asks for', () => {
    const terms = GLOSSARY.map((t) => t.term);
    for (const t of REQUIRED) expect(terms, t).toContain(t);
  });

  it('gives each term a distinct, readable anchor', () => {
    const slugs = GLOSSARY.map((t) => glossarySlug(t.term));
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(glossarySlug('Btrfs subvolume')).toBe('btrfs-subvolume');
    expect(glossarySlug('cloud-init')).toBe('cloud-init');
  });

  it('has a definition of a sentence or two for each term', () => {
    for (const t of GLOSSARY) {
      expect(t.definition.length, t.term).toBeGreaterThan(30);
      expect(t.definition.length, t.term).toBeLessThan(320);
    }
  });

  it('gives the link plugin forms that no two terms share', () => {
    expect(() => createGlossaryMatcher(GLOSSARY_TERMS)).not.toThrow();
  });
});

describe('glossary index and back-links', () => {
  it('groups every term under its first letter, in order', async () => {
    const { GLOSSARY, glossaryByLetter } = await import('../../../src/data/glossary.ts');
    const groups = glossaryByLetter();
    expect(groups.flatMap((g) => g.terms).length).toBe(GLOSSARY.length);
    for (const g of groups) for (const t of g.terms) expect(t.term[0].toUpperCase()).toBe(g.letter);
    expect(groups.map((g) => g.letter)).toEqual([...groups.map((g) => g.letter)].sort());
  });

  it('finds the pages that use a term, ignoring code and link targets', async () => {
    const { glossaryBacklinks } = await import('../../../src/components/content/glossary-backlinks.ts');
    const uses = glossaryBacklinks([
      { slug: 'a', title: 'A', text: '---\ntitle: A\n---\nOSTree keeps deployments.' },
      { slug: 'b', title: 'B', text: 'Only `ostree admin` and [x](https://github.com/ostreedev/ostree) here.' },
    ]);
    expect(uses.get('ostree')?.map((p) => p.slug)).toEqual(['a']);
  });
});
