import { describe, it, expect } from 'vitest';
import { planSlides, type PlanNode } from '../../../src/markdown/slide-plan.ts';

const at = (line: number) => ({ start: { line, column: 1 } });
const heading = (text: string, line: number) => ({ type: 'heading', depth: 2, text, position: at(line) });
const para = (line: number) => ({ type: 'paragraph', position: at(line) });
const hr = (line: number) => ({ type: 'thematicBreak', position: at(line) });
const idOf = (n: PlanNode & { text?: string }) => (n.text ?? '').toLowerCase();

describe('planSlides', () => {
  it('splits at thematic breaks and keeps imports at the root', () => {
    const plan = planSlides([{ type: 'mdxjsEsm' }, heading('One', 3), para(5), hr(7), heading('Two', 9)], idOf);
    expect(plan.keep).toHaveLength(1);
    expect(plan.slides.map((s) => s.id)).toEqual(['one', 'two']);
    expect(plan.slides[0].nodes).toHaveLength(2);
    expect(plan.errors).toEqual([]);
  });

  it('ignores a leading separator after the imports', () => {
    const plan = planSlides([{ type: 'mdxjsEsm' }, hr(2), heading('One', 4)], idOf);
    expect(plan.slides).toHaveLength(1);
    expect(plan.errors).toEqual([]);
  });

  it('refuses a slide without a ## title, at its first line', () => {
    const sub = { type: 'heading', depth: 3, text: 'Sub', position: at(5) };
    const plan = planSlides([heading('One', 1), hr(3), sub, para(7)], idOf);
    expect(plan.slides.map((s) => s.id)).toEqual(['one']);
    expect(plan.errors).toEqual([{ line: 5, column: 1, message: expect.stringMatching(/slide 2 has no `##` title/) }]);
  });

  it('refuses a second ## heading in one slide, at that heading', () => {
    const plan = planSlides([heading('One', 1), para(3), heading('Two', 5)], idOf);
    expect(plan.errors).toEqual([
      { line: 5, column: 1, message: expect.stringMatching(/slide 1 has a second `##` heading: put `---` before it/) },
    ]);
  });

  it('reports an empty slide at its separator', () => {
    const plan = planSlides([heading('One', 1), hr(3), hr(5), heading('Two', 7)], idOf);
    expect(plan.errors).toEqual([{ line: 3, column: 1, message: expect.stringMatching(/slide 2 is empty/) }]);
  });

  it('reports a slide with only notes', () => {
    const notes = { type: 'containerDirective', name: 'notes', position: at(5) };
    const plan = planSlides([heading('One', 1), hr(3), notes], idOf);
    expect(plan.errors[0].message).toMatch(/has only speaker notes/);
  });
});
