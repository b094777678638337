// Text: printing, filtering and editing streams and files (GNU coreutils, sed, grep).
import { type CmdFn, type Io, errText } from '../kernel.ts';
import { FsError, joinPath } from '../fs.ts';
import { unescapeC } from './builtins.ts';
import { q, opts, readText, inputs, lines, safeRegex, byteLen } from './util.ts';

const cat: CmdFn = (io, args) => {
  const { rest } = opts(args);
  const { text, ok } = inputs(io, 'cat', rest);
  io.out(text);
  return ok ? 0 : 1;
};

const echo: CmdFn = (io, args) => {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (let a = args[0]; a !== undefined && /^-[neE]+$/.test(a); a = args[++i]) {
    if (a.includes('n')) newline = false;
    if (a.includes('e')) escapes = true;
    if (a.includes('E')) escapes = false;
  }
  let s = args.slice(i).join(' ');
  if (escapes) {
    // echo -e: the escapes of bash(1) "echo", where an octal needs a leading \0 and \c stops all output.
    const r = unescapeC(s, true);
    s = r.text;
    if (r.stop) newline = false;
  }
  io.out(s + (newline ? '\n' : ''));
  return 0;
};

const tee: CmdFn = (io, args) => {
  const { flags, rest } = opts(args);
  const k = io.k;
  const data = io.stdin ?? '';
  let status = 0;
  for (const f of rest) {
    try {
      k.fs.writeFile(f, k.cwd, io.cred, data, flags.has('a'));
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      io.err(`tee: ${f}: ${errText(e)}\n`); // tee prints the name without quotes (coreutils src/tee.c: quotef(), which quotes only names that need it)
      status = 1;
    }
  }
  io.out(data);
  return status;
};

// --- sed ----------------------------------------------------------------------------

/** A sed address: a line number, LAST_LINE for `$`, or a regex. */
type SedAddr = number | RegExp;
const LAST_LINE = -1;

interface SedCmd {
  kind: 's' | 'd' | 'p';
  addr?: SedAddr;
  /** The end of an address range (`2,4p`, `/a/,$d`). */
  addr2?: SedAddr;
  re?: RegExp;
  repl?: string;
  global?: boolean;
  print?: boolean;
}

