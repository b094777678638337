// printf and test/[, which exist both as bash builtins and as coreutils programs
// (bash(1) "SHELL BUILTIN COMMANDS"; coreutils printf(1), test(1)).
import type { CmdFn, Io } from '../kernel.ts';
import { isRo } from '../fs.ts';

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  e: '\x1b',
  '\\': '\\',
  '"': '"',
  "'": "'",
};

/** Backslash escapes of printf's format and of `%b`/`echo -e`; `stop` is set by `\c`. */
export function unescapeC(s: string, octalNeedsZero = false): { text: string; stop: boolean } {
  let text = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c !== '\\' || i + 1 >= s.length) {
      text += c;
      continue;
    }
    const n = s.charAt(++i);
    if (n === 'c') return { text, stop: true };
    const octal = octalNeedsZero
      ? n === '0'
        ? /^[0-7]{0,3}/.exec(s.slice(i + 1))
        : null
      : /^[0-7]{1,3}/.exec(s.slice(i));
    if (octal) {
      text += String.fromCharCode(Number.parseInt(octal[0] || '0', 8) & 0xff);
      i += octal[0].length - (octalNeedsZero ? 0 : 1);
      continue;
    }
    if (n === 'x') {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1));
      if (hex) {
        text += String.fromCharCode(Number.parseInt(hex[0], 16));
        i += hex[0].length;
        continue;
      }
    }
    text += ESCAPES[n] ?? '\\' + n;
  }
  return { text, stop: false };
}

/** printf FORMAT [ARGUMENT]...: the format is reused while arguments remain. */
export function printf(io: Io, args: string[], who: string): number {
  let rest = args;
  if (rest[0] === '--') rest = rest.slice(1);
  const format = rest[0];
  if (format === undefined) {
    io.err(`${who}: usage: printf [-v var] format [arguments]\n`);
    return 2;
  }
  let operands = rest.slice(1);
  let status = 0;
  let out = '';
  const number = (a: string | undefined): number => {
    if (a === undefined || a === '') return 0;
    const quoted = /^['"](.)/.exec(a)?.[1]; // 'c: the character's code (printf(1))
    if (quoted !== undefined) return quoted.codePointAt(0) ?? 0;
    const t = a.trim();
    if (/^[-+]?(0x[0-9a-f]+|0[0-7]*|\d+)$/i.test(t)) {
      const neg = t.startsWith('-');
      const body = t.replace(/^[-+]/, '');
      const v = /^0x/i.test(body)
        ? Number.parseInt(body, 16)
        : /^0\d/.test(body)
          ? Number.parseInt(body, 8)
          : Number(body);
      return neg ? -v : v;
    }
    io.err(`${who}: ${a}: invalid number\n`);
    status = 1;
    const lead = /^[-+]?\d+/.exec(t);
    return lead ? Number(lead[0]) : 0;
  };
  for (let round = 0; round < 1000; round++) {
    let used = 0;
    let stop = false;
    const spec = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfgGcsb%])|\\c|\\./gs;
    let last = 0;
    for (let m = spec.exec(format); m !== null; m = spec.exec(format)) {
      out += unescapeC(format.slice(last, m.index)).text;
      last = m.index + m[0].length;
      if (m[0] === '\\c') {
        stop = true;
        break;
      }
      if (m[0].startsWith('\\')) {
        out += unescapeC(m[0]).text;
        continue;
      }
      const [, flags = '', widthSpec, precSpec, conv = 's'] = m;
      if (conv === '%') {
        out += '%';
        continue;
      }
      const width = widthSpec === '*' ? number(operands[used++]) : widthSpec ? Number(widthSpec) : 0;
      const prec = precSpec === '*' ? number(operands[used++]) : precSpec !== undefined ? Number(precSpec) : undefined;
      const arg = operands[used++];
      let s: string;
      switch (conv) {
        case 'd':
        case 'i':
          s = String(Math.trunc(number(arg)));
          if (flags.includes('+') && !s.startsWith('-')) s = '+' + s;
          break;
        case 'u':
          s = String(Math.trunc(number(arg)) >>> 0);
          break;
        case 'o':
          s = (Math.trunc(number(arg)) >>> 0).toString(8);
          break;
        case 'x':
        case 'X':
          s = (Math.trunc(number(arg)) >>> 0).toString(16);
          if (conv === 'X') s = s.toUpperCase();
          break;
        case 'e':
        case 'E':
        case 'f':
        case 'g':
        case 'G': {
          const v = arg === undefined ? 0 : Number(arg);
          const f = Number.isFinite(v) ? v : 0;
          s = conv === 'f' ? f.toFixed(prec ?? 6) : conv.toLowerCase() === 'e' ? f.toExponential(prec ?? 6) : String(f);
          if (conv === 'E' || conv === 'G') s = s.toUpperCase();
          break;
        }
        case 'c':
          s = (arg ?? '').slice(0, 1);
          break;
        case 'b': {
          const r = unescapeC(arg ?? '', true);
          s = r.text;
          if (r.stop) stop = true;
          break;
        }
        default:
          s = arg ?? '';
          if (prec !== undefined) s = s.slice(0, prec);
      }
      if (s.length < width) {
        const pad = flags.includes('0') && !flags.includes('-') && conv !== 's' ? '0' : ' ';
        s = flags.includes('-')
          ? s.padEnd(width)
          : pad === '0' && s.startsWith('-')
            ? '-' + s.slice(1).padStart(width - 1, '0')
            : s.padStart(width, pad);
      }
      out += s;
      if (stop) break;
    }
    if (!stop) out += unescapeC(format.slice(last)).text;
    operands = operands.slice(used);
    if (stop || used === 0 || operands.length === 0) break;
  }
  io.out(out);
  return status;
}

