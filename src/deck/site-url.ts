/**
 * The site's public address (SITE_URL): QR codes, canonical links, the sitemap, social cards and
 * the PDFs' links all point there. A build without it must not ship a made-up domain that looks
 * real: it uses this machine's preview address instead, which the QR captions print for everyone
 * to see ("localhost:4321/"), and says so during the build.
 */
export const LOCAL_SITE_URL = 'http://localhost:4321';

export function siteUrlFrom(value: string | undefined, warn: (message: string) => void): string {
  const given = value?.trim();
  if (!given) {
    warn(
      `SITE_URL is not set: QR codes, canonical links and the PDFs point to ${LOCAL_SITE_URL}, which only ` +
        'works on this machine. To present, build with the public address: SITE_URL=https://your.site npm run build',
    );
    return LOCAL_SITE_URL;
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL="${given}" is not an address; give the site's origin, e.g. SITE_URL=https://your.site`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL="${given}" must start with https:// (or http://), e.g. SITE_URL=https://your.site`);
  return url.origin;
}
