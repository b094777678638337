// Helpers every command family shares: option parsing, error printing, reading input, guarded regexes.
import { type Io, type Kernel, errText } from '../kernel.ts';
import { FsError, type Node } from '../fs.ts';

export const q = (s: string) => "'" + s + "'";

/** Splits `-abc` style flags from operands; `--` ends options. Long options are kept as given. */
export function opts(
  args: string[],
  withValue: string[] = [],
): { flags: Set<string>; vals: Record<string, string>; rest: string[]; long: string[] } {
  const flags = new Set<string>();
  const vals: Record<string, string> = {};
  const rest: string[] = [];
  const long: string[] = [];
  const queue = [...args];
  for (let a = queue.shift(); a !== undefined; a = queue.shift()) {
    if (a === '--') {
      rest.push(...queue);
      break;
    }
    if (a.startsWith('--')) long.push(a);
    else if (a.startsWith('-') && a.length > 1) {
      const letters = a.slice(1).split('');
      for (const [j, f] of letters.entries()) {
        if (withValue.includes(f)) {
          // The value is the rest of this word (`-m755`) or the next word (`-m 755`).
          vals[f] = letters.slice(j + 1).join('') || queue.shift() || '';
          break;
        }
        flags.add(f);
      }
    } else rest.push(a);
  }
  return { flags, vals, rest, long };
}

export function missing(io: Io, cmd: string): number {
  io.err(`${cmd}: missing operand\nTry '${cmd} --help' for more information.\n`);
  return 1;
}

/** Runs an fs operation, printing `<prefix>: <errno text>` on failure. */
export function attempt(io: Io, prefix: string, f: () => void): boolean {
  try {
    f();
    return true;
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    io.err(`${prefix}: ${errText(e)}\n`);
    return false;
  }
}

export function readText(io: Io, cmd: string, path: string): string | null {
  const k = io.k;
  try {
    const n = k.fs.get(path, k.cwd, io.cred);
    if (n.t === 'd') throw new FsError('EISDIR');
    k.fs.checkRead(n, io.cred);
    return readNode(k, n);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    io.err(`${cmd}: ${path}: ${errText(e)}\n`);
    return null;
  }
}

/** Input from files, or stdin when there are none (or `-`). */
export function inputs(io: Io, cmd: string, files: string[]): { text: string; ok: boolean } {
  if (files.length === 0) return { text: io.stdin ?? '', ok: true };
  let ok = true;
  let text = '';
  for (const f of files) {
    const t = f === '-' ? (io.stdin ?? '') : readText(io, cmd, f);
    if (t === null) ok = false;
    else text += t;
  }
  return { text, ok };
}

export function lines(text: string): string[] {
  if (text === '') return [];
  const ls = text.split('\n');
  if (ls.at(-1) === '') ls.pop();
  return ls;
}

// --- regular expressions, guarded so hostile input cannot freeze the page -------------

const NESTED_QUANTIFIER = /\([^)]*[*+?}][^)]*\)\s*[*+?{]/;
export function safeRegex(src: string, ere: boolean, flags: string): RegExp | null {
  if (src.length > 256) return null;
  let re = '';
  if (ere) re = src;
  else {
    // POSIX BRE: \( \) \{ \} \| \+ \? are operators, the bare characters are literals.
    for (let i = 0; i < src.length; i++) {
      const c = src.charAt(i);
      if (c === '\\' && i + 1 < src.length) {
        const n = src.charAt(++i);
        re += '(){}|+?'.includes(n) ? n : '\\' + n;
      } else re += '(){}|+?'.includes(c) ? '\\' + c : c;
    }
  }
  if (NESTED_QUANTIFIER.test(re)) return null;
  try {
    return new RegExp(re, flags);
  } catch {
    return null;
  }
}

export function byteLen(s: string): number {
  return new TextEncoder().encode(s).length;
}
export function human(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  let v = bytes / 1024;
  let unit = 'K';
  for (const larger of ['M', 'G', 'T']) {
    if (v < 1024) break;
    v /= 1024;
    unit = larger;
  }
  return (v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v))) + unit;
}

/** Characters in `s` (code points, not UTF-16 units): what a terminal column counts. */
export const charLen = (s: string): number => [...s].length;

/**
 * How wide each column of `rows` is: its widest cell, and at least `min[i]`. A cell pads to `width(i)`, which
 * is 0 for a column no row has.
 */
export function columnWidths(
  rows: string[][],
  min: readonly number[] = [],
): { widths: number[]; width(i: number): number } {
  const widths = [...min];
  for (const r of rows) for (const [i, c] of r.entries()) widths[i] = Math.max(widths[i] ?? 0, charLen(c));
  return { widths, width: (i) => widths[i] ?? 0 };
}

/** Rows as left-aligned columns one space apart, each as wide as its widest cell. */
export function table(rows: string[][]): string {
  const { width } = columnWidths(rows);
  const pad = (c: string, i: number) => c + ' '.repeat(width(i) - charLen(c));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : pad(c, i))).join(' ')).join('\n') + '\n';
}

/** How much an endless device (/dev/zero, /dev/urandom) gives per read: the terminal's output limit. */
const DEVICE_READ = 64 * 1024;

/** What reading a file gives; character devices are /dev/null, /dev/zero and /dev/urandom (random(4)). */
export function readNode(k: Kernel, n: Node): string {
  if (n.t === 'f') return n.data;
  if (n.t === 'c') {
    if (n.dev === 'zero') return '\0'.repeat(DEVICE_READ);
    if (n.dev === 'urandom') return k.rng.chars('\x01\x7f\xc3\xa9\xe2\x82\xacabcdefXYZ0123456789!#%&', 4096);
  }
  return '';
}
