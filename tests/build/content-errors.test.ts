/**
 * Builds a small fixture site with one mistake each and checks that the build fails and says
 * where: the file, the line, the field. Slow-ish (one Astro build per case), so kept to the cases
 * an author actually hits. The fixture building cleanly is checked by tests/build/registry.test.ts,
 * whose one build serves several assertions.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { buildFixture, replaceIn } from './fixture-site.ts';

/** Builds the fixture with one edit of its content folder, and removes the build. */
function buildWith(edit: (dir: string) => void) {
  const build = buildFixture({ editContent: edit });
  build.remove();
  return build;
}

describe('content errors stop the build and say where', { timeout: 150_000 }, () => {
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

  it('an empty slide names the file and line', () => {
    const { status, output } = buildWith((dir) =>
      replaceIn(path.join(dir, 'part.mdx'), '---\n\n## Second', '---\n\n---\n\n## Second'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/part\.mdx:16:1: slide 2 is empty/);
  });
});
