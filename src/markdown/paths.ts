/** URL helpers shared by the Markdown plugin, the layouts and the tests; all base-path aware. */

/** Normalises a base such as `/immutable-linux` or `immutable-linux/` to `/immutable-linux/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefixes a root-relative site path (`/slides/`) with the base; leaves other URLs alone. */
export function withBase(base: string, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const b = normalizeBase(base);
  if (b !== '/' && (href === b.slice(0, -1) || href.startsWith(b))) return href;
  return b + href.slice(1);
}

/** The docs page slug of a content file: `content/coreos.mdx` -> `coreos`, `content/index.mdx` -> ``. */
export function pageSlugFromPath(filePath: string, contentDir = 'content'): string | undefined {
  const normalized = filePath.replace(/\\/g, '/');
  const marker = `/${contentDir}/`;
  const at = normalized.lastIndexOf(marker);
  if (at < 0) return undefined;
  const rel = normalized.slice(at + marker.length).replace(/\.(mdx?|markdown)$/, '');
  const parts = rel.split('/').filter(Boolean);
  if (parts.at(-1) === 'index') parts.pop();
  return parts.join('/').toLowerCase();
}

/** Docs URL of a page section. */
export function docsHref(base: string, pageSlug: string, anchor?: string): string {
  const path = pageSlug ? `/${pageSlug}/` : '/';
  return withBase(base, path) + (anchor ? `#${anchor}` : '');
}

/** Deck URL of a slide. */
export function slideHref(base: string, slideId?: string): string {
  return withBase(base, '/slides/') + (slideId ? `#/${slideId}` : '');
}
