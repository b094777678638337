// Text: printing, filtering and editing streams and files (GNU coreutils, sed, grep).
import { type CmdFn, errText } from '../kernel.ts';
import { FsError, joinPath } from '../fs.ts';
import { unescapeC } from './builtins.ts';
import { opts, readText, inputs, lines, safeRegex, byteLen } from './util.ts';

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
  for (; i < args.length && /^-[neE]+$/.test(args[i] as string); i++) {
    const a = args[i] as string;
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
      io.err(`tee: ${f}: ${errText(e)}\n`); // tee prints the name without quotes (§1.1)
      status = 1;
    }
  }
  io.out(data);
  return status;
};

// --- sed ----------------------------------------------------------------------------

interface SedCmd {
  kind: 's' | 'd' | 'p';
  addr?: RegExp;
  re?: RegExp;
  repl?: string;
  global?: boolean;
  print?: boolean;
}

function parseSed(script: string, ere: boolean): SedCmd | string {
  let i = 0;
  let addr: RegExp | undefined;
  if (script[0] === '/') {
    const end = script.indexOf('/', 1);
    if (end < 0) return `-e expression #1, char ${script.length}: unterminated address regex`;
    const re = safeRegex(script.slice(1, end), ere, '');
    if (!re) return `-e expression #1, char ${end + 1}: Invalid preceding regular expression`;
    addr = re;
    i = end + 1;
  }
  const c = script[i];
  if (c === 'd' || c === 'p') {
    if (script.slice(i + 1).trim() !== '') return `-e expression #1, char ${i + 2}: extra characters after command`;
    return { kind: c, addr };
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
  if (parts.length < 2) return `-e expression #1, char ${script.length}: unterminated \`s' command`;
  const fl = script.slice(j);
  if (!/^[gpI]*$/.test(fl)) return `-e expression #1, char ${script.length}: unknown option to \`s'`;
  const re = safeRegex(parts[0], ere, (fl.includes('g') ? 'g' : '') + (fl.includes('I') ? 'i' : ''));
  if (!re) return `-e expression #1, char ${script.length}: Invalid preceding regular expression`;
  // sed's & and \1 become JavaScript's $& and $1; a literal $ must not be read as one.
  const repl = parts[1]
    .replace(/\$/g, '$$$$')
    .replace(/\\(\d)/g, '$$$1')
    .replace(/(^|[^\\])&/g, '$1$$&')
    .replace(/\\&/g, '&')
    .replace(/\\n/g, '\n')
    .replace(/\\(.)/g, '$1');
  return { kind: 's', addr, re, repl, global: fl.includes('g'), print: fl.includes('p') };
}

function applySed(cmd: SedCmd, text: string, quiet: boolean): string {
  const out: string[] = [];
  const hadNl = text.endsWith('\n');
  for (const line of lines(text)) {
    const hit = cmd.addr ? cmd.addr.test(line) : true;
    if (cmd.addr) cmd.addr.lastIndex = 0;
    if (!hit) {
      if (!quiet) out.push(line);
      continue;
    }
    if (cmd.kind === 'd') continue;
    if (cmd.kind === 'p') {
      out.push(line);
      if (!quiet) out.push(line);
      continue;
    }
    const changed = line.replace(cmd.re!, cmd.repl!);
    const did = changed !== line || cmd.re!.test(line);
    cmd.re!.lastIndex = 0;
    if (!quiet) out.push(changed);
    if (cmd.print && did) out.push(changed);
  }
  return out.join('\n') + (out.length && (hadNl || true) ? '\n' : '');
}

const TMP_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const sed: CmdFn = (io, args) => {
  const k = io.k;
  let inPlace = false;
  let quiet = false;
  let ere = false;
  let script: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-i' || a.startsWith('-i') || a === '--in-place') inPlace = true;
    else if (a === '-n' || a === '--quiet') quiet = true;
    else if (a === '-E' || a === '-r') ere = true;
    else if (a === '-e') script = args[++i];
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
    // which replaces a symlink with a regular file (§5.1).
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
    r.parent.kids!.set(r.name, {
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

function countArg(args: string[]): { n: number; rest: string[] } {
  let n = 10;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-n') n = Number(args[++i]);
    else if (/^-n\d+$/.test(a)) n = Number(a.slice(2));
    else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else rest.push(a);
  }
  return { n: Number.isFinite(n) ? n : 10, rest };
}

const head: CmdFn = (io, args) => {
  const { n, rest } = countArg(args);
  const { text, ok } = inputs(io, 'head', rest);
  const ls = lines(text).slice(0, n);
  io.out(ls.map((l) => l + '\n').join(''));
  return ok ? 0 : 1;
};
const tail: CmdFn = (io, args) => {
  const { n, rest } = countArg(args);
  const { text, ok } = inputs(io, 'tail', rest);
  const ls = lines(text);
  io.out(
    ls
      .slice(Math.max(0, ls.length - n))
      .map((l) => l + '\n')
      .join(''),
  );
  return ok ? 0 : 1;
};

const wc: CmdFn = (io, args) => {
  const { flags, rest } = opts(args);
  const want = ['l', 'w', 'c'].filter((f) => flags.has(f) || (f === 'c' && flags.has('m')));
  const cols = want.length ? want : ['l', 'w', 'c'];
  const count = (t: string) =>
    ({ l: (t.match(/\n/g) ?? []).length, w: t.split(/\s+/).filter(Boolean).length, c: byteLen(t) }) as Record<
      string,
      number
    >;
  if (!rest.length) {
    const c = count(io.stdin ?? '');
    io.out(cols.length === 1 ? `${c[cols[0]]}\n` : cols.map((k) => String(c[k]).padStart(7)).join(' ') + '\n');
    return 0;
  }
  let ok = true;
  const rows: [Record<string, number>, string][] = [];
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

export const TEXT_COMMANDS: Record<string, CmdFn> = {
  cat,
  echo,
  tee,
  sed,
  grep,
  head,
  tail,
  wc,
};
