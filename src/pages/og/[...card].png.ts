/** Build-time endpoint: one PNG social card per page (see src/social/), reused from the build cache when unchanged. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cachedCard } from '../../social/card-cache.ts';
import { cardImagePath, EXTRA_CARD_PAGES } from '../../social/card-pages.ts';

const FOOTER = 'Immutable Linux · What if you cannot write to /usr';

export const getStaticPaths = (async () => {
  const docs = await getCollection('docs');
  const pages = [
    ...docs.map((entry) => ({
      path: `/${entry.id === 'index' ? '' : entry.id}/`,
      title: entry.data.title,
      kicker: entry.id === 'index' ? 'MEETUP TALK · 2021' : 'THE TALK, AS DOCS',
    })),
    ...EXTRA_CARD_PAGES,
  ];
  return pages.map((page) => ({
    params: {
      card: cardImagePath(page.path)
        .replace(/^og\//, '')
        .replace(/\.png$/, ''),
    },
    props: { title: page.title, kicker: page.kicker },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await cachedCard({ title: props.title, kicker: props.kicker, footer: FOOTER });
  // A copy typed as Uint8Array<ArrayBuffer>: Response's BodyInit does not take a view of a SharedArrayBuffer.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
