// Deterministic clock and hashes, and the share-link encoding of a session.
//
// A session is stored as its seed plus the command lines typed, and restored by
// replaying them on a fresh machine: the engine is deterministic, so replay gives
// back the same file system, deployments and history, and a link stays a few
// hundred characters long instead of carrying a whole file system.

export const STATE_VERSION = 1;
export const START_TIME = Date.UTC(2026, 10, 26, 10, 0, 0); // 2026-11-26T10:00:00Z
export const SECONDS_PER_COMMAND = 7;

export class SimStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimStateError';
  }
}

/** mulberry32: small, fast, and good enough for fake hashes. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  hex(len: number): string {
    let s = '';
    while (s.length < len) s += (this.int(0x10000) + 0x10000).toString(16).slice(1);
    return s.slice(0, len);
  }
  chars(alphabet: string, len: number): string {
    let s = '';
    for (let i = 0; i < len; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }
}

/** FNV-1a, used for content-addressed names (Nix store paths) and the state checksum. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A long hash derived from content, so the same input always gives the same name. */
export function contentHash(s: string, alphabet: string, len: number): string {
  const r = new Rng(fnv1a(s));
  return r.chars(alphabet, len);
}

export const NIX_BASE32 = '0123456789abcdfghijklmnpqrsvwxyz';

export class Clock {
  ms: number;
  constructor(ms = START_TIME) {
    this.ms = ms;
  }
  tick(seconds: number): void {
    this.ms += seconds * 1000;
  }
  date(): Date {
    return new Date(this.ms);
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** 2026-11-26T10:00:00Z */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** 2026-11-26 10:00:00 */
export function isoSpace(ms: number): string {
  return iso(ms).replace('T', ' ').replace('Z', '');
}
/** Thu 2026-11-26 10:00:00 UTC (systemd style) */
export function systemdDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${isoSpace(ms)} UTC`;
}
/** Thu Nov 26 10:00:00 2026 (strftime %c in the C locale) */
export function cDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}
/** Nov 26 10:00 (ls -l, recent files) */
export function lsDate(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
}
/** 10:00:00 */
export function hms(ms: number): string {
  return iso(ms).slice(11, 19);
}

// --- share-link encoding --------------------------------------------------------------

export interface SessionLog {
  system: string;
  seed: number;
  lines: string[];
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function fromBase64Url(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s))
    throw new SimStateError('The saved session is corrupt: it contains characters a share link never has.');
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4);
  let bin: string;
  try {
    bin = atob(b64);
  } catch {
    throw new SimStateError('The saved session is corrupt: it is not valid base64url.');
  }
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Format: `v1.<system>.<seed base36>.<checksum base36>.<base64url(UTF-8 JSON array of lines)>` */
export function encodeSession(log: SessionLog): string {
  const body = toBase64Url(new TextEncoder().encode(JSON.stringify(log.lines)));
  const head = `v${STATE_VERSION}.${log.system}.${log.seed.toString(36)}`;
  return `${head}.${fnv1a(head + '.' + body).toString(36)}.${body}`;
}

export function decodeSession(s: string, knownSystems: readonly string[]): SessionLog {
  if (typeof s !== 'string' || s.length === 0) throw new SimStateError('The saved session is empty.');
  const parts = s.split('.');
  const m = /^v(\d+)$/.exec(parts[0] ?? '');
  if (!m) throw new SimStateError('The saved session is corrupt: it has no version.');
  if (Number(m[1]) !== STATE_VERSION) {
    throw new SimStateError(
      `The saved session has version ${m[1]}, but this simulator reads version ${STATE_VERSION} only.`,
    );
  }
  if (parts.length !== 5) throw new SimStateError('The saved session is corrupt: it has the wrong number of parts.');
  const [v, system, seedStr, sum, body] = parts;
  if (!knownSystems.includes(system))
    throw new SimStateError(`The saved session is for an unknown system "${system.slice(0, 20)}".`);
  if (!/^[0-9a-z]{1,7}$/.test(seedStr)) throw new SimStateError('The saved session is corrupt: bad seed.');
  if (fnv1a(`${v}.${system}.${seedStr}.${body}`).toString(36) !== sum) {
    throw new SimStateError('The saved session is corrupt: its checksum does not match.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(body));
  } catch (e) {
    if (e instanceof SimStateError) throw e;
    throw new SimStateError('The saved session is corrupt: it is not valid UTF-8.');
  }
  let lines: unknown;
  try {
    lines = JSON.parse(text);
  } catch {
    throw new SimStateError('The saved session is corrupt: its command list does not parse.');
  }
  if (!Array.isArray(lines) || !lines.every((l) => typeof l === 'string')) {
    throw new SimStateError('The saved session is corrupt: its command list is not a list of strings.');
  }
  return { system, seed: parseInt(seedStr, 36), lines };
}
