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
import GithubSlugger from 'github-slugger';
import { planSlides, type PlanNode } from './slide-plan.ts';
import {
  SLIDE_DIRECTIVES,
  isKnownContainerDirective,
  isSlideDirective,
  knownDirectivesList,
  LEAF_DIRECTIVES,
} from './vocabulary.ts';
import { docsHref, pageSlugFromPath, slideHref, withBase } from './paths.ts';

export class ContentError extends Error {
  constructor(file: string, line: number, column: number, message: string) {
    super(`${file}:${line}:${column}: ${message}`);
    this.name = 'ContentError';
  }
}

type AnyNode = PlanNode & { children?: AnyNode[]; url?: string; value?: string; data?: Record<string, unknown> };

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
    const fail = (node: AnyNode | undefined, message: string): never => {
      const at = node?.position?.start ?? { line: 1, column: 1 };
      throw new ContentError(relFile, at.line, at.column, message);
    };

    // Heading ids are given here, in document order, so the anchor a reader links to and the slide
    // id in the deck URL are the same string by construction.
    const slugger = new GithubSlugger();
    const headingIds = new Map<string, string>();
    const key = (n: AnyNode) => `${n.position?.start.line}:${n.position?.start.column}`;
    const idOf = (n: AnyNode) => headingIds.get(key(n)) ?? '';

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
      heading(node: AnyNode, ctx: any) {
        const id = slugger.slug(ctx.textContent(node));
        headingIds.set(key(node), id);
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
        if (frontmatter.deck === false) return;
        const plan = planSlides(root.children, idOf, pageSlug);
        if (plan.errors.length) {
          const first = plan.errors[0];
          throw new ContentError(relFile, first.line, first.column, first.message);
        }
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
          // A slide without a heading has no anchor of its own; the section carries the id.
          if (slide.headingIndex < 0) props.id = slide.id;
          return element('section', props, nodes);
        });
        // The deck checks that slide ids are unique across pages, and tests read them from here.
        if (ctx.data?.astro?.frontmatter) ctx.data.astro.frontmatter.slideIds = plan.slides.map((s) => s.id);
        ctx.replaceNode(root, { type: 'root', children: [...plan.keep, ...sections] });
      },
    };
  };
}
