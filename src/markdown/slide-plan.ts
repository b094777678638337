/**
 * Pure planning step of the slide split: which top-level nodes form which slide, what each slide
 * is called, and what is wrong with the file. Kept free of the Markdown processor so it can be
 * unit-tested on plain objects.
 */
export interface PlanNode {
  type: string;
  depth?: number;
  name?: string;
  data?: { hProperties?: { className?: unknown } };
  position?: { start: { line: number; column: number } };
}

export interface PlannedSlide<N extends PlanNode> {
  /** Readable id used in the deck URL (`#/coreos`) and as the docs anchor. */
  id: string;
  /** The nodes of the slide, in order, without the separators. */
  nodes: N[];
  /** Index in `nodes` of the `##` heading that names the slide. */
  headingIndex: number;
  line: number;
}

export interface SlidePlan<N extends PlanNode> {
  /** Nodes that must stay at the root (frontmatter, MDX imports/exports). */
  keep: N[];
  slides: PlannedSlide<N>[];
  errors: { line: number; column: number; message: string }[];
}

const ROOT_ONLY = new Set(['yaml', 'toml', 'mdxjsEsm']);
/** Nodes that put nothing on a slide by themselves. */
const INVISIBLE = new Set(['definition', 'footnoteDefinition']);

/** Speaker notes, before or after the directive visitor turned them into an aside. */
function isNotes(node: PlanNode): boolean {
  if (node.type === 'containerDirective') return node.name === 'notes';
  const className = node.data?.hProperties?.className;
  return Array.isArray(className) && className.includes('notes');
}

export function planSlides<N extends PlanNode>(
  children: readonly N[],
  /** The id the page gives a heading (its anchor). */
  headingId: (heading: N) => string,
): SlidePlan<N> {
  const keep: N[] = [];
  const groups: { nodes: N[]; line: number; column: number }[] = [{ nodes: [], line: 1, column: 1 }];
  const errors: SlidePlan<N>['errors'] = [];

  for (const node of children) {
    if (ROOT_ONLY.has(node.type)) {
      keep.push(node);
      continue;
    }
    if (node.type === 'thematicBreak') {
      const at = node.position?.start ?? { line: 0, column: 0 };
      groups.push({ nodes: [], line: at.line, column: at.column });
      continue;
    }
    groups[groups.length - 1].nodes.push(node);
  }

  // A file may open with `---` after its imports; that leading empty group is not a slide.
  if (groups.length > 1 && groups[0].nodes.length === 0) groups.shift();

  const usedIds = new Set<string>();
  const slides: PlannedSlide<N>[] = [];
  groups.forEach((group, index) => {
    const shown = group.nodes.filter((n) => !isNotes(n) && !INVISIBLE.has(n.type));
    if (shown.length === 0) {
      const what = group.nodes.length ? 'has only speaker notes' : 'is empty';
      errors.push({
        line: group.line,
        column: group.column,
        message: `slide ${index + 1} ${what}: put content between the \`---\` separators or remove one`,
      });
      return;
    }
    // Every slide is named by its `##` title: the title's slug is the slide's address and its
    // docs anchor, and the list of slides (src/content/slides.ts) is the list of `##` headings.
    const titles = group.nodes.filter((n) => n.type === 'heading' && n.depth === 2);
    if (titles.length !== 1) {
      const at = titles[1]?.position?.start ?? shown[0].position?.start ?? { line: group.line, column: group.column };
      errors.push({
        line: at.line,
        column: at.column,
        message: titles.length
          ? `slide ${index + 1} has a second \`##\` heading: put \`---\` before it to start a new slide, or make it \`###\``
          : `slide ${index + 1} has no \`##\` title: start it with one (its slug is the slide's address, /slides/#/<slug>)`,
      });
      return;
    }
    const headingIndex = group.nodes.indexOf(titles[0]);
    const id = headingId(titles[0]);
    if (usedIds.has(id)) {
      errors.push({ line: group.line, column: group.column, message: `two slides are both called "${id}"` });
      return;
    }
    usedIds.add(id);
    const first = shown[0].position?.start.line ?? group.line;
    slides.push({ id, nodes: group.nodes, headingIndex, line: first });
  });

  return { keep, slides, errors };
}
