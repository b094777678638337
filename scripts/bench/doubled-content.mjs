/**
 * The bench's second target: the talk with its content doubled. Every deck page of content/ is
 * copied once more as <name>-again.mdx after the originals, with " (again)" added to its title and
 * headings (slide ids and titles must stay unique; a repeated one stops the build) and its in-page
 * anchors renamed to match; components are imported from the project by absolute path, since the
 * copy lives outside content/.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const AGAIN = ' (again)';

/** One page's copy: the text of `<name>-again.mdx`. */
export function pageAgain(text, projectRoot) {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  if (frontmatter === undefined) throw new Error('a content page without frontmatter');
  const front = frontmatter
    .replace(/^title: (.*)$/m, (_, t) => `title: ${t}${AGAIN}`)
    .replace(/^(\s+order:) (\d+)$/m, (_, key, n) => `${key} ${Number(n) + 100}`);
  const copied = body
    .replace(/from '\.\.\/src\//g, `from '${path.join(projectRoot, 'src')}/`)
    .replace(/^(#{2,6} .+?)\s*$/gm, `$1${AGAIN}`)
    .replace(/\]\(#([^)]+)\)/g, '](#$1-again)');
  return `---\n${front}\n---\n${copied}`;
}

/**
 * Copies content/ into `dest` (emptied first) so that it builds from there (CONTENT_DIR): its
 * components are imported from the project by absolute path. Returns the copied pages' names.
 */
export function copyContent(src, dest, projectRoot) {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(path.dirname(dest), { recursive: true });
  cpSync(src, dest, { recursive: true });
  const pages = readdirSync(src).filter((name) => name.endsWith('.mdx'));
  for (const name of pages) {
    const text = readFileSync(path.join(src, name), 'utf8').replace(/from '\.\.\/src\//g, `from '${projectRoot}/src/`);
    writeFileSync(path.join(dest, name), text);
  }
  return pages;
}

/** Writes content/ plus the copies into `dest` (emptied first) and returns how many pages were doubled. */
export function writeDoubledContent(src, dest, projectRoot) {
  let doubled = 0;
  for (const name of copyContent(src, dest, projectRoot)) {
    const text = readFileSync(path.join(dest, name), 'utf8');
    if (/^deck: false$/m.test(text) || name === 'index.mdx') continue;
    writeFileSync(path.join(dest, name.replace(/\.mdx$/, '-again.mdx')), pageAgain(text, projectRoot));
    doubled++;
  }
  return doubled;
}
