/**
 * Turns an address of the copy being shown (a laptop's local server, a preview) into the same
 * address on the public site (SITE_URL), which is what the audience can open: in QR codes, in the
 * speaker notes and in the PDFs. The deck page gives the public root as `data-public-base`.
 */
export function publicUrl(href: string, here: string, siteBase: string, publicBase: string): string {
  const url = new URL(href, here);
  const localRoot = new URL(siteBase, here).href;
  if (!url.href.startsWith(localRoot)) return url.href;
  return publicBase + url.href.slice(localRoot.length);
}

/** The public root of the site, as the deck page states it, or this copy's own root. */
export function deckPublicBase(root: HTMLElement): { siteBase: string; publicBase: string } {
  const siteBase = root.dataset.siteBase ?? '/';
  return { siteBase, publicBase: root.dataset.publicBase ?? new URL(siteBase, location.href).href };
}
