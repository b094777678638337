/**
 * The share link: `#s=<version>.<base64url(deflate-raw(session))>`, where `session` is the engine's
 * session log (Machine.serialize(): the lines typed and Ctrl+C, nothing displayed). Opening the link
 * replays it, so the screen it shows is what the simulator prints, never text from the link.
 * Compression (the browser's own CompressionStream, no library) keeps a typical link a few hundred
 * characters long. This is the project's only base64url codec and link format.
 */

/** Format 1 (before 2026-11-30) carried the transcript as text; it is refused as "another version". */
export const SHARE_VERSION = 2;
/** Decompressed payloads above this are refused (a crafted link must not eat memory). */
const MAX_PAYLOAD_BYTES = 1_000_000;
/** Links above this length are refused before any work. */
const MAX_CODE_LENGTH = 200_000;

/** A link that cannot be restored; the message is for the user. */
export class ShareLinkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShareLinkError';
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]+$/.test(text))
    throw new ShareLinkError('This share link is damaged: it contains characters a share link never has.');
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    throw new ShareLinkError('This share link is damaged: it is cut off or mistyped.');
  }
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new ShareLinkError('This share link is too large to restore.');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The share code for an engine session log (Machine.serialize()). */
export async function encodeShare(session: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(session), new CompressionStream('deflate-raw'));
  return `${SHARE_VERSION}.${toBase64Url(packed)}`;
}

/** Reads a share code back into the session log; throws ShareLinkError with a message for the user. */
export async function decodeShare(code: string): Promise<string> {
  if (!code) throw new ShareLinkError('This share link is empty.');
  if (code.length > MAX_CODE_LENGTH) throw new ShareLinkError('This share link is too large to restore.');
  const dot = code.indexOf('.');
  const version = dot > 0 ? code.slice(0, dot) : '';
  if (!/^\d{1,6}$/.test(version)) throw new ShareLinkError('This share link is damaged: it has no version.');
  if (Number(version) !== SHARE_VERSION) {
    throw new ShareLinkError(
      `This share link was made by another version of the simulator (format ${version}; this one reads format ${SHARE_VERSION}).`,
    );
  }
  try {
    const bytes = await pipe(
      fromBase64Url(code.slice(dot + 1)),
      new DecompressionStream('deflate-raw'),
      MAX_PAYLOAD_BYTES,
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    if (e instanceof ShareLinkError) throw e;
    throw new ShareLinkError('This share link is damaged: its data does not unpack.');
  }
}

/**
 * The share code in a URL fragment (`#s=<code>`), or null when there is none. A code that is not
 * valid percent-encoding is a damaged link.
 */
export function shareCodeFromHash(hash: string): string | null {
  const m = /^#?(?:.*&)?s=([^&]*)/.exec(hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    throw new ShareLinkError('This share link is damaged: it is cut off or mistyped.');
  }
}
