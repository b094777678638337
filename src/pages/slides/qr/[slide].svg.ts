/**
 * One QR code per slide, pointing at the slide's section in the docs at the public address
 * (SITE_URL). Shown on demand by src/deck/slide-qr.ts. A slide's id is its `##` heading's anchor.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { render } from 'astro:content';
import { deckPages } from '../../../content/talk.ts';
import { docsHref } from '../../../markdown/paths.ts';
import { qrSvg } from '../../../deck/qr-svg.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const entry of await deckPages()) {
    const { headings } = await render(entry);
    for (const heading of headings.filter((h) => h.depth === 2)) {
      paths.push({
        params: { slide: heading.slug },
        props: { href: docsHref(import.meta.env.BASE_URL, entry.id, heading.slug) },
      });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const url = new URL(props.href as string, site).href;
  return new Response(await qrSvg(url), { headers: { 'Content-Type': 'image/svg+xml' } });
};
