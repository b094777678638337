import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { slidesPlugin } from '../../../src/markdown/satteri-slides.ts';

const contentDir = path.resolve('content');
const fileURL = pathToFileURL(path.join(contentDir, 'example.mdx'));

async function compile(source: string, base = '/') {
  const result = await markdownToHtml(source, {
    fileURL,
    features: { directive: true },
    mdastPlugins: [slidesPlugin({ base, contentDir })],
  });
  return result.html;
}

describe('slides plugin', () => {
  it('wraps each slide in a section named after its heading, with both cross-links', async () => {
    const html = await compile('## Deploy, Pin, Rollback\n\n- one\n\n---\n\n## Next one\n\ntext\n');
    expect(html).toContain('<section class="slide" data-slide="deploy-pin-rollback"');
    expect(html).toContain('id="deploy-pin-rollback"');
    expect(html).toContain('href="/slides/#/deploy-pin-rollback"');
    expect(html).toContain('href="/example/#next-one"');
    expect(html.match(/<section/g)).toHaveLength(2);
  });

  it('turns :::notes, :::docs and :::deck into the elements the two views style', async () => {
    const html = await compile(
      '## A\n\npoint\n\n:::notes\nsaid aloud\n:::\n\n:::docs\nread later\n:::\n\n:::deck\nbig\n:::\n',
    );
    expect(html).toMatch(/<aside class="notes" aria-label="Speaker notes">\s*<p>said aloud<\/p>/);
    expect(html).toMatch(/<div class="docs-only">\s*<p>read later<\/p>/);
    expect(html).toMatch(/<div class="deck-only">\s*<p>big<\/p>/);
  });

  it('prefixes root-relative links with the base path, and only those', async () => {
    const html = await compile('## A\n\n[docs](/coreos/) [out](https://nixos.org/) [rel](#a)\n', '/immutable-linux/');
    expect(html).toContain('href="/immutable-linux/coreos/"');
    expect(html).toContain('href="https://nixos.org/"');
    expect(html).toContain('href="#a"');
    expect(html).toContain('href="/immutable-linux/slides/#/a"');
  });

  it('names the file and line of an unknown directive', async () => {
    await expect(compile('## A\n\ntext\n\n:::nots\noops\n:::\n')).rejects.toThrow(
      /content\/example\.mdx:5:1: unknown directive ":::nots"/,
    );
  });

  it('names the file and line of an empty slide', async () => {
    await expect(compile('## A\n\ntext\n\n---\n\n---\n\n## B\n\nmore\n')).rejects.toThrow(
      /content\/example\.mdx:5:1: slide 2 is empty/,
    );
  });

  it('refuses a slide that holds only notes', async () => {
    await expect(compile('## A\n\ntext\n\n---\n\n:::notes\nonly words\n:::\n')).rejects.toThrow(
      /example\.mdx:5:1: slide 2 has only speaker notes/,
    );
  });

  it('gives two slides with the same heading distinct ids, as the page gives their anchors', async () => {
    const html = await compile('## Same\n\na\n\n---\n\n## Same\n\nb\n');
    expect(html).toContain('data-slide="same"');
    expect(html).toContain('data-slide="same-1"');
    expect(html).toContain('id="same-1"');
  });

  it('gives a slide without a heading an id on its section, so its docs link resolves', async () => {
    const html = await compile('## A\n\ntext\n\n---\n\njust a picture\n');
    expect(html).toContain('<section class="slide" data-slide="example-2" data-line="7" id="example-2">');
  });

  it('leaves files outside content/ alone', async () => {
    const result = await markdownToHtml('## A\n\n---\n\n', {
      fileURL: pathToFileURL('/elsewhere/readme.md'),
      mdastPlugins: [slidesPlugin({ base: '/', contentDir })],
    });
    expect(result.html).not.toContain('<section');
  });
});
