import { describe, it, expect } from 'vitest';
import { createGlossaryMatcher, isInsideUnlinkable } from '../../../src/markdown/glossary-match.ts';

const terms = [
  { slug: 'ostree', forms: ['OSTree'] },
  { slug: 'btrfs-subvolume', forms: ['Btrfs subvolume', 'subvolume', 'subvolumes'] },
  { slug: 'k3s', forms: ['k3s'] },
  { slug: 'pinning', forms: ['pinning', 'pin'], pages: ['coreos'] },
];
const { split } = createGlossaryMatcher(terms);

describe('glossary matching', () => {
  it('links the first use of a term and keeps every character of the text', () => {
    const used = new Set<string>();
    const segments = split('OSTree based, and OSTree again', 'coreos', used);
    expect(segments).toEqual([{ text: 'OSTree', slug: 'ostree' }, { text: ' based, and OSTree again' }]);
    expect(segments.map((s) => s.text).join('')).toBe('OSTree based, and OSTree again');
    expect(split('more OSTree', 'coreos', used)).toEqual([{ text: 'more OSTree' }]);
  });

  it('matches in any case and prefers the longest form', () => {
    expect(split('a btrfs subvolume here', 'microos', new Set())).toEqual([
      { text: 'a ' },
      { text: 'btrfs subvolume', slug: 'btrfs-subvolume' },
      { text: ' here' },
    ]);
  });

  it('matches whole words only, not parts of names, paths or domains', () => {
    const used = new Set<string>();
    expect(split('the k3s-service unit, k3s.io and /usr/k3s/bin', 'k3os', used)).toEqual([
      { text: 'the k3s-service unit, k3s.io and /usr/k3s/bin' },
    ]);
    expect(split('Runs k3s.', 'k3os', used)).toEqual([{ text: 'Runs ' }, { text: 'k3s', slug: 'k3s' }, { text: '.' }]);
  });

  it('links a restricted term only on its pages', () => {
    expect(split('Deploy, Pin, Rollback', 'microos', new Set())).toEqual([{ text: 'Deploy, Pin, Rollback' }]);
    expect(split('Deploy, Pin, Rollback', 'coreos', new Set())).toEqual([
      { text: 'Deploy, ' },
      { text: 'Pin', slug: 'pinning' },
      { text: ', Rollback' },
    ]);
  });

  it('links several different terms in one text', () => {
    const out = split('k3s on a subvolume', 'x', new Set());
    expect(out.filter((s) => 'slug' in s).map((s) => (s as { slug: string }).slug)).toEqual(['k3s', 'btrfs-subvolume']);
  });

  it('refuses one form shared by two terms', () => {
    expect(() =>
      createGlossaryMatcher([
        { slug: 'a', forms: ['x'] },
        { slug: 'b', forms: ['X'] },
      ]),
    ).toThrow(/both "a" and "b"/);
  });
});

describe('places that never get a glossary link', () => {
  it('skips headings, links, code and aside titles, and allows prose, lists and notes', () => {
    expect(isInsideUnlinkable([{ type: 'heading' }])).toBe(true);
    expect(isInsideUnlinkable([{ type: 'emphasis' }, { type: 'link' }])).toBe(true);
    expect(isInsideUnlinkable([{ type: 'paragraph', data: { directiveLabel: true } }])).toBe(true);
    expect(isInsideUnlinkable([{ type: 'mdxJsxTextElement' }])).toBe(true);
    expect(isInsideUnlinkable([{ type: 'paragraph', data: { hName: 'h3' } }])).toBe(true);
    expect(isInsideUnlinkable([{ type: 'paragraph' }, { type: 'listItem' }, { type: 'list' }, { type: 'root' }])).toBe(
      false,
    );
    expect(isInsideUnlinkable([{ type: 'paragraph' }, { type: 'paragraph', data: { hName: 'aside' } }])).toBe(false);
  });

  it("links the page's own text inside the slides plugin's view parts, never inside an author's JSX", () => {
    const slide = { type: 'mdxJsxFlowElement', name: 'TalkSlide' };
    expect(isInsideUnlinkable([{ type: 'paragraph' }, slide])).toBe(false);
    expect(isInsideUnlinkable([{ type: 'paragraph' }, { type: 'mdxJsxFlowElement', name: 'DocsOnly' }, slide])).toBe(
      false,
    );
    expect(isInsideUnlinkable([{ type: 'paragraph' }, { type: 'mdxJsxFlowElement', name: 'RunButton' }, slide])).toBe(
      true,
    );
  });
});
