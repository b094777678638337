/**
 * Pure logic of the glossary links: which words of a text are uses of a glossary term, and which
 * places in a Markdown tree must never get a link. Kept free of the Markdown processor so it can
 * be unit-tested on plain strings and objects.
 */
import { VIEW_PARTS } from './vocabulary.ts';

export interface MatchableTerm {
  /** The glossary anchor the use links to. */
  slug: string;
  /** The term and its other forms, matched as whole words in any case. */
  forms: string[];
  /** Page slugs where the term may be linked; undefined means every page. */
  pages?: string[];
}

export type Segment = { text: string } | { text: string; slug: string };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher over all terms. Longer forms win ("Btrfs subvolume" before "subvolume"), and a match
 * must not touch a letter, digit, hyphen, slash or dot on either side, so `k3s` is not found in
 * `k3s-service` and `OCI` is not found in `/x/OCI.d`.
 */
export function createGlossaryMatcher(terms: readonly MatchableTerm[]) {
  const slugOfForm = new Map<string, string>();
  const pagesOfSlug = new Map<string, string[] | undefined>();
  for (const t of terms) {
    pagesOfSlug.set(t.slug, t.pages);
    for (const f of t.forms) {
      const key = f.toLowerCase();
      if (slugOfForm.has(key) && slugOfForm.get(key) !== t.slug) {
        throw new Error(`glossary: "${f}" is a form of both "${slugOfForm.get(key)}" and "${t.slug}"`);
      }
      slugOfForm.set(key, t.slug);
    }
  }
  const forms = [...slugOfForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = forms.length
    ? new RegExp(`(?<![\\p{L}\\p{N}_/.-])(${forms.join('|')})(?![\\p{L}\\p{N}_/-]|\\.[\\p{L}\\p{N}])`, 'giu')
    : null;

  /**
   * Splits `text` into plain and linked segments: only the first use of each term, only terms
   * allowed on `page`, and never a term already in `used` (which is updated).
   */
  function split(text: string, page: string, used: Set<string>): Segment[] {
    if (!pattern) return [{ text }];
    const out: Segment[] = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      const slug = slugOfForm.get(m[1].toLowerCase())!;
      const pages = pagesOfSlug.get(slug);
      if (used.has(slug) || (pages && !pages.includes(page))) continue;
      used.add(slug);
      if (m.index! > last) out.push({ text: text.slice(last, m.index) });
      out.push({ text: m[1], slug });
      last = m.index! + m[1].length;
    }
    if (last < text.length) out.push({ text: text.slice(last) });
    return out.length ? out : [{ text }];
  }

  return { split };
}

/** A node on the way from the root to a text node, as far as the skip rule needs it. */
export interface AncestorLike {
  type: string;
  /** A JSX element's component name. */
  name?: string | null;
  data?: { directiveLabel?: boolean; hName?: string; hProperties?: Record<string, unknown> } | null;
}

/** Node types whose text is never linked: headings (anchors, TOC), existing links, code. */
const SKIP_TYPES = new Set(['heading', 'link', 'linkReference', 'code', 'inlineCode']);

/** JSX that the slides plugin made is the page's own text (a slide, a docs-only passage). */
const TEXT_PARTS: ReadonlySet<string | null | undefined> = new Set(VIEW_PARTS);

/** An author's JSX (a simulator, a button) renders its children its own way: never linked. */
const isAuthorJsx = (a: AncestorLike) =>
  (a.type === 'mdxJsxFlowElement' || a.type === 'mdxJsxTextElement') && !TEXT_PARTS.has(a.name);

/** True when a text below these ancestors must stay plain text. */
export function isInsideUnlinkable(ancestors: readonly AncestorLike[]): boolean {
  return ancestors.some(
    (a) =>
      SKIP_TYPES.has(a.type) ||
      isAuthorJsx(a) ||
      // The label of an aside (`:::note[Fact check]`) is its title.
      a.data?.directiveLabel === true ||
      a.data?.hName === 'a' ||
      /^h[1-6]$/.test(a.data?.hName ?? ''),
  );
}
