/**
 * Stops the build when a link an author wrote in content/ leads nowhere: a page that was not
 * built, or an anchor that the target page does not have. It runs the site's link checker
 * (scripts/check-links.mjs) over the built docs pages, only over the Markdown content, and names
 * the source file and line of each broken link with what to do. (The e2e link gate still checks
 * every link of every page, generated ones included.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks } from '../../scripts/check-links.mjs';
import { PDF_FILES } from '../deck/pdf-files.ts';
import { pageSlugFromPath } from '../markdown/paths.ts';

export interface BrokenContentLink {
  /** The content file, relative to the working directory. */
  file: string;
  line: number;
  url: string;
  message: string;
}

/** Content files (not drafts, which start with `_`) by the built page that shows them. */
export function contentPages(contentDir: string): Map<string, string> {
  const root = path.resolve(contentDir);
  const pages = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/^[^_].*\.mdx?$/.test(name)) {
        const slug = pageSlugFromPath(full, path.basename(root)) ?? '';
        pages.set(slug ? `${slug}/index.html` : 'index.html', full);
      }
    }
  };
  walk(root);
  return pages;
}

/** The line of `source` where the author wrote `href` (with or without the base path), or 0. */
export function lineOfLink(source: string, href: string, base: string): number {
  const written = [href];
  if (base !== '/' && href.startsWith(base)) written.push(`/${href.slice(base.length)}`);
  const lines = source.split('\n');
  for (const candidate of written) {
    const at = lines.findIndex((l) => l.includes(`](${candidate}`) || l.includes(`"${candidate}"`));
    if (at >= 0) return at + 1;
  }
  for (const candidate of written) {
    const at = lines.findIndex((l) => l.includes(candidate));
    if (at >= 0) return at + 1;
  }
  return 0;
}

function advice(problem: string): string {
  if (problem.startsWith('no element with id'))
    return `${problem} on that page; link to an existing heading's anchor (the slug of its title) or fix the page`;
  if (problem.startsWith('no slide')) return `${problem}; a slide's id is the slug of its \`##\` heading`;
  if (problem === 'no such file in the build')
    return 'no page is built at that address; fix the address or add the page';
  return problem;
}

export function brokenContentLinks(opts: { distDir: string; base: string; contentDir: string }): BrokenContentLink[] {
  const pages = contentPages(opts.contentDir);
  // The PDFs are printed from the built site right after this check (scripts/pdf.mjs).
  const madeLater = new Set(Object.values(PDF_FILES).map((f) => `slides/${f}`));
  const { broken } = checkLinks({
    distDir: opts.distDir,
    base: opts.base,
    scope: (from: string) => (pages.has(from) ? '.sl-markdown-content' : null),
    ignore: (sitePath: string) => madeLater.has(sitePath),
  });
  const seen = new Set<string>();
  return broken.flatMap(({ from, url, problem }: { from: string; url: string; problem: string }) => {
    const source = pages.get(from);
    if (!source || seen.has(`${from} ${url}`)) return [];
    seen.add(`${from} ${url}`);
    return [
      {
        file: path.relative(process.cwd(), source),
        line: lineOfLink(readFileSync(source, 'utf8'), url, opts.base) || 1,
        url,
        message: advice(problem),
      },
    ];
  });
}

/** The Astro integration: after the build, before the PDFs and the search index are used. */
export function contentLinkCheck(opts: { base: string; contentDir: string }): AstroIntegration {
  return {
    name: 'content-link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        if (!existsSync(distDir)) return;
        const broken = brokenContentLinks({ distDir, base: opts.base, contentDir: opts.contentDir });
        if (broken.length === 0) {
          logger.info('every link written in the content leads to a page and anchor that exist');
          return;
        }
        const list = broken.map((b) => `${b.file}:${b.line}: the link "${b.url}" is broken: ${b.message}`);
        throw new Error(`${broken.length} broken link(s) in the content:\n${list.join('\n')}`);
      },
    },
  };
}
