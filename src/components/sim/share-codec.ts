/**
 * The share link's payload: the engine's serialized machine plus the UI's transcript, so that
 * opening the link brings back the same machine AND the same screen. Format:
 * `<version>.<base64url(deflate-raw(JSON))>`; JSON is `{ s: system, m: machine, t: [[prompt,
 * command, output, cancelled?0|1], ...] }`. Compression (the browser's own CompressionStream, no
 * library) keeps a typical session's link a few hundred characters long.
 */
import { TRANSCRIPT_LIMIT, type TranscriptEntry } from './transcript.ts';

export const SHARE_VERSION = 1;
/** Decompressed payloads above this are refused (a crafted link must not eat memory). */
const MAX_PAYLOAD_BYTES = 1_000_000;
/** Links above this length are refused before any work. */
const MAX_CODE_LENGTH = 200_000;

export interface SharedSession {
  system: string;
  machine: string;
  transcript: TranscriptEntry[];
}

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

export async function encodeShare(session: SharedSession): Promise<string> {
  const t = session.transcript
    .slice(-TRANSCRIPT_LIMIT)
    .map((e) => (e.cancelled ? [e.prompt, e.command, e.output, 1] : [e.prompt, e.command, e.output]));
  const json = JSON.stringify({ s: session.system, m: session.machine, t });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `${SHARE_VERSION}.${toBase64Url(packed)}`;
}

function isEntry(x: unknown): x is [string, string, string, 1?] {
  return (
    Array.isArray(x) &&
    (x.length === 3 || (x.length === 4 && x[3] === 1)) &&
    typeof x[0] === 'string' &&
    typeof x[1] === 'string' &&
    typeof x[2] === 'string'
  );
}

/** Reads a share code; throws ShareLinkError with a message for the user on anything wrong. */
export async function decodeShare(code: string): Promise<SharedSession> {
  if (!code) throw new ShareLinkError('This share link is empty.');
  if (code.length > MAX_CODE_LENGTH) throw new ShareLinkError('This share link is too large to restore.');
  const dot = code.indexOf('.');
  const version = dot > 0 ? code.slice(0, dot) : '';
  if (!/^\d+$/.test(version)) throw new ShareLinkError('This share link is damaged: it has no version.');
  if (Number(version) !== SHARE_VERSION) {
    throw new ShareLinkError(
      `This share link was made by another version of the simulator (format ${version}; this one reads format ${SHARE_VERSION}).`,
    );
  }
  let json: string;
  try {
    const bytes = await pipe(
      fromBase64Url(code.slice(dot + 1)),
      new DecompressionStream('deflate-raw'),
      MAX_PAYLOAD_BYTES,
    );
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    if (e instanceof ShareLinkError) throw e;
    throw new ShareLinkError('This share link is damaged: its data does not unpack.');
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ShareLinkError('This share link is damaged: its data does not parse.');
  }
  const d = data as { s?: unknown; m?: unknown; t?: unknown };
  if (
    typeof d !== 'object' ||
    d === null ||
    typeof d.s !== 'string' ||
    typeof d.m !== 'string' ||
    !Array.isArray(d.t) ||
    !d.t.every(isEntry)
  ) {
    throw new ShareLinkError('This share link is damaged: its data has the wrong shape.');
  }
  const transcript = d.t
    .slice(-TRANSCRIPT_LIMIT)
    .map(([prompt, command, output, cancelled]) =>
      cancelled ? { prompt, command, output, cancelled: true } : { prompt, command, output },
    );
  return { system: d.s, machine: d.m, transcript };
}

/** The share code in a URL fragment (`#s=<code>`), or null when there is none. */
export function shareCodeFromHash(hash: string): string | null {
  const m = /^#?(?:.*&)?s=([^&]*)/.exec(hash);
  return m ? decodeURIComponent(m[1]) : null;
}
