/**
 * The Sätteri mdast plugin that links the first use of each glossary term on a docs page to its
 * entry on the glossary page (`/glossary/#ostree`). The terms come from src/data/glossary.ts; the
 * matching is in ./glossary-match.ts. Headings, existing links, code and the glossary page itself
 * are left alone; a linked word keeps its text, so slide points read the same.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { GLOSSARY, glossarySlug } from '../data/glossary.ts';
import { createGlossaryMatcher, isInsideUnlinkable, type AncestorLike, type MatchableTerm } from './glossary-match.ts';
import { pageSlugFromPath, withBase } from './paths.ts';

export interface GlossaryLinksOptions {
  base: string;
  contentDir: string;
  /** Pages that get no links: the glossary itself, and pages that only list sources. */
  skipPages?: string[];
}

export const GLOSSARY_TERMS: MatchableTerm[] = GLOSSARY.map((t) => ({
  slug: glossarySlug(t.term),
  forms: [t.term, ...(t.forms ?? [])],
  pages: t.pages,
}));

type TextNode = { type: 'text'; value: string };

export function glossaryLinksPlugin({
  base,
  contentDir,
  skipPages = ['glossary', 'references'],
}: GlossaryLinksOptions) {
  const contentRoot = path.resolve(contentDir);
  const matcher = createGlossaryMatcher(GLOSSARY_TERMS);
  const href = (slug: string) => withBase(base, `/glossary/#${slug}`);

  return ({ fileURL }: { fileURL?: URL }) => {
    if (!fileURL) return null;
    const filePath = fileURLToPath(fileURL);
    if (!filePath.startsWith(contentRoot + path.sep)) return null;
    const page = pageSlugFromPath(filePath, path.basename(contentRoot)) ?? '';
    if (skipPages.includes(page)) return null;
    // One set per document: "first use" is per page.
    const used = new Set<string>();

    return {
      name: 'glossary-links',
      text(node: TextNode, ctx: any) {
        const ancestors: AncestorLike[] = [];
        for (let p = ctx.parent(node); p; p = ctx.parent(p)) ancestors.push(p);
        if (isInsideUnlinkable(ancestors)) return undefined;
        const segments = matcher.split(node.value, page, used);
        if (segments.length === 1 && !('slug' in segments[0])) return undefined;
        ctx.replaceNode(
          node,
          segments.map((s) =>
            'slug' in s
              ? {
                  type: 'link',
                  url: href(s.slug),
                  data: { hProperties: { className: ['glossary-link'], 'data-glossary': s.slug } },
                  children: [{ type: 'text', value: s.text }],
                }
              : { type: 'text', value: s.text },
          ),
        );
        return undefined;
      },
    };
  };
}
