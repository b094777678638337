/**
 * One QR code per slide, pointing at the slide's section in the docs at the public address
 * (SITE_URL). Shown on demand by src/deck/slide-qr.ts. The slides come from the one list of
 * slides (src/content/slides.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { talkParts } from '../../../content/slides.ts';
import { docsHref } from '../../../markdown/paths.ts';
import { qrSvg } from '../../../deck/qr-svg.ts';
import { publicAddress } from '../../../deck/public-url.ts';

export const getStaticPaths = (async () =>
  (await talkParts()).flatMap((part) =>
    part.slides.map((slide) => ({
      params: { slide: slide.id },
      props: { href: docsHref(import.meta.env.BASE_URL, part.id, slide.id) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const url = publicAddress(props.href as string, site);
  return new Response(await qrSvg(url), { headers: { 'Content-Type': 'image/svg+xml' } });
};
