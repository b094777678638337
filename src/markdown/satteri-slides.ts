/**
 * The Sätteri mdast plugin that turns a talk page into slides, once, for both views.
 *
 * Every page in `content/` is compiled once, for both views. What the views render differently is
 * emitted as MDX components that each view supplies (src/markdown/vocabulary.ts, VIEW_PARTS): each
 * slide becomes `<TalkSlide id="coreos" docsHref="/coreos/#coreos">`, `:::docs` / `:::deck` become
 * `<DocsOnly>` / `<DeckOnly>`, and each slide's speaker notes end with `<NotesDocsLink>`. The page
 * imports the docs view's components as its defaults (src/components/views/docs-view.ts); the deck
 * renders it with its own (src/components/views/deck-view.ts). `:::notes` becomes
 * `<aside class="notes">` in both, and each slide carries its two cross-links.
 *
 * Mistakes an author can make (an unknown directive, an empty slide, two slides with one name)
 * stop the build with the file, line and column.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import GithubSlugger, { slug as plainSlug } from 'github-slugger';
import { planSlides, type PlanNode } from './slide-plan.ts';
import {
  SLIDE_DIRECTIVES,
  isKnownContainerDirective,
  isSlideDirective,
  knownDirectivesList,
  LEAF_DIRECTIVES,
  type ViewPart,
} from './vocabulary.ts';
import { docsHref, pageSlugFromPath, slideHref, withBase } from './paths.ts';
import { SYSTEM_IDS, isSystemId } from '../systems/registry.ts';

export interface ContentProblem {
  line: number;
  column: number;
  message: string;
}

/** One or more mistakes in a content file, each as `file:line:column: what to do`. */
export class ContentError extends Error {
  constructor(file: string, problems: ContentProblem[]) {
    super(problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    this.name = 'ContentError';
  }
}

type AnyNode = PlanNode & {
  children?: AnyNode[];
  url?: string;
  value?: string;
  data?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
};

/** A heading as the page names it: its text, its anchor, and the anchor it would have alone. */
interface HeadingRecord {
  depth: number;
  text: string;
  id: string;
  plain: string;
  line: number;
}

const element = (tag: string, props: Record<string, unknown>, children: unknown[]) => ({
  type: 'paragraph',
  data: { hName: tag, hProperties: props },
  children,
});

/** A view-specific part (see VIEW_PARTS), as an MDX component with string attributes. */
const viewPart = (name: ViewPart, props: Record<string, string | boolean>, children: unknown[] = []) => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(props).map(([attr, value]) => ({
    type: 'mdxJsxAttribute',
    name: attr,
    value: value === true ? null : value,
  })),
  children,
});

const link = (href: string, className: string, text: string) => ({
  type: 'link',
  url: href,
  data: { hProperties: { className: [className] } },
  children: [{ type: 'text', value: text }],
});

export interface SlidePluginOptions {
  /** The site's base path, e.g. `/immutable-linux/`. */
  base: string;
  /** Absolute path of the content folder. */
  contentDir: string;
  /**
   * Absolute path of the module whose `docsView` export holds the docs view's components: every
   * MDX page in the content folder imports it as its default `components`.
   */
  docsView: string;
}

/** The name the page gives the imported docs view; MDX keeps it out of the author's way. */
const DOCS_VIEW_LOCAL = '__talkDocsView';