const UNARY = new Set([
  '-e',
  '-f',
  '-d',
  '-L',
  '-h',
  '-r',
  '-w',
  '-x',
  '-s',
  '-z',
  '-n',
  '-b',
  '-c',
  '-p',
  '-S',
  '-O',
  '-G',
]);
const BINARY = new Set(['=', '==', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '<', '>', '-nt', '-ot', '-ef']);

class TestError extends Error {}

/** test EXPRESSION / [ EXPRESSION ]: POSIX's rules by argument count, then -a/-o with ! and ( ). */
export function test(io: Io, args: string[], name: string, prefix: string): number {
  let a = args;
  if (name === '[') {
    if (a[a.length - 1] !== ']') {
      io.err(`${prefix}[: missing \`]'\n`);
      return 2;
    }
    a = a.slice(0, -1);
  }
  const k = io.k;
  const file = (op: string, path: string): boolean => {
    const n = k.fs.tryGet(path, k.cwd, io.cred, op !== '-L' && op !== '-h');
    if (!n) return false;
    switch (op) {
      case '-e':
        return true;
      case '-f':
        return n.t === 'f';
      case '-d':
        return n.t === 'd';
      case '-L':
      case '-h':
        return n.t === 'l';
      case '-c':
        return n.t === 'c';
      case '-b':
      case '-p':
      case '-S':
        return false;
      case '-r':
        return k.fs.canRead(n, io.cred);
      case '-x':
        return k.fs.canExec(n, io.cred);
      case '-s':
        return n.t === 'd' || (n.t === 'f' && n.data.length > 0) || n.t === 'l';
      case '-O':
        return n.uid === io.cred.user;
      case '-G':
        return io.cred.groups[0] === n.gid;
      case '-w': {
        // access(2) W_OK fails with EROFS on a read-only file system, for root too.
        try {
          const r = k.fs.resolve(path, k.cwd, io.cred, true);
          return !isRo(r.mount) && k.fs.canWrite(n, io.cred);
        } catch {
          return false;
        }
      }
    }
    return false;
  };
  const int = (s: string): number => {
    if (!/^\s*[-+]?\d+\s*$/.test(s)) throw new TestError(`${s}: integer expression expected`);
    return Number(s);
  };
  const binary = (l: string, op: string, r: string): boolean => {
    switch (op) {
      case '=':
      case '==':
        return l === r;
      case '!=':
        return l !== r;
      case '<':
        return l < r;
      case '>':
        return l > r;
      case '-eq':
        return int(l) === int(r);
      case '-ne':
        return int(l) !== int(r);
      case '-lt':
        return int(l) < int(r);
      case '-le':
        return int(l) <= int(r);
      case '-gt':
        return int(l) > int(r);
      case '-ge':
        return int(l) >= int(r);
    }
    return false;
  };
  const unary = (op: string, v: string): boolean => {
    if (op === '-z') return v === '';
    if (op === '-n') return v !== '';
    return file(op, v);
  };
  // Recursive descent for the general case: or := and (-o and)*; and := not (-a not)*.
  let i = 0;
  const primary = (): boolean => {
    const t = a[i];
    if (t === undefined) throw new TestError('argument expected');
    if (t === '!') {
      i++;
      return !primary();
    }
    if (t === '(' && a.length - i > 2) {
      i++;
      const v = or();
      if (a[i] !== ')') throw new TestError("`)' expected");
      i++;
      return v;
    }
    const next = a[i + 1];
    const rhs = a[i + 2];
    if (next !== undefined && BINARY.has(next) && rhs !== undefined) {
      i += 3;
      return binary(t, next, rhs);
    }
    if (UNARY.has(t) && next !== undefined) {
      i += 2;
      return unary(t, next);
    }
    if (t.startsWith('-') && t.length === 2 && next === undefined && a.length > 1)
      throw new TestError(`${t}: unary operator expected`);
    i++;
    return t !== '';
  };
  const and = (): boolean => {
    let v = primary();
    while (a[i] === '-a') {
      i++;
      v = primary() && v;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (a[i] === '-o') {
      i++;
      v = and() || v;
    }
    return v;
  };
  try {
    let v: boolean;
    // POSIX test decides by the number of arguments; the defaults stand for positions past that number.
    const [x = '', y = '', z = ''] = a;
    if (a.length === 0) v = false;
    else if (a.length === 1) v = x !== '';
    else if (a.length === 2) {
      if (x === '!') v = y === '';
      else if (UNARY.has(x)) v = unary(x, y);
      else throw new TestError(`${x}: unary operator expected`);
    } else if (a.length === 3 && BINARY.has(y)) v = binary(x, y, z);
    else {
      v = or();
      if (i < a.length) throw new TestError('too many arguments');
    }
    return v ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    io.err(`${prefix}${name}: ${e.message}\n`);
    return 2;
  }
}

export const BUILTIN_PROGRAMS: Record<string, CmdFn> = {
  printf: (io, args) => printf(io, args, 'printf'),
  test: (io, args) => test(io, args, 'test', ''),
  '[': (io, args) => test(io, args, '[', ''),
};
