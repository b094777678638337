/**
 * Adds each docs page's build-time social card to the head that Starlight already fills, and its
 * "Last updated" date from git (see src/components/content/last-updated.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastUpdatedOf } from './components/content/last-updated.ts';
import { glossaryByLetter } from './data/glossary.ts';
import { CARD_SIZE, cardImagePath } from './social/card-pages.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const base = import.meta.env.BASE_URL;
  const pagePath = context.url.pathname.slice(base.length - 1);
  const site = context.site ?? new URL('http://localhost/');
  const image = new URL(base + cardImagePath(pagePath), site).href;
  const meta = (attrs: Record<string, string>) => ({ tag: 'meta' as const, attrs, content: '' });
  route.head.push(
    meta({ property: 'og:image', content: image }),
    meta({ property: 'og:image:width', content: String(CARD_SIZE.width) }),
    meta({ property: 'og:image:height', content: String(CARD_SIZE.height) }),
    meta({ property: 'og:image:alt', content: route.entry.data.title }),
    meta({ name: 'twitter:image', content: image }),
    meta({ name: 'twitter:title', content: route.entry.data.title }),
  );
  if (route.entry.data.description)
    route.head.push(meta({ name: 'twitter:description', content: route.entry.data.description }));
  // The glossary's terms come from a component, not Markdown headings: its ToC is the A-Z index.
  if (route.entry.id === 'glossary' && route.toc) {
    route.toc.items = [
      ...route.toc.items.filter((i) => i.slug === '_top'),
      ...glossaryByLetter().map((g) => ({ depth: 2, slug: g.id, text: g.letter, children: [] })),
    ];
  }
  if (!route.lastUpdated && route.entry.filePath && route.entry.data.template !== 'splash')
    route.lastUpdated = lastUpdatedOf(route.entry.filePath);
});