export function slidesPlugin({ base, contentDir, docsView }: SlidePluginOptions) {
  const contentRoot = path.resolve(contentDir);
  return ({ fileURL, sourceFormat }: { fileURL?: URL; sourceFormat?: 'markdown' | 'mdx' }) => {
    if (!fileURL) return null;
    const filePath = fileURLToPath(fileURL);
    if (!filePath.startsWith(contentRoot + path.sep)) return null;
    const relFile = path.relative(process.cwd(), filePath);
    const pageSlug = pageSlugFromPath(filePath, path.basename(contentRoot)) ?? '';
    // Components need MDX: a plain Markdown page can only be read in the docs (`deck: false`).
    const mdx = sourceFormat !== 'markdown';
    const where = (node: AnyNode | undefined) => node?.position?.start ?? { line: 1, column: 1 };
    /** Stops at once (the rest of the file cannot be read as intended). */
    const fail = (node: AnyNode | undefined, message: string): never => {
      throw new ContentError(relFile, [{ ...where(node), message }]);
    };
    /** Collects a mistake; the file's mistakes are reported together at the end. */
    const problems: ContentProblem[] = [];
    const report = (node: AnyNode | undefined, message: string) => problems.push({ ...where(node), message });

    // Heading ids are given here, in document order, so the anchor a reader links to and the slide
    // id in the deck URL are the same string by construction.
    const slugger = new GithubSlugger();
    const headings = new Map<string, HeadingRecord>();
    const key = (n: AnyNode) => `${n.position?.start.line}:${n.position?.start.column}`;
    const idOf = (n: AnyNode) => headings.get(key(n))?.id ?? '';
    /**
     * A slide's id is its heading's anchor. When an earlier heading of the page (a `###` in a
     * `:::docs` passage, or another slide) has the same title, the slugger renames the slide
     * (`fedora-editions-1`), which would break shared links and printed QR codes: stop instead.
     */
    const checkSlideHeading = (heading: AnyNode) => {
      const own = headings.get(key(heading));
      if (!own || own.id === own.plain) return;
      const earlier = [...headings.values()].find((h) => h.plain === own.plain && h.line < own.line);
      report(
        heading,
        `the slide "${own.text}" would get the id "${own.id}" because the heading "${earlier?.text ?? own.text}" ` +
          `at line ${earlier?.line ?? '?'} already has the anchor "${own.plain}"; give one of them another title ` +
          "(a slide id is its heading's anchor, used in shared links and printed QR codes)",
      );
    };

    return {
      name: 'talk-slides',
      options: { position: true },
      containerDirective(node: AnyNode) {
        const name = node.name ?? '';
        if (!isKnownContainerDirective(name)) {
          fail(node, `unknown directive ":::${name}"; known: ${knownDirectivesList()}`);
        }
        if (!isSlideDirective(name)) return undefined; // Starlight makes the asides.
        if (name !== 'notes') {
          const { part, className } = SLIDE_DIRECTIVES[name];
          // In plain Markdown (docs only) the docs view's element, hidden by CSS where it is `:::deck`.
          if (!mdx) return element('div', { className: [className] }, node.children ?? []);
          return viewPart(part, { class: className }, node.children ?? []);
        }
        const { tag, className } = SLIDE_DIRECTIVES.notes;
        const props: Record<string, unknown> = { className: [className], 'aria-label': 'Speaker notes' };
        // `:::notes{timing=120}`: the slide's time in seconds, for the speaker view's pacing.
        const timing = (node as { attributes?: Record<string, string | null> }).attributes?.timing;
        if (timing != null && !/^[1-9]\d*$/.test(timing))
          fail(node, `":::notes{timing=${timing}}": the slide's time is whole seconds, e.g. timing=120`);
        if (timing != null) props['data-timing'] = timing;
        return element(tag, props, node.children ?? []);
      },
      leafDirective(node: AnyNode) {
        if (!LEAF_DIRECTIVES.includes(node.name ?? '')) {
          fail(node, `unknown directive "::${node.name}"; known: ${knownDirectivesList()}`);
        }
        return undefined;
      },
      mdxJsxFlowElement(node: AnyNode) {
        // A simulator of a system that is not registered would fail later with a bare TypeError.
        if (node.name !== 'SimMachine') return undefined;
        const system = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'system')?.value;
        if (typeof system === 'string' && !isSystemId(system)) {
          report(
            node,
            `<SimMachine system="${system}">: unknown system; use one of ${SYSTEM_IDS.join(', ')} ` +
              '(systems are registered in src/systems/registry.ts)',
          );
        }
        return undefined;
      },
      heading(node: AnyNode, ctx: any) {
        const text = ctx.textContent(node);
        const id = slugger.slug(text);
        headings.set(key(node), {
          depth: node.depth ?? 0,
          text,
          id,
          plain: plainSlug(text),
          line: node.position?.start.line ?? 0,
        });
        ctx.setProperty(node, 'data', {
          ...(node.data ?? {}),
          hProperties: { ...((node.data?.hProperties as object) ?? {}), id },
        });
        return undefined;
      },
      link(node: AnyNode) {
        // Root-relative links written by authors must follow the site's base path.
        const url = node.url ?? '';
        const prefixed = withBase(base, url);
        return prefixed === url ? undefined : { ...node, url: prefixed };
      },
      after(root: { children: AnyNode[] }, ctx: any) {
        const frontmatter = ctx.data?.astro?.frontmatter ?? {};
        const plan = frontmatter.deck === false ? undefined : planSlides(root.children, idOf);
        const titles = new Set<string>();
        for (const slide of plan?.slides ?? []) {
          const title = slide.nodes[slide.headingIndex];
          titles.add(key(title));
          checkSlideHeading(title);
        }
        // `##` names slides, and only slides (the list of slides is the list of `##` headings).
        if (plan && !plan.errors.length) {
          for (const [at, h] of headings) {
            if (h.depth !== 2 || titles.has(at)) continue;
            const [line, column] = at.split(':').map(Number);
            problems.push({
              line,
              column,
              message: `the \`##\` heading "${h.text}" is inside a block, where it starts no slide; make it \`###\``,
            });
          }
        }
        if (plan && !mdx) {
          report(root.children[0], 'a page of the deck is MDX: rename the file to .mdx (or set `deck: false`)');
        }
        const ownComponents = root.children.find(
          (n) => n.type === 'mdxjsEsm' && /\bexport\s+(const|let|var|function)\s+components\b/.test(n.value ?? ''),
        );
        if (mdx && ownComponents) {
          report(ownComponents, 'a talk page cannot export `components`: the views supply them');
        }
        const all = [...problems, ...(plan?.errors ?? [])].sort((a, b) => a.line - b.line || a.column - b.column);
        if (all.length) throw new ContentError(relFile, all);
        if (!mdx) return;
        // The docs view's components are the page's defaults; a view that renders the page passes its own.
        let specifier = path.relative(path.dirname(filePath), docsView).split(path.sep).join('/');
        if (!specifier.startsWith('.')) specifier = `./${specifier}`;
        const defaults = {
          type: 'mdxjsEsm',
          value:
            `import { docsView as ${DOCS_VIEW_LOCAL} } from ${JSON.stringify(specifier)};\n` +
            `export const components = ${DOCS_VIEW_LOCAL};`,
        };
        if (!plan) {
          ctx.replaceNode(root, { type: 'root', children: [defaults, ...root.children] });
          return;
        }
        const slides = plan.slides.map((slide) => {
          const docs = docsHref(base, pageSlug, slide.id);
          const links = element('p', { className: ['slide-links'], 'data-pagefind-ignore': '' }, [
            link(slideHref(base, slide.id), 'present-link', 'Present from here'),
            link(docs, 'docs-link', 'Read in the docs'),
          ]);
          // The notes end with the slide's docs address (the deck shows it in the speaker view).
          let hasNotes = false;
          const nodes: unknown[] = slide.nodes.map((n) => {
            if (n.type === 'heading') return { ...n, data: { ...(n.data ?? {}), hProperties: { id: idOf(n) } } };
            if (!isNotesAside(n)) return n;
            hasNotes = true;
            return { ...n, children: [...(n.children ?? []), viewPart('NotesDocsLink', { href: docs })] };
          });
          if (!hasNotes) nodes.push(viewPart('NotesDocsLink', { href: docs, standalone: true }));
          nodes.splice(slide.headingIndex + 1, 0, links);
          return viewPart('TalkSlide', { id: slide.id, line: String(slide.line), docsHref: docs }, nodes);
        });
        ctx.replaceNode(root, { type: 'root', children: [defaults, ...plan.keep, ...slides] });
      },
    };
  };
}

/** The speaker notes as the directive visitor made them (`<aside class="notes">`). */
function isNotesAside(node: AnyNode): boolean {
  const className = (node.data?.hProperties as { className?: unknown } | undefined)?.className;
  return node.data?.hName === 'aside' && Array.isArray(className) && className.includes('notes');
}
