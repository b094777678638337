import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { slidesPlugin } from '../../../src/markdown/satteri-slides.ts';
import { glossaryLinksPlugin } from '../../../src/markdown/glossary-links.ts';

const contentDir = path.resolve('content');

async function compile(source: string, page = 'coreos', base = '/') {
  const result = await markdownToHtml(source, {
    fileURL: pathToFileURL(path.join(contentDir, `${page}.mdx`)),
    features: { directive: true },
    mdastPlugins: [slidesPlugin({ base, contentDir }), glossaryLinksPlugin({ base, contentDir })],
  });
  return result.html;
}

describe('glossary links plugin', () => {
  it('links the first use of a term on the page, inside a slide point, keeping its text', async () => {
    const html = await compile('## CoreOS\n\n- OSTree based\n\n:::notes\nOSTree again.\n:::\n');
    expect(html).toContain(
      '<li><a href="/glossary/#ostree" class="glossary-link" data-glossary="ostree">OSTree</a> based</li>',
    );
    expect(html.match(/data-glossary="ostree"/g)).toHaveLength(1);
  });

  it('leaves headings, links, code and aside titles alone', async () => {
    const html = await compile(
      '## OSTree\n\n[OSTree](https://github.com/ostreedev/ostree) and `OSTree`\n\n:::note[OSTree]\nbody\n:::\n\n```\nOSTree\n```\n',
    );
    expect(html).not.toContain('data-glossary');
  });

  it('follows the base path', async () => {
    const html = await compile('## A\n\nUses Ignition.\n', 'coreos', '/immutable-linux/');
    expect(html).toContain('href="/immutable-linux/glossary/#ignition"');
  });

  it('does not link on the glossary page itself', async () => {
    const html = await compile('## Terms\n\nIgnition and OSTree.\n', 'glossary');
    expect(html).not.toContain('data-glossary');
  });
});
