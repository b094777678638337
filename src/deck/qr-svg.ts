/**
 * QR codes as SVG, made at build time (no network, no script on the page). Always dark modules on
 * a white quiet zone, whatever the projector theme: phone cameras need that contrast. The SVG
 * carries its own text alternative, so it stays accessible inline and as a file.
 */
import QRCode from 'qrcode';
import { qrLabel } from './qr-text.ts';

export { printedAddress } from './qr-text.ts';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    // Level L (7 % recovery) keeps the modules large: a projected code is never torn or stained, and
    // longer addresses still decode from the middle of a room (tests/e2e/presenter-qr.spec.ts).
    margin: 2,
    errorCorrectionLevel: 'L',
    color: { dark: '#000000', light: '#ffffff' },
  });
  const label = escapeXml(qrLabel(url));
  return svg
    .replace('<svg ', `<svg role="img" aria-label="${label}" class="qr-code" `)
    .replace(/(<svg[^>]*>)/, `$1<title>${label}</title>`);
}
