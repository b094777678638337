import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editOneLine, marpDeck, starlightPage } from '../../../../scripts/bench/peers.mjs';
import { peersReport } from '../../../../scripts/bench/report.mjs';

const PAGE = `---
title: Fedora CoreOS
description: OSTree-based.
sidebar:
  order: 3
---

import SimMachine from '../src/components/sim/SimMachine.astro';

## CoreOS

- OSTree based

:::notes
Said aloud.
:::

::::docs
### What it is

Try <RunButton command="rpm-ostree status" expect="Deployments:" /> here.

:::note[Fact check]
Checked.
:::
::::

---

<SimMachine system="fcos" />

## Rollback

- One step back
`;

const INDEX = `---
title: 'Immutable Linux: What if you cannot write to /usr'
deck: false
talk:
  title: Immutable Linux
  subtitle: What if you cannot write to /usr
  speaker: Daniel Schier
---

Welcome.
`;

describe('the Starlight-only copy of a talk page', () => {
  const md = starlightPage(PAGE);
  it('keeps the title, description and all prose: slides, notes, docs and asides', () => {
    expect(md).toMatch(/^---\ntitle: "Fedora CoreOS"\ndescription: "OSTree-based."\n---\n/);
    for (const text of [
      '## CoreOS',
      '- OSTree based',
      'Said aloud.',
      '### What it is',
      ':::note[Fact check]',
      'Checked.',
    ])
      expect(md).toContain(text);
  });
  it('has no MDX left: no imports, no components, no talk directives; a Run button is its command as code', () => {
    expect(md).toContain('Try `rpm-ostree status` here.');
    expect(md).not.toMatch(/import |<[A-Z]|:::notes|::::docs/);
  });
});

describe('the Marp deck', () => {
  const deck = marpDeck([
    { name: 'coreos.mdx', text: PAGE },
    { name: 'index.mdx', text: INDEX },
  ]);
  const slides = deck.split('\n\n---\n\n');
  it('has a title slide from the talk, then one slide per ## heading of the deck pages', () => {
    expect(deck.startsWith('---\nmarp: true\n')).toBe(true);
    expect(slides).toHaveLength(3);
    expect(slides[0]).toContain('# Immutable Linux\n\nWhat if you cannot write to /usr\n\nDaniel Schier');
    expect(slides[1]).toMatch(/^## CoreOS/);
    expect(slides[2]).toMatch(/^## Rollback/);
  });
  it('keeps the notes as presenter notes and leaves the docs-only text and components out', () => {
    expect(slides[1]).toContain('<!--\nSaid aloud.\n-->');
    expect(deck).not.toContain('What it is');
    expect(deck).not.toContain('SimMachine');
  });
});

describe('the one-line edit', () => {
  it('adds a sentence to the first prose line after the frontmatter and imports, and changes nothing else', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'peers-')), 'coreos.mdx');
    writeFileSync(file, PAGE);
    editOneLine(file);
    const before = PAGE.split('\n');
    const after = readFileSync(file, 'utf8').split('\n');
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [line]));
    expect(changed).toEqual(['Said aloud. Edited for the rebuild benchmark.']);
  });
});

describe('the peers report', () => {
  it('gives ours, the peer and the ratio with its goal for each comparison', () => {
    const lines = peersReport({
      starlight: {
        pages: 12,
        editedPage: 'coreos',
        oursSeconds: 50,
        theirsSeconds: 20,
        oursRebuildSeconds: 30,
        theirsRebuildSeconds: 18,
        buildRatio: 2.5,
        rebuildRatio: 1.5,
        runs: [{}, {}, {}],
      },
      marp: { slides: 30, oursSeconds: 12, marpSeconds: 10, ratio: 1.2, runs: [{}, {}, {}] },
    }).join('\n');
    expect(lines).toContain(
      '| full build vs Starlight-only build (12 pages, 3 paired runs) | 50 | 20 | ×2.5 | ≤ ×1.5 |',
    );
    expect(lines).toContain(
      '| rebuild after a one-line edit (coreos) vs Starlight-only build | 30 | 20 | ×1.5 | ≤ ×0.5 |',
    );
    expect(lines).toContain('(30 slides, 3 paired runs) | 12 | 10 | ×1.2 | ≤ ×1.0 |');
  });
});
