import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { slidesPlugin } from '../../../src/markdown/satteri-slides.ts';
import { compileTalkPage, contentDir, DOCS_VIEW } from './render-mdx.ts';

const fileURL = pathToFileURL(path.join(contentDir, 'example.mdx'));
const plugin = (base = '/') => slidesPlugin({ base, contentDir, docsView: DOCS_VIEW });
const compile = async (source: string, base = '/') => (await compileTalkPage(source, { base })).html;

describe('slides plugin', () => {
  it('wraps each slide in a view part named after its heading, with both cross-links', async () => {
    const html = await compile('## Deploy, Pin, Rollback\n\n- one\n\n---\n\n## Next one\n\ntext\n');
    expect(html).toContain(
      '<TalkSlide id="deploy-pin-rollback" line="1" docsHref="/example/#deploy-pin-rollback"><h2 id="deploy-pin-rollback">',
    );
    expect(html).toContain('href="/slides/#/deploy-pin-rollback"');
    expect(html).toContain('href="/example/#next-one"');
    expect(html.match(/<TalkSlide/g)).toHaveLength(2);
  });

  it("makes the docs view the page's default components, imported from the module it is given", async () => {
    const { defaults, docsDefaults } = await compileTalkPage('## A\n\ntext\n');
    expect(defaults).toBe(docsDefaults);
    const { code } = await mdxToJs('## A\n\ntext\n', { fileURL, mdastPlugins: [plugin()] });
    expect(code).toContain('from "../src/components/views/docs-view.ts"');
  });

  it('turns :::notes into an aside, :::docs and :::deck into the parts each view renders its own way', async () => {
    const html = await compile(
      '## A\n\npoint\n\n:::notes\nsaid aloud\n:::\n\n:::docs\nread later\n:::\n\n:::deck\nbig\n:::\n',
    );
    expect(html).toMatch(/<aside class="notes" aria-label="Speaker notes"><p>said aloud<\/p>/);
    expect(html).toContain('<DocsOnly class="docs-only"><p>read later</p></DocsOnly>');
    expect(html).toContain('<DeckOnly class="deck-only"><p>big</p></DeckOnly>');
  });

  it("ends each slide's notes with its docs address, and gives a slide without notes the address alone", async () => {
    const html = await compile('## A\n\npoint\n\n:::notes\nsaid\n:::\n\nafter\n\n---\n\n## B\n\nno notes\n');
    expect(html).toContain('<p>said</p><NotesDocsLink href="/example/#a"></NotesDocsLink></aside>');
    expect(html).toContain('<p>no notes</p><NotesDocsLink href="/example/#b" standalone></NotesDocsLink></TalkSlide>');
  });

  it('refuses a plain Markdown page in the deck, where the views need components', async () => {
    const md = async (frontmatter: Record<string, unknown>) =>
      markdownToHtml('## A\n\ntext\n\n:::docs\nmore\n:::\n', {
        fileURL: pathToFileURL(path.join(contentDir, 'plain.md')),
        features: { directive: true },
        data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
        mdastPlugins: [plugin()],
      });
    await expect(md({})).rejects.toThrow(/plain\.md:1:1: a page of the deck is MDX: rename the file to \.mdx/);
    // Read only in the docs, a Markdown page keeps its docs-only passages as the docs show them.
    expect((await md({ deck: false })).html).toMatch(/<div class="docs-only">\s*<p>more<\/p>/);
  });

  it('refuses a page that exports its own components, which the views supply', async () => {
    await expect(compile('export const components = {};\n\n## A\n\ntext\n')).rejects.toThrow(
      /example\.mdx:1:1: a talk page cannot export `components`/,
    );
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

  it('refuses two slides with the same title, naming both lines', async () => {
    await expect(compile('## Same\n\na\n\n---\n\n## Same\n\nb\n')).rejects.toThrow(
      /example\.mdx:7:1: the slide "Same" would get the id "same-1" because the heading "Same" at line 1 already has the anchor "same"/,
    );
  });

  it('refuses a slide renamed by a docs-only heading of the same title above it', async () => {
    const source = '## A\n\na\n\n:::docs\n### Editions\n\nmore\n:::\n\n---\n\n## Editions\n\nb\n';
    await expect(compile(source)).rejects.toThrow(
      /example\.mdx:13:1: the slide "Editions" would get the id "editions-1" because the heading "Editions" at line 6/,
    );
  });

  it('lets a docs-only heading repeat a slide title that comes before it', async () => {
    const html = await compile('## Editions\n\na\n\n:::docs\n### Editions\n\nmore\n:::\n');
    expect(html).toContain('<TalkSlide id="editions"');
    expect(html).toContain('id="editions-1"');
  });

  it('refuses a slide without a ## title', async () => {
    await expect(compile('## A\n\ntext\n\n---\n\njust a picture\n')).rejects.toThrow(
      /example\.mdx:7:1: slide 2 has no `##` title: start it with one/,
    );
  });

  it('refuses a ## heading inside a block, and reports every mistake of the file at once', async () => {
    const source = '## A\n\ntext\n\n:::docs\n## Deep\n\nmore\n:::\n\n---\n\n## A\n\nagain\n';
    await expect(compile(source)).rejects.toThrow(
      /example\.mdx:6:1: the `##` heading "Deep" is inside a block, where it starts no slide; make it `###`\n.*example\.mdx:13:1: the slide "A" would get the id "a-1"/,
    );
  });

  it('names the file and line of a simulator of an unknown system, and lists the known ones', async () => {
    const mdx = async (system: string) =>
      mdxToJs(`## Try it\n\ntext\n\n<SimMachine system="${system}" />\n`, { fileURL, mdastPlugins: [plugin()] });
    await expect(mdx('bogus')).rejects.toThrow(
      /example\.mdx:5:1: <SimMachine system="bogus">: unknown system; use one of fcos, microos, k3os, nixos/,
    );
    await expect(mdx('fcos')).resolves.toBeTruthy();
  });

  it('leaves files outside content/ alone', async () => {
    const result = await markdownToHtml('## A\n\n---\n\n', {
      fileURL: pathToFileURL('/elsewhere/readme.md'),
      mdastPlugins: [plugin()],
    });
    expect(result.html).not.toContain('<section');
  });
});
