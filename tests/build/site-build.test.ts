/**
 * One build of a copy of the project, made the way a user builds (`npm run build`, PDFs switched
 * off, the output next to the project as `OUT_DIR=../site-dist` would put it), serves two sets of
 * assertions, because each Astro build costs 20-40 s:
 * - the registry of systems (src/systems/registry.ts) is the only place that must change to add a
 *   system: the copy gets a fifth system by one edit of that file (an entry with a minimal engine
 *   module), and its lab page, embed, sidebar entry, lab index card and social card all appear,
 *   and a talk page can use it;
 * - a build that cannot print the PDFs (no browser, or PDF=0) still succeeds, says so and how to
 *   make them, and its links lead to the print view rather than to missing files. PDF=0 takes the
 *   same path as a machine without a browser (scripts/pdf-plan.mjs; detection is unit-tested).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, buildFixture, replaceIn, type FixtureBuild } from './fixture-site.ts';

/** The whole change: one registry entry, whose minimal engine module reuses k3OS's machine. */
function addToyOs(project: string): void {
  const registry = path.join(project, 'src/systems/registry.ts');
  replaceIn(
    registry,
    '] as const satisfies readonly SystemEntry[];',
    `  {
    id: 'toyos',
    name: 'Toy OS',
    engine: (): Promise<SystemModule> => import('../sim/systems/k3os.ts').then((m) => ({ ...m.k3os, id: 'toyos', name: 'Toy OS' })),
    scenario: async (): Promise<Scenario> => ({ system: 'toyos', title: 'Toy OS: look around', steps: [{ command: 'ls /k3os', caption: 'The images.' }] }),
    timeline: 'images',
    docsPage: 'toy',
    referenceGroup: 'Toy OS',
  },
] as const satisfies readonly SystemEntry[];`,
  );
}

const TOY_PAGE = `---
title: Toy OS
description: A fifth system.
sidebar:
  order: 2
---

import SimMachine from '../src/components/sim/SimMachine.astro';

## Try Toy OS

<SimMachine system="toyos" parts="terminal timeline" />

:::notes
Narration.
:::
`;

let build: FixtureBuild;
const page = (p: string) => readFileSync(path.join(build.dist, p, 'index.html'), 'utf8');

beforeAll(() => {
  build = buildFixture({
    editProject: addToyOs,
    editContent: (dir) => writeFileSync(path.join(dir, 'toy.mdx'), TOY_PAGE.replace('../src/', '../project/src/')),
    command: ['npm', 'run', 'build'],
    env: { PDF: '0', PDF_STRICT: '', PDF_EXPORT: '' },
  });
}, BUILD_TIMEOUT_MS);
afterAll(() => build?.remove());

describe('a fifth system, added through the registry alone', () => {
  it('builds', () => {
    expect(build.output).toContain('Complete!');
    expect(build.status).toBe(0);
  });

  it('gets a lab page and an embed, with its name and its simulator', () => {
    const lab = page('lab/toyos');
    expect(lab).toContain('<title>Toy OS lab');
    expect(lab).toMatch(/<sim-machine[^>]*data-system="toyos"/);
    expect(page('lab/toyos/embed')).toContain('Toy OS simulator');
  });

  it('is listed on the lab index and in the sidebar', () => {
    expect(page('lab')).toMatch(/<a href="\/lab\/toyos\/"[^>]*>Toy OS<\/a>/);
    expect(page('part')).toMatch(/<a href="\/lab\/toyos\/"[^>]*>\s*<span[^>]*>Toy OS simulator<\/span>/);
  });

  it('gets a social card', () => {
    expect(existsSync(path.join(build.dist, 'og/lab/toyos.png'))).toBe(true);
    expect(page('lab/toyos')).toContain('og/lab/toyos.png');
  });

  it('can be used in a talk page, with its scenario as the static transcript', () => {
    const toy = page('toy');
    expect(toy).toMatch(/<sim-machine[^>]*data-system="toyos"/);
    expect(toy).toContain('Toy OS: look around');
    expect(toy).toContain('System images');
  });
});

describe('a build without PDFs', () => {
  it('succeeds, says the PDFs were skipped, and links to the print view', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('PDFs skipped: PDF=0 is set');
    expect(build.output).toContain('npm run build');
    const deck = page('slides');
    expect(deck).not.toMatch(/href="[^"]*\.pdf"/);
    expect(deck).toContain('href="/slides/?view=print"');
    expect(deck).toContain('href="/slides/?view=print&amp;handout"');
    expect(existsSync(path.join(build.dist, 'slides', 'immutable-linux-slides.pdf'))).toBe(false);
  });
});
