/**
 * Where each glossary term is used: the glossary page lists, under each term, the pages whose text
 * uses it (by the same matcher as the automatic glossary links, src/markdown/glossary-match.ts),
 * so a reader can go from a definition back to the places that need it.
 */
import { createGlossaryMatcher } from '../../markdown/glossary-match.ts';
import { GLOSSARY_TERMS } from '../../markdown/glossary-links.ts';

export interface ContentPage {
  /** The page's slug, e.g. `coreos`. */
  slug: string;
  title: string;
  /** The MDX source. */
  text: string;
}

/** The readable text of an MDX page: no frontmatter, imports, code, JSX tags or link targets. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

/** Term slug -> the pages (in the given order) that use the term. */
export function glossaryBacklinks(pages: readonly ContentPage[]): Map<string, ContentPage[]> {
  const matcher = createGlossaryMatcher(GLOSSARY_TERMS);
  const uses = new Map<string, ContentPage[]>();
  for (const page of pages) {
    const used = new Set<string>();
    matcher.split(proseOf(page.text), page.slug, used);
    for (const slug of used) uses.set(slug, [...(uses.get(slug) ?? []), page]);
  }
  return uses;
}
