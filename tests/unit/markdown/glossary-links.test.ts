import { describe, it, expect } from 'vitest';
import { glossaryLinksPlugin } from '../../../src/markdown/glossary-links.ts';
import { compileTalkPage, contentDir } from './render-mdx.ts';

async function compile(source: string, page = 'coreos', base = '/') {
  return (await compileTalkPage(source, { page, base, after: [glossaryLinksPlugin({ base, contentDir })] })).html;
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
