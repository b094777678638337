/** The words around a QR code, the same for the build-time codes and the on-demand one. */
export function qrLabel(url: string): string {
  return `QR code: ${url}`;
}

/** What to print beside a QR code: the address without its scheme, easier to read and type. */
export function printedAddress(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
