/**
 * Builds a small fixture site with one mistake each and checks that the build fails and says
 * where: the file, the line, the field. Slow-ish (one Astro build per case), so kept to the cases
 * an author actually hits.
 */
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const fixture = path.resolve('tests/fixtures/sites/minimal');

function buildWith(edit: (dir: string) => void) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'talk-build-'));
  const content = path.join(tmp, 'content');
  cpSync(fixture, content, { recursive: true });
  edit(content);
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: path.join(tmp, 'dist'),
      ASTRO_CACHE_DIR: path.join(tmp, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    timeout: 120_000,
  });
  // Strip colours so the assertions read the words.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output, content };
}

const replaceIn = (file: string, from: string, to: string) =>
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('content errors stop the build and say where', { timeout: 150_000 }, () => {
  it('builds the fixture when nothing is wrong', () => {
    const { status, output } = buildWith(() => {});
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });

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