function parseSed(script: string, ere: boolean): SedCmd | string {
  let i = 0;
  const address = (): SedAddr | string | undefined => {
    if (script[i] === '/') {
      const end = script.indexOf('/', i + 1);
      if (end < 0) return `-e expression #1, char ${script.length}: unterminated address regex`;
      const re = safeRegex(script.slice(i + 1, end), ere, '');
      if (!re) return `-e expression #1, char ${end + 1}: Invalid preceding regular expression`;
      i = end + 1;
      return re;
    }
    if (script[i] === '$') {
      i++;
      return LAST_LINE;
    }
    const m = /^\d+/.exec(script.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    if (Number(m[0]) === 0) return '-e expression #1, char 1: invalid usage of line address 0';
    return Number(m[0]);
  };
  const addr = address();
  if (typeof addr === 'string') return addr;
  let addr2: SedAddr | undefined;
  if (addr !== undefined && script[i] === ',') {
    i++;
    const a2 = address();
    if (typeof a2 === 'string') return a2;
    if (a2 === undefined) return `-e expression #1, char ${i}: unexpected \`,'`;
    addr2 = a2;
  }
  while (script[i] === ' ') i++;
  const c = script[i];
  if (c === 'd' || c === 'p') {
    if (script.slice(i + 1).trim() !== '') return `-e expression #1, char ${i + 2}: extra characters after command`;
    return { kind: c, addr, addr2 };
  }
  if (c !== 's')
    return c === undefined
      ? `-e expression #1, char ${i}: missing command`
      : `-e expression #1, char ${i + 1}: unknown command: \`${c}'`;
  const delim = script[i + 1];
  if (delim === undefined || delim === '\\' || delim === '\n')
    return `-e expression #1, char ${i + 1}: unterminated \`s' command`;
  const parts: string[] = [];
  let cur = '';
  let j = i + 2;
  for (; j < script.length && parts.length < 2; j++) {
    const ch = script[j];
    if (ch === '\\' && script[j + 1] === delim) {
      cur += delim;
      j++;
    } else if (ch === '\\' && j + 1 < script.length) {
      cur += ch + script[++j];
    } else if (ch === delim) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  const [pattern, replacement] = parts;
  if (pattern === undefined || replacement === undefined)
    return `-e expression #1, char ${script.length}: unterminated \`s' command`;
  const fl = script.slice(j);
  if (!/^[gpI]*$/.test(fl)) return `-e expression #1, char ${script.length}: unknown option to \`s'`;
  const re = safeRegex(pattern, ere, (fl.includes('g') ? 'g' : '') + (fl.includes('I') ? 'i' : ''));
  if (!re) return `-e expression #1, char ${script.length}: Invalid preceding regular expression`;
  // sed's & and \1 become JavaScript's $& and $1; a literal $ must not be read as one.
  const repl = replacement
    .replace(/\$/g, '$$$$')
    .replace(/\\(\d)/g, '$$$1')
    .replace(/(^|[^\\])&/g, '$1$$&')
    .replace(/\\&/g, '&')
    .replace(/\\n/g, '\n')
    .replace(/\\(.)/g, '$1');
  return { kind: 's', addr, addr2, re, repl, global: fl.includes('g'), print: fl.includes('p') };
}

function applySed(cmd: SedCmd, text: string, quiet: boolean): string {
  const out: string[] = [];
  const all = lines(text);
  const matches = (a: SedAddr, line: string, n: number): boolean => {
    if (a === LAST_LINE) return n === all.length;
    if (typeof a === 'number') return n === a;
    a.lastIndex = 0;
    return a.test(line);
  };
  let inRange = false;
  all.forEach((line, idx) => {
    const n = idx + 1;
    let hit: boolean;
    if (cmd.addr === undefined) hit = true;
    else if (cmd.addr2 === undefined) hit = matches(cmd.addr, line, n);
    else if (inRange) {
      hit = true;
      const end = cmd.addr2;
      if (end !== LAST_LINE && (typeof end === 'number' ? n >= end : matches(end, line, n))) inRange = false;
    } else {
      hit = matches(cmd.addr, line, n);
      // A range whose end is a line number at or before its start covers one line (sed(1) "Addresses").
      const end = cmd.addr2;
      if (hit) inRange = end === LAST_LINE ? n < all.length : typeof end === 'number' ? end > n : true;
    }
    if (!hit) {
      if (!quiet) out.push(line);
      return;
    }
    if (cmd.kind === 'd') return;
    if (cmd.kind === 'p') {
      out.push(line);
      if (!quiet) out.push(line);
      return;
    }
    const re = cmd.re as RegExp;
    const changed = line.replace(re, cmd.repl ?? '');
    re.lastIndex = 0;
    const did = changed !== line || re.test(line);
    re.lastIndex = 0;
    if (!quiet) out.push(changed);
    if (cmd.print && did) out.push(changed);
  });
  return out.map((l) => l + '\n').join('');
}

const TMP_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const sed: CmdFn = (io, args) => {
  const k = io.k;
  let inPlace = false;
  let quiet = false;
  let ere = false;
  let script: string | undefined;
  const files: string[] = [];
  const queue = [...args];
  for (let a = queue.shift(); a !== undefined; a = queue.shift()) {
    if (a === '-i' || a.startsWith('-i') || a === '--in-place') inPlace = true;
    else if (a === '-n' || a === '--quiet') quiet = true;
    else if (a === '-E' || a === '-r') ere = true;
    else if (a === '-e') script = queue.shift();
    else if (/^-[nEr]+$/.test(a)) {
      quiet ||= a.includes('n');
      ere ||= /[Er]/.test(a);
    } else if (script === undefined) script = a;
    else files.push(a);
  }
  if (script === undefined) {
    io.err('Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n');
    return 1;
  }
  const cmd = parseSed(script, ere);
  if (typeof cmd === 'string') {
    io.err(`sed: ${cmd}\n`);
    return 1;
  }
  if (!inPlace) {
    const { text, ok } = inputs(io, 'sed', files);
    io.out(applySed(cmd, text, quiet));
    return ok ? 0 : 2;
  }
  if (!files.length) {
    io.err('sed: no input files\n');
    return 1;
  }
  let status = 0;
  for (const f of files) {
    const text = readText(io, "sed: can't read", f);
    if (text === null) {
      status = 2;
      continue;
    }
    // sed -i writes a temporary file next to the file and renames it over the name,
    // which replaces a symlink with a regular file (GNU sed execute.c: open_next_file() makes a temporary with ck_mkstemp(), then ck_rename()).
    const r = k.fs.resolve(f, k.cwd, io.cred, false);
    const tmp = joinPath(r.parentPath, 'sed' + k.rng.chars(TMP_CHARS, 6));
    try {
      k.fs.checkDirWrite(r, io.cred);
    } catch (e) {
      io.err(`sed: couldn't open temporary file ${tmp}: ${errText(e)}\n`);
      status = 4;
      continue;
    }
    const target = k.fs.get(f, k.cwd, io.cred);
    const result = applySed(cmd, text, quiet);
    if (result.length > 64 * 1024) {
      io.err(`sed: couldn't write ${result.length} items to ${tmp}: No space left on device\n`);
      status = 4;
      continue;
    }
    r.parent.kids.set(r.name, {
      t: 'f',
      mode: target.mode & 0o777,
      uid: io.cred.user,
      gid: io.cred.groups[0],
      mtime: k.clock.ms,
      data: result,
    });
  }
  return status;
};

// --- text filters -----------------------------------------------------------------

const grep: CmdFn = (io, args) => {
  const { flags, rest, vals } = opts(args, ['e', 'm']);
  const pattern = vals.e ?? rest.shift();
  if (pattern === undefined) {
    io.err("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
    return 2;
  }
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = flags.has('F')
    ? new RegExp(esc(pattern), flags.has('i') ? 'i' : '')
    : safeRegex(pattern, flags.has('E'), flags.has('i') ? 'i' : '');
  if (!re) {
    io.err('grep: Invalid regular expression\n');
    return 2;
  }
  let found = 0;
  let ok = true;
  const sources = rest.length ? rest : ['-'];
  for (const src of sources) {
    const text = src === '-' ? (io.stdin ?? '') : readText(io, 'grep', src);
    if (text === null) {
      ok = false;
      continue;
    }
    let count = 0;
    lines(text).forEach((line, i) => {
      if (re.test(line) !== flags.has('v')) {
        count++;
        if (!flags.has('q') && !flags.has('c') && !flags.has('l')) {
          const pre = (sources.length > 1 ? src + ':' : '') + (flags.has('n') ? `${i + 1}:` : '');
          io.out(pre + line + '\n');
        }
      }
    });
    if (flags.has('c')) io.out((sources.length > 1 ? src + ':' : '') + count + '\n');
    if (flags.has('l') && count) io.out(src + '\n');
    found += count;
  }
  return !ok ? 2 : found ? 0 : 1;
};

/** `-n N`, `-N`, `-c N` (bytes) of head and tail. */
function countArg(args: string[]): { n: number; bytes: boolean; rest: string[]; bad: string | null } {
  let n = 10;
  let bytes = false;
  let bad: string | null = null;
  const rest: string[] = [];
  const queue = [...args];
  for (let a = queue.shift(); a !== undefined; a = queue.shift()) {
    let v: string | undefined;
    if (a === '-n' || a === '-c') {
      v = queue.shift();
      bytes = a === '-c';
    } else if (/^-[nc].+$/.test(a)) {
      v = a.slice(2);
      bytes = a[1] === 'c';
    } else if (/^-\d+$/.test(a)) v = a.slice(1);
    else if (a.startsWith('--lines=') || a.startsWith('--bytes=')) {
      v = a.slice(8);
      bytes = a.startsWith('--bytes');
    } else {
      rest.push(a);
      continue;
    }
    if (v === undefined || !/^\d+$/.test(v)) bad = v ?? '';
    else n = Number(v);
  }
  return { n, bytes, rest, bad };
}

function badCount(io: Io, cmd: string, bytes: boolean, v: string): number {
  io.err(`${cmd}: invalid number of ${bytes ? 'bytes' : 'lines'}: ${q(v)}\n`);
  return 1;
}

const head: CmdFn = (io, args) => {
  const { n, bytes, rest, bad } = countArg(args);
  if (bad !== null) return badCount(io, 'head', bytes, bad);
  const { text, ok } = inputs(io, 'head', rest);
  if (bytes) io.out(sliceBytes(text, 0, n));
  else
    io.out(
      lines(text)
        .slice(0, n)
        .map((l) => l + '\n')
        .join(''),
    );
  return ok ? 0 : 1;
};
const tail: CmdFn = (io, args) => {
  const { n, bytes, rest, bad } = countArg(args);
  if (bad !== null) return badCount(io, 'tail', bytes, bad);
  const { text, ok } = inputs(io, 'tail', rest);
  if (bytes) io.out(sliceBytes(text, Math.max(0, byteLen(text) - n), n));
  else {
    const ls = lines(text);
    io.out(
      ls
        .slice(Math.max(0, ls.length - n))
        .map((l) => l + '\n')
        .join(''),
    );
  }
  return ok ? 0 : 1;
};

/** `n` bytes of the UTF-8 text from byte `start` (a cut character becomes U+FFFD, as a terminal shows it). */
function sliceBytes(text: string, start: number, n: number): string {
  const b = new TextEncoder().encode(text).slice(start, start + n);
  return new TextDecoder().decode(b);
}

const wc: CmdFn = (io, args) => {
  const { flags, rest } = opts(args);
  type Counts = { l: number; w: number; c: number };
  const all = ['l', 'w', 'c'] as const;
  const want = all.filter((f) => flags.has(f) || (f === 'c' && flags.has('m')));
  const cols = want.length ? want : all;
  const count = (t: string): Counts => ({
    l: (t.match(/\n/g) ?? []).length,
    w: t.split(/\s+/).filter(Boolean).length,
    c: byteLen(t),
  });
  if (!rest.length) {
    const c = count(io.stdin ?? '');
    const cells = cols.map((k) => String(c[k]));
    io.out((cells.length === 1 ? cells : cells.map((x) => x.padStart(7))).join(' ') + '\n');
    return 0;
  }
  let ok = true;
  const rows: [Counts, string][] = [];
  for (const f of rest) {
    const t = readText(io, 'wc', f);
    if (t === null) ok = false;
    else rows.push([count(t), f]);
  }
  if (rows.length > 1)
    rows.push([
      {
        l: rows.reduce((a, r) => a + r[0].l, 0),
        w: rows.reduce((a, r) => a + r[0].w, 0),
        c: rows.reduce((a, r) => a + r[0].c, 0),
      },
      'total',
    ]);
  const width = Math.max(1, ...rows.map(([c]) => String(c.c).length));
  for (const [c, name] of rows)
    io.out(
      cols.map((k) => String(c[k]).padStart(cols.length === 1 && rows.length === 1 ? 0 : width)).join(' ') +
        ' ' +
        name +
        '\n',
    );
  return ok ? 0 : 1;
};

/** sort [-r] [-n] [-u] [-f] [-k N] [-t SEP] [FILE]... (coreutils sort(1), C locale byte order). */
const sort: CmdFn = (io, args) => {
  const { flags, vals, rest } = opts(args, ['k', 't', 'o']);
  const { text, ok } = inputs(io, 'sort', rest);
  const field = vals.k !== undefined ? Number.parseInt(vals.k, 10) : 0;
  if (vals.k !== undefined && !(field >= 1)) {
    io.err(`sort: invalid number at field start: invalid count at start of ${q(vals.k)}\n`);
    return 2;
  }
  const key = (l: string): string => {
    if (!field) return l;
    const parts = vals.t !== undefined ? l.split(vals.t) : l.trim().split(/\s+/);
    return parts.slice(field - 1).join(vals.t ?? ' ');
  };
  const num = (s: string) => {
    const m = /^\s*-?\d+(\.\d+)?/.exec(s);
    return m ? Number(m[0]) : 0;
  };
  const cmp = (a: string, b: string): number => {
    let ka = key(a);
    let kb = key(b);
    if (flags.has('f')) {
      ka = ka.toUpperCase();
      kb = kb.toUpperCase();
    }
    const c = flags.has('n') || flags.has('h') ? num(ka) - num(kb) : ka < kb ? -1 : ka > kb ? 1 : 0;
    return c !== 0 || flags.has('u') ? c : a < b ? -1 : a > b ? 1 : 0;
  };
  let sorted = lines(text).sort(cmp);
  if (flags.has('r')) sorted.reverse();
  if (flags.has('u'))
    sorted = sorted.filter((l, i) => {
      const prev = sorted[i - 1];
      return prev === undefined || cmp(prev, l) !== 0;
    });
  io.out(sorted.map((l) => l + '\n').join(''));
  return ok ? 0 : 2;
};

/** uniq [-c] [-d] [-u] [-i] [INPUT]: adjacent duplicates only, as uniq(1) says. */
const uniq: CmdFn = (io, args) => {
  const { flags, rest } = opts(args);
  const { text, ok } = inputs(io, 'uniq', rest.slice(0, 1));
  const groups: [string, number][] = [];
  const same = (a: string, b: string) => (flags.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b);
  for (const l of lines(text)) {
    const last = groups[groups.length - 1];
    if (last && same(last[0], l)) last[1]++;
    else groups.push([l, 1]);
  }
  for (const [l, c] of groups) {
    if (flags.has('d') && c < 2) continue;
    if (flags.has('u') && c > 1) continue;
    io.out(flags.has('c') ? `${String(c).padStart(7)} ${l}\n` : `${l}\n`);
  }
  return ok ? 0 : 1;
};

/** A cut list (`1,3-5,7-`) as a test on 1-based positions. */
function cutList(spec: string): ((i: number) => boolean) | null {
  const ranges: [number, number][] = [];
  for (const part of spec.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || part === '' || part === '-') return null;
    const from = m[1] ? Number(m[1]) : 1;
    const to = m[2] ? (m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY) : from;
    if (from < 1) return null;
    ranges.push([from, to]);
  }
  return (i) => ranges.some(([a, b]) => i >= a && i <= b);
}

/** cut -f LIST [-d DELIM] [-s] | -c LIST | -b LIST [FILE]... (coreutils cut(1)). */
const cut: CmdFn = (io, args) => {
  const { flags, vals, rest } = opts(args, ['f', 'd', 'c', 'b']);
  const spec = vals.f ?? vals.c ?? vals.b;
  if (spec === undefined) {
    io.err("cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n");
    return 1;
  }
  const pick = cutList(spec);
  if (!pick) {
    io.err(`cut: invalid field value ${q(spec)}\nTry 'cut --help' for more information.\n`);
    return 1;
  }
  const delim = vals.d ?? '\t';
  if (delim.length !== 1) {
    io.err("cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n");
    return 1;
  }
  const { text, ok } = inputs(io, 'cut', rest);
  for (const l of lines(text)) {
    if (vals.f === undefined) {
      io.out([...l].filter((_c, i) => pick(i + 1)).join('') + '\n');
    } else if (!l.includes(delim)) {
      if (!flags.has('s')) io.out(l + '\n');
    } else
      io.out(
        l
          .split(delim)
          .filter((_f, i) => pick(i + 1))
          .join(delim) + '\n',
      );
  }
  return ok ? 0 : 1;
};

/** less: the terminal here cannot page, so it shows the whole text, as less does when its output is not a terminal. */
const less: CmdFn = (io, args) => {
  const files = args.filter((a) => !a.startsWith('-') || a === '-');
  if (files.length === 0 && io.stdin === null) {
    io.err('Missing filename ("less --help" for help)\n');
    return 1;
  }
  const { text, ok } = inputs(io, 'less', files);
  io.out(text);
  return ok ? 0 : 1;
};

export const TEXT_COMMANDS: Record<string, CmdFn> = {
  cat,
  echo,
  tee,
  sed,
  grep,
  head,
  tail,
  wc,
  sort,
  uniq,
  cut,
  less,
};
