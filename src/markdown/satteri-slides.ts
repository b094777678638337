/**
 * The Sätteri mdast plugin that turns a talk page into slides, once, for both views.
 *
 * Every page in `content/` is compiled to one HTML: each slide becomes
 * `<section class="slide" data-slide="id">`, `:::notes` becomes `<aside class="notes">`,
 * `:::docs` / `:::deck` become `div.docs-only` / `div.deck-only`, and each slide carries its two
 * cross-links. The deck layout and the docs layout decide with CSS what each view shows.
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
}

export function slidesPlugin({ base, contentDir }: SlidePluginOptions) {
  const contentRoot = path.resolve(contentDir);
  return ({ fileURL }: { fileURL?: URL }) => {
    if (!fileURL) return null;
    const filePath = fileURLToPath(fileURL);
    if (!filePath.startsWith(contentRoot + path.sep)) return null;
    const relFile = path.relative(process.cwd(), filePath);
    const pageSlug = pageSlugFromPath(filePath, path.basename(contentRoot)) ?? '';
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
        const { tag, className } = SLIDE_DIRECTIVES[name];
        const props: Record<string, unknown> = { className: [className] };
        if (name === 'notes') {
          props['aria-label'] = 'Speaker notes';
          // `:::notes{timing=120}`: the slide's time in seconds, for the speaker view's pacing.
          const timing = (node as { attributes?: Record<string, string | null> }).attributes?.timing;
          if (timing != null && !/^[1-9]\d*$/.test(timing))
            fail(node, `":::notes{timing=${timing}}": the slide's time is whole seconds, e.g. timing=120`);
          if (timing != null) props['data-timing'] = timing;
        }
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
        const all = [...problems, ...(plan?.errors ?? [])].sort((a, b) => a.line - b.line || a.column - b.column);
        if (all.length) throw new ContentError(relFile, all);
        if (!plan) return;
        const sections = plan.slides.map((slide) => {
          const links = element('p', { className: ['slide-links'], 'data-pagefind-ignore': '' }, [
            link(slideHref(base, slide.id), 'present-link', 'Present from here'),
            link(docsHref(base, pageSlug, slide.id), 'docs-link', 'Read in the docs'),
          ]);
          const nodes: unknown[] = slide.nodes.map((n) =>
            n.type === 'heading' ? { ...n, data: { ...(n.data ?? {}), hProperties: { id: idOf(n) } } } : n,
          );
          nodes.splice(slide.headingIndex + 1, 0, links);
          const props: Record<string, unknown> = {
            className: ['slide'],
            'data-slide': slide.id,
            'data-line': slide.line,
          };
          return element('section', props, nodes);
        });
        ctx.replaceNode(root, { type: 'root', children: [...plan.keep, ...sections] });
      },
    };
  };
}
