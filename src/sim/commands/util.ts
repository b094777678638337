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
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) long.push(a);
    else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if (withValue.includes(f)) {
          vals[f] = a.slice(j + 1) || args[++i] || '';
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
  if (ls[ls.length - 1] === '') ls.pop();
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
      const c = src[i];
      if (c === '\\' && i + 1 < src.length) {
        const n = src[++i];
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
  const units = ['K', 'M', 'G', 'T'];
  let v = bytes;
  let u = -1;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return (v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v))) + units[u];
}

export function table(rows: string[][]): string {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return (
    rows
      .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(w[i] - [...c].length))).join(' '))
      .join('\n') + '\n'
  );
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
