/**
 * The public address (SITE_URL) of a page of this site, which is what the audience can open: in QR
 * codes, in the speaker notes and in the PDFs. Made at build time, where the site's address is
 * known (Astro's `site`, from SITE_URL), so the deck never depends on where it is served from.
 */
export function publicAddress(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('publicAddress: the site has no address (astro.config.mjs sets `site` from SITE_URL)');
  return new URL(path, site).href;
}
