/**
 * Builds a small fixture site with one mistake each and checks that the build fails and says
 * where: the file, the line, the field. Slow-ish (one Astro build per case), so kept to the cases
 * an author actually hits. The fixture building cleanly is checked by tests/build/site-build.test.ts,
 * whose one build serves several assertions.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { BUILD_TIMEOUT_MS, buildFixture, replaceIn } from './fixture-site.ts';

/** Builds the fixture with one edit of its content folder, and removes the build. */
function buildWith(edit: (dir: string) => void) {
  const build = buildFixture({ editContent: edit });
  build.remove();
  return build;
}

describe('content errors stop the build and say where', { timeout: BUILD_TIMEOUT_MS }, () => {
  it('a frontmatter field of the wrong type names the file and the field', () => {
    const { status, output } = buildWith((dir) => replaceIn(path.join(dir, 'part.mdx'), 'order: 1', 'order: first'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/part\.mdx/);
    expect(output).toMatch(/sidebar\.order/);
  });

  it('a missing talk field names the file and the field', () => {
    const { status, output } = buildWith((dir) => replaceIn(path.join(dir, 'index.mdx'), '  duration: 10\n', ''));
    expect(status).not.toBe(0);
    expect(output).toMatch(/index\.mdx/);
    expect(output).toMatch(/talk\.duration/);
  });

  it('an unknown directive names the file and line', () => {
    const { status, output } = buildWith((dir) => replaceIn(path.join(dir, 'part.mdx'), ':::notes', ':::note-to-self'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/part\.mdx:12:1: unknown directive ":::note-to-self"/);
  });
});

/** The 1-based number of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
/** The 1-based number of the first line that is exactly `line`. */
const lineIs = (text: string, line: string) => text.split('\n').indexOf(line) + 1;

describe('mistakes that used to pass silently stop the build, all of a file at once', {
  timeout: BUILD_TIMEOUT_MS,
}, () => {
  it('an empty slide, an unknown system, a slide renamed by a docs heading, a repeated title: file, line, what to do', () => {
    let part = '';
    const { status, output } = buildWith((dir) => {
      const file = path.join(dir, 'part.mdx');
      // The build runs in a copy of the project next to the content folder (fixture-site.ts).
      const component = '../project/src/components/sim/SimMachine.astro';
      replaceIn(file, '---\n\n## First slide', `---\n\nimport SimMachine from '${component}';\n\n## First slide`);
      replaceIn(file, '- a point\n', '- a point\n\n<SimMachine system="bogus" />\n');
      replaceIn(file, '---\n\n## Second', '---\n\n---\n\n## Second');
      replaceIn(
        file,
        'More.\n',
        'More.\n\n:::docs\n### Third slide\n\ndepth\n:::\n\n---\n\n## Third slide\n\nx\n\n---\n\n## First slide\n\nagain\n',
      );
      part = readFileSync(path.join(dir, 'part.mdx'), 'utf8');
    });
    expect(status).not.toBe(0);
    const frontmatterEnd = part.split('\n').indexOf('---', 1);
    const emptySlide = part.split('\n').indexOf('---', frontmatterEnd + 1) + 1;
    expect(output).toContain(`part.mdx:${emptySlide}:1: slide 2 is empty`);
    expect(output).toContain(
      `part.mdx:${lineOf(part, '<SimMachine')}:1: <SimMachine system="bogus">: unknown system; use one of fcos, microos, k3os, nixos`,
    );
    expect(output).toContain(
      `part.mdx:${lineIs(part, '## Third slide')}:1: the slide "Third slide" would get the id "third-slide-1" ` +
        `because the heading "Third slide" at line ${lineIs(part, '### Third slide')} already has the anchor "third-slide"`,
    );
    const repeated = part.split('\n').lastIndexOf('## First slide') + 1;
    expect(output).toContain(
      `part.mdx:${repeated}:1: the slide "First slide" would get the id "first-slide-1" ` +
        `because the heading "First slide" at line ${lineIs(part, '## First slide')}`,
    );
  });

  it('a link to a missing page or anchor names the file, the line and the link', () => {
    let part = '';
    const { status, output } = buildWith((dir) => {
      replaceIn(
        path.join(dir, 'part.mdx'),
        'More.\n',
        'More, [gone](/missing/).\n\nSee [nowhere](/part/#no-such-heading), [fine](/part/#first-slide).\n',
      );
      part = readFileSync(path.join(dir, 'part.mdx'), 'utf8');
    });
    expect(status).not.toBe(0);
    expect(output).toContain('2 broken link(s) in the content');
    expect(output).toContain(
      `part.mdx:${lineOf(part, '(/missing/)')}: the link "/missing/" is broken: no page is built at that address`,
    );
    expect(output).toContain(
      `part.mdx:${lineOf(part, '#no-such-heading')}: the link "/part/#no-such-heading" is broken: ` +
        'no element with id "no-such-heading" on that page',
    );
    expect(output).not.toContain('/part/#first-slide" is broken');
  });
});
