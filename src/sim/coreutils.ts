// GNU coreutils, util-linux, procps and systemctl, with the messages of §1.1.
import { type CmdFn, type Io, errText } from './kernel.ts';
import {
  FsError,
  Fs,
  cloneTree,
  joinPath,
  basename,
  isRo,
  type Node,
  type Mount,
  type Cred,
  type Resolved,
} from './fs.ts';
import { lsDate, systemdDate, hms } from './state.ts';

const q = (s: string) => "'" + s + "'";

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

function missing(io: Io, cmd: string): number {
  io.err(`${cmd}: missing operand\nTry '${cmd} --help' for more information.\n`);
  return 1;
}

/** Runs an fs operation, printing `<prefix>: <errno text>` on failure. */
function attempt(io: Io, prefix: string, f: () => void): boolean {
  try {
    f();
    return true;
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    io.err(`${prefix}: ${errText(e)}\n`);
    return false;
  }
}

function readText(io: Io, cmd: string, path: string): string | null {
  const k = io.k;
  try {
    const n = k.fs.get(path, k.cwd, io.cred);
    if (n.t === 'd') throw new FsError('EISDIR');
    k.fs.checkRead(n, io.cred);
    return n.data ?? '';
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    io.err(`${cmd}: ${path}: ${errText(e)}\n`);
    return null;
  }
}

/** Input from files, or stdin when there are none (or `-`). */
function inputs(io: Io, cmd: string, files: string[]): { text: string; ok: boolean } {
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

function lines(text: string): string[] {
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

// --- file commands ------------------------------------------------------------------

const touch: CmdFn = (io, args) => {
  const { rest } = opts(args);
  if (!rest.length) return missing(io, 'touch');
  const k = io.k;
  let status = 0;
  for (const f of rest) {
    const ok = attempt(io, `touch: cannot touch ${q(f)}`, () => {
      const r = k.fs.resolve(f, k.cwd, io.cred, true);
      if (r.node) {
        // utimensat(NULL) needs write access like open(O_WRONLY) does (§1.2).
        if (r.node.t !== 'd') k.fs.checkOpenWrite(r, io.cred, false);
        else if (isRo(r.mount)) throw new FsError('EROFS');
        r.node.mtime = k.clock.ms;
      } else k.fs.writeFile(f, k.cwd, io.cred, '', true);
    });
    if (!ok) status = 1;
  }
  return status;
};

const mkdir: CmdFn = (io, args) => {
  const { flags, rest } = opts(args, ['m']);
  if (!rest.length) return missing(io, 'mkdir');
  const k = io.k;
  let status = 0;
  for (const d of rest) {
    const targets: string[] = [];
    if (flags.has('p')) {
      let acc = d.startsWith('/') ? '' : '.';
      for (const part of d.split('/').filter(Boolean)) targets.push((acc = acc + '/' + part));
    } else targets.push(d);
    for (const t of targets) {
      const shown = flags.has('p') ? t.replace(/^\.\//, '') : t;
      if (flags.has('p') && k.fs.tryGet(t, k.cwd, io.cred)?.t === 'd') continue;
      // mkdir quotes with the locale's quotation marks (§1.1 quoting note).
      const ok = attempt(io, `mkdir: cannot create directory ${k.lquote(shown)}`, () => k.fs.mkdir(t, k.cwd, io.cred));
      if (!ok) {
        status = 1;
        break;
      }
    }
  }
  return status;
};

function removeTree(io: Io, path: string, shown: string, cmd = 'rm'): boolean {
  const k = io.k;
  let n: Node | undefined;
  try {
    n = k.fs.resolve(path, k.cwd, io.cred, false).node;
  } catch {
    n = undefined;
  }
  if (n && n.t === 'd' && !k.fs.mountAt(k.fs.resolve(path, k.cwd, io.cred, false).path)) {
    let all = true;
    for (const name of [...n.kids!.keys()].sort())
      all = removeTree(io, joinPath(path, name), joinPath(shown, name), cmd) && all;
    // rm does not report a directory whose contents it could not remove.
    if (!all) return false;
    return attempt(io, `${cmd}: cannot remove ${q(shown)}`, () => k.fs.remove(path, k.cwd, io.cred, true));
  }
  return attempt(io, `${cmd}: cannot remove ${q(shown)}`, () => k.fs.remove(path, k.cwd, io.cred, false));
}

const rm: CmdFn = (io, args) => {
  const { flags, rest, long } = opts(args);
  const k = io.k;
  const force = flags.has('f') || long.includes('--force');
  const rec = flags.has('r') || flags.has('R') || long.includes('--recursive');
  if (!rest.length) {
    if (force) return 0;
    return missing(io, 'rm');
  }
  let status = 0;
  for (const f of rest) {
    let node: Node | undefined;
    let canon = '';
    try {
      const r = k.fs.resolve(f, k.cwd, io.cred, false);
      node = r.node;
      canon = r.path;
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      if (!(force && e.code === 'ENOENT')) {
        io.err(`rm: cannot remove ${q(f)}: ${errText(e)}\n`);
        status = 1;
      }
      continue;
    }
    if (!node) {
      if (!force) {
        io.err(`rm: cannot remove ${q(f)}: No such file or directory\n`);
        status = 1;
      }
      continue;
    }
    if (rec && canon === '/' && !long.includes('--no-preserve-root')) {
      io.err(
        "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
      );
      status = 1;
      continue;
    }
    if (node.t === 'd' && !rec) {
      io.err(`rm: cannot remove ${q(f)}: Is a directory\n`);
      status = 1;
      continue;
    }
    if (!removeTree(io, f, f)) status = 1;
  }
  return status;
};

const rmdir: CmdFn = (io, args) => {
  const { rest } = opts(args);
  if (!rest.length) return missing(io, 'rmdir');
  let status = 0;
  for (const d of rest)
    if (!attempt(io, `rmdir: failed to remove ${q(d)}`, () => io.k.fs.remove(d, io.k.cwd, io.cred, true))) status = 1;
  return status;
};

/** Copies `src` to the path `dst` (already resolved against a target directory). */
function copyOne(io: Io, cmd: string, src: string, dst: string, recursive: boolean): boolean {
  const k = io.k;
  let n: Node;
  try {
    // cp -R copies symbolic links as links (-P is its default)
    n = k.fs.get(src, k.cwd, io.cred, !recursive);
    if (n.t !== 'l') k.fs.checkRead(n, io.cred);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    io.err(
      e.code === 'EACCES'
        ? `${cmd}: cannot open ${q(src)} for reading: Permission denied\n`
        : `${cmd}: cannot stat ${q(src)}: ${errText(e)}\n`,
    );
    return false;
  }
  if (n.t === 'd') {
    if (!recursive) {
      io.err(`${cmd}: -r not specified; omitting directory ${q(src)}\n`);
      return false;
    }
    const existing = k.fs.tryGet(dst, k.cwd, io.cred);
    if (!existing && !attempt(io, `${cmd}: cannot create directory ${q(dst)}`, () => k.fs.mkdir(dst, k.cwd, io.cred)))
      return false;
    let ok = true;
    for (const name of [...n.kids!.keys()].sort())
      ok = copyOne(io, cmd, joinPath(src, name), joinPath(dst, name), true) && ok;
    return ok;
  }
  if (n.t === 'l') {
    const target = n.target!;
    return attempt(io, `${cmd}: cannot create symbolic link ${q(dst)}`, () =>
      k.fs.symlink(target, dst, k.cwd, io.cred),
    );
  }
  const exists = k.fs.tryGet(dst, k.cwd, io.cred) !== undefined;
  const what = exists ? `${cmd}: cannot open ${q(dst)} for writing` : `${cmd}: cannot create regular file ${q(dst)}`;
  return attempt(io, what, () => {
    k.fs.writeFile(dst, k.cwd, io.cred, n.data ?? '', false);
    const created = k.fs.get(dst, k.cwd, io.cred);
    if (!exists) created.mode = n.mode & 0o777 & ~0o022;
  });
}

/** `cp a b`, `cp a b c dir/`: the destination and the paths to write for each source. */
function targets(io: Io, cmd: string, rest: string[]): [string, string][] | null {
  const k = io.k;
  if (rest.length === 0) {
    missing(io, cmd);
    return null;
  }
  if (rest.length === 1) {
    io.err(`${cmd}: missing destination file operand after ${q(rest[0])}\nTry '${cmd} --help' for more information.\n`);
    return null;
  }
  const dest = rest[rest.length - 1];
  const srcs = rest.slice(0, -1);
  const d = k.fs.tryGet(dest, k.cwd, io.cred);
  if (d?.t === 'd') return srcs.map((s) => [s, joinPath(dest.replace(/\/+$/, '') || '/', basename(s))]);
  if (srcs.length > 1) {
    io.err(`${cmd}: target ${q(dest)}: ${d ? 'Not a directory' : 'No such file or directory'}\n`);
    return null;
  }
  if (dest.endsWith('/') && !d) return [[srcs[0], dest + basename(srcs[0])]];
  return [[srcs[0], dest]];
}

/** Whether `dst` lies inside the directory `src` (copying or moving a directory into itself). */
function intoItself(io: Io, src: string, dst: string): boolean {
  const k = io.k;
  try {
    const s = k.fs.resolve(src, k.cwd, io.cred, true);
    if (s.node?.t !== 'd') return false;
    const parent = dst.includes('/') ? dst.slice(0, dst.lastIndexOf('/')) || '/' : '.';
    const d = k.fs.resolve(parent, k.cwd, io.cred, true).path;
    return d === s.path || d.startsWith(s.path === '/' ? '/' : s.path + '/');
  } catch {
    return false;
  }
}

const cp: CmdFn = (io, args) => {
  const { flags, rest } = opts(args);
  const t = targets(io, 'cp', rest);
  if (!t) return 1;
  const rec = flags.has('r') || flags.has('R') || flags.has('a');
  let status = 0;
  for (const [s, d] of t) {
    if (rec && intoItself(io, s, d)) {
      io.err(`cp: cannot copy a directory, ${q(s)}, into itself, ${q(d)}\n`);
      status = 1;
    } else if (!copyOne(io, 'cp', s, d, rec)) status = 1;
  }
  return status;
};

const install: CmdFn = (io, args) => {
  const { rest } = opts(args, ['m', 'o', 'g']);
  const t = targets(io, 'install', rest);
  if (!t) return 1;
  let status = 0;
  for (const [s, d] of t) if (!copyOne(io, 'install', s, d, false)) status = 1;
  return status;
};

const mv: CmdFn = (io, args) => {
  const { rest } = opts(args);
  const t = targets(io, 'mv', rest);
  if (!t) return 1;
  const k = io.k;
  let status = 0;
  for (const [s, d] of t) {
    try {
      k.fs.rename(s, d, k.cwd, io.cred);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      if (e.code === 'ENOENT' && !k.fs.tryGet(s, k.cwd, io.cred, false)) {
        io.err(`mv: cannot stat ${q(s)}: No such file or directory\n`);
        status = 1;
      } else if (e.code === 'EINVAL') {
        io.err(`mv: cannot move ${q(s)} to a subdirectory of itself, ${q(d)}\n`);
        status = 1;
      } else if (e.code === 'EXDEV') {
        // Across file systems mv copies, then removes the source.
        if (!copyOne(io, 'mv', s, d, true) || !removeTree(io, s, s, 'mv')) status = 1;
      } else {
        io.err(`mv: cannot move ${q(s)} to ${q(d)}: ${errText(e)}\n`);
        status = 1;
      }
    }
  }
  return status;
};

const ln: CmdFn = (io, args) => {
  const { flags, rest } = opts(args);
  const k = io.k;
  if (!rest.length) return missing(io, 'ln');
  const target = rest[0];
  let name = rest[1] ?? basename(target);
  const existing = k.fs.tryGet(name, k.cwd, io.cred, !flags.has('n'));
  if (existing?.t === 'd' && rest.length === 2 && !flags.has('T')) name = joinPath(name, basename(target));
  const sym = flags.has('s');
  const what = sym
    ? `ln: failed to create symbolic link ${q(name)}`
    : `ln: failed to create hard link ${q(name)} => ${q(target)}`;
  const ok = attempt(io, what, () => {
    if (flags.has('f') && k.fs.tryGet(name, k.cwd, io.cred, false)) k.fs.remove(name, k.cwd, io.cred, false);
    if (sym) k.fs.symlink(target, name, k.cwd, io.cred);
    else {
      const src = k.fs.get(target, k.cwd, io.cred);
      if (src.t === 'd') throw new FsError('EPERM');
      const r = k.fs.resolve(name, k.cwd, io.cred, false);
      if (r.node) throw new FsError('EEXIST');
      k.fs.checkDirWrite(r, io.cred);
      if (r.parentMount !== k.fs.resolve(target, k.cwd, io.cred).parentMount) throw new FsError('EXDEV');
      r.parent.kids!.set(r.name, src);
    }
  });
  return ok ? 0 : 1;
};

function parseMode(spec: string, old: number, isDir: boolean): number | null {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let mode = old;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxX]*)$/.exec(clause);
    if (!m) return null;
    const who = m[1] === '' || m[1].includes('a') ? 'ugo' : m[1];
    let bits = 0;
    for (const p of m[3])
      bits |= p === 'r' ? 4 : p === 'w' ? 2 : p === 'x' || (p === 'X' && (isDir || (old & 0o111) !== 0)) ? 1 : 0;
    for (const w of who) {
      const shift = w === 'u' ? 6 : w === 'g' ? 3 : 0;
      const mask = 7 << shift;
      if (m[2] === '+') mode |= bits << shift;
      else if (m[2] === '-') mode &= ~(bits << shift);
      else mode = (mode & ~mask) | (bits << shift);
    }
  }
  return mode;
}

/** chmod/chown: the mount is checked first, then ownership (the kernel's order). */
function changeAttr(
  io: Io,
  cmd: 'chmod' | 'chown',
  path: string,
  apply: (n: Node) => void,
  ownerOk: (n: Node, c: Cred) => boolean,
): boolean {
  const k = io.k;
  let r: Resolved;
  try {
    r = k.fs.resolve(path, k.cwd, io.cred, true);
    if (!r.node) throw new FsError('ENOENT');
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    io.err(`${cmd}: cannot access ${q(path)}: ${errText(e)}\n`);
    return false;
  }
  const node = r.node;
  const what =
    cmd === 'chmod' ? `chmod: changing permissions of ${q(path)}` : `chown: changing ownership of ${q(path)}`;
  return attempt(io, what, () => {
    if (isRo(r.mount)) throw new FsError('EROFS');
    if (!ownerOk(node, io.cred)) throw new FsError('EPERM');
    apply(node);
  });
}

const chmod: CmdFn = (io, args) => {
  // A mode like -x looks like an option; take the first operand-ish word as the mode.
  const rest = args.filter((a) => a !== '-R' && a !== '--');
  if (rest.length < 2) {
    if (rest.length === 1) {
      io.err(`chmod: missing operand after ${io.k.lquote(rest[0])}\nTry 'chmod --help' for more information.\n`);
      return 1;
    }
    return missing(io, 'chmod');
  }
  const [spec, ...files] = rest;
  if (parseMode(spec, 0o644, false) === null) {
    io.err(`chmod: invalid mode: ${io.k.lquote(spec)}\nTry 'chmod --help' for more information.\n`);
    return 1;
  }
  let status = 0;
  for (const f of files) {
    const ok = changeAttr(
      io,
      'chmod',
      f,
      (n) => {
        n.mode = parseMode(spec, n.mode, n.t === 'd')! & 0o7777;
      },
      (n, c) => c.user === 'root' || n.uid === c.user,
    );
    if (!ok) status = 1;
  }
  return status;
};

const KNOWN_GROUPS = ['root', 'wheel', 'adm', 'users', 'systemd-journal', 'nogroup', 'nixbld'];
const chown: CmdFn = (io, args) => {
  const { rest } = opts(args);
  if (rest.length < 2) return missing(io, 'chown');
  const [spec, ...files] = rest;
  const [user, group] = spec.split(':');
  const users = ['root', io.k.sysmod.user];
  if (user && !users.includes(user)) {
    io.err(`chown: invalid user: ${io.k.lquote(spec)}\n`);
    return 1;
  }
  if (group && !users.includes(group) && !KNOWN_GROUPS.includes(group)) {
    io.err(`chown: invalid group: ${io.k.lquote(spec)}\n`);
    return 1;
  }
  let status = 0;
  for (const f of files) {
    const ok = changeAttr(
      io,
      'chown',
      f,
      (n) => {
        if (user) n.uid = user;
        if (group) n.gid = group;
      },
      (_n, c) => c.user === 'root',
    );
    if (!ok) status = 1;
  }
  return status;
};

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
  for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
    if (args[i].includes('n')) newline = false;
    if (args[i].includes('e')) escapes = true;
    if (args[i].includes('E')) escapes = false;
  }
  let s = args.slice(i).join(' ');
  if (escapes)
    s = s.replace(/\\(n|t|\\|e|a)/g, (_m, c: string) => ({ n: '\n', t: '\t', '\\': '\\', e: '\x1b', a: '\x07' })[c]!);
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

// --- ls ---------------------------------------------------------------------------

function modeString(n: Node): string {
  const t = n.t === 'd' ? 'd' : n.t === 'l' ? 'l' : n.t === 'c' ? 'c' : '-';
  let s = t;
  for (let shift = 6; shift >= 0; shift -= 3) {
    const b = (n.mode >> shift) & 7;
    s += (b & 4 ? 'r' : '-') + (b & 2 ? 'w' : '-') + (b & 1 ? 'x' : '-');
  }
  if (n.mode & 0o1000) s = s.slice(0, 9) + (n.mode & 1 ? 't' : 'T');
  return s;
}
function byteLen(s: string): number {
  return new TextEncoder().encode(s).length;
}
function nodeSize(n: Node): number {
  if (n.t === 'd') return 4096;
  if (n.t === 'l') return byteLen(n.target ?? '');
  if (n.t === 'c') return 0;
  return byteLen(n.data ?? '');
}
function human(bytes: number): string {
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

function columns(names: string[], width = 80): string {
  if (names.length === 0) return '';
  const lens = names.map((n) => [...n].length);
  for (let cols = Math.min(names.length, Math.floor(width / 3)); cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const colW: number[] = [];
    for (let c = 0; c < cols; c++) {
      let w = 0;
      for (let r = 0; r < rows; r++) {
        const i = c * rows + r;
        if (i < names.length) w = Math.max(w, lens[i]);
      }
      colW.push(w);
    }
    const total = colW.reduce((a, b) => a + b, 0) + 2 * (cols - 1);
    if (total <= width || cols === 1) {
      let out = '';
      for (let r = 0; r < rows; r++) {
        let line = '';
        for (let c = 0; c < cols; c++) {
          const i = c * rows + r;
          if (i >= names.length) continue;
          const last = c === cols - 1 || (c + 1) * rows + r >= names.length;
          line += last ? names[i] : names[i] + ' '.repeat(colW[c] - lens[i] + 2);
        }
        out += line + '\n';
      }
      return out;
    }
  }
  return names.join('\n') + '\n';
}

const ls: CmdFn = (io, args) => {
  const { flags, rest } = opts(args);
  const k = io.k;
  const long = flags.has('l');
  const all = flags.has('a');
  const almost = flags.has('A');
  const selinuxDot = k.sysmod.selinuxContext ? '.' : '';
  const operands = rest.length ? rest : ['.'];
  let status = 0;
  const files: [string, Node][] = [];
  const dirs: [string, Node][] = [];
  for (const p of operands) {
    try {
      const r = k.fs.resolve(p, k.cwd, io.cred, !(long || flags.has('d')));
      if (!r.node) throw new FsError('ENOENT');
      let node = r.node;
      if (node.t === 'l' && !flags.has('d') && p.endsWith('/')) node = k.fs.get(p, k.cwd, io.cred);
      if (node.t === 'd' && !flags.has('d')) dirs.push([p, node]);
      else files.push([p, node]);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      io.err(`ls: cannot access ${q(p)}: ${errText(e)}\n`);
      status = 2;
    }
  }
  const fmt = (entries: [string, Node][], withTotal: boolean): string => {
    if (!long) {
      const names = entries.map(([n]) => n);
      return io.tty ? columns(names) : names.map((n) => n + '\n').join('');
    }
    const rows = entries.map(([name, n]) => {
      const nlink = n.t === 'd' ? 2 + [...n.kids!.values()].filter((c) => c.t === 'd').length : 1;
      const size = flags.has('h') ? human(nodeSize(n)) : String(nodeSize(n));
      const date = n.mtime === 0 ? 'Jan  1  1970' : lsDate(n.mtime);
      return {
        mode: modeString(n) + selinuxDot,
        nlink: String(nlink),
        uid: n.uid,
        gid: n.gid,
        size,
        date,
        name: n.t === 'l' ? `${name} -> ${n.target}` : name,
      };
    });
    const w = (key: 'nlink' | 'uid' | 'gid' | 'size') => Math.max(0, ...rows.map((r) => r[key].length));
    const [wl, wu, wg, ws] = [w('nlink'), w('uid'), w('gid'), w('size')];
    const blocks = entries.reduce(
      (a, [, n]) => a + (n.t === 'l' || n.t === 'c' ? 0 : Math.ceil(nodeSize(n) / 4096) * 4),
      0,
    );
    let out = withTotal ? `total ${blocks}\n` : '';
    for (const r of rows)
      out += `${r.mode} ${r.nlink.padStart(wl)} ${r.uid.padEnd(wu)} ${r.gid.padEnd(wg)} ${r.size.padStart(ws)} ${r.date} ${r.name}\n`;
    return out;
  };
  let out = fmt(files, false);
  const many = operands.length > 1;
  dirs.forEach(([p, d]) => {
    try {
      k.fs.checkRead(d, io.cred);
    } catch {
      io.err(`ls: cannot open directory ${q(p)}: Permission denied\n`);
      status = 2;
      return;
    }
    let base = '/';
    try {
      base = k.fs.resolve(p, k.cwd, io.cred, true).path;
    } catch {
      /* listed above */
    }
    // A mount point shows the mounted file system's root, as stat(2) does.
    const entries: [string, Node][] = [...d.kids!.entries()]
      .filter(([n]) => all || almost || !n.startsWith('.'))
      .map(([n, node]) => [n, k.fs.mountAt(joinPath(base, n))?.root ?? node]);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (all) entries.unshift(['.', d], ['..', k.fs.tryGet(joinPath(base, '..'), '/', io.cred) ?? d]);
    if (many || files.length) out += (out ? '\n' : '') + `${p}:\n`;
    out += fmt(entries, true);
  });
  io.out(out);
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

const readlink: CmdFn = (io, args) => {
  const { flags, rest } = opts(args);
  const k = io.k;
  let status = 0;
  for (const p of rest) {
    try {
      if (flags.has('f') || flags.has('e') || flags.has('m')) io.out(k.fs.resolve(p, k.cwd, io.cred, true).path + '\n');
      else {
        const n = k.fs.get(p, k.cwd, io.cred, false);
        if (n.t !== 'l') throw new FsError('EINVAL');
        io.out(n.target + '\n');
      }
    } catch {
      status = 1;
    }
  }
  return status;
};

// --- util-linux ---------------------------------------------------------------------

function mountTree(ms: Mount[]): { m: Mount; depth: number; prefix: string }[] {
  const parentOf = (m: Mount) =>
    ms
      .filter((p) => p !== m && (p.target === '/' ? m.target !== '/' : m.target.startsWith(p.target + '/')))
      .sort((a, b) => b.target.length - a.target.length)[0];
  const kids = new Map<Mount | undefined, Mount[]>();
  for (const m of ms) {
    const p = parentOf(m);
    if (!kids.has(p)) kids.set(p, []);
    kids.get(p)!.push(m);
  }
  const out: { m: Mount; depth: number; prefix: string }[] = [];
  const walk = (m: Mount, depth: number, lead: string, last: boolean) => {
    out.push({ m, depth, prefix: depth === 0 ? '' : lead + (last ? '└─' : '├─') });
    const cs = kids.get(m) ?? [];
    cs.forEach((c, i) => walk(c, depth + 1, depth === 0 ? '' : lead + (last ? '  ' : '│ '), i === cs.length - 1));
  };
  for (const r of kids.get(undefined) ?? []) walk(r, 0, '', true);
  return out;
}

function table(rows: string[][]): string {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return (
    rows
      .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(w[i] - [...c].length))).join(' '))
      .join('\n') + '\n'
  );
}

const findmnt: CmdFn = (io, args) => {
  const { flags, rest, long } = opts(args, ['T', 'o', 't']);
  const k = io.k;
  const real = long.includes('--real');
  let ms = k.fs.mounts.filter((m) => !real || !m.pseudo);
  const targetArg = rest[0] ?? (flags.has('T') ? undefined : undefined);
  const tArg = (opts(args, ['T']).vals.T as string | undefined) ?? undefined;
  let rows: { m: Mount; prefix: string }[];
  if (tArg !== undefined || targetArg !== undefined) {
    let m: Mount | undefined;
    try {
      const path = k.fs.resolve(tArg ?? targetArg!, k.cwd, io.cred, true).path;
      m = tArg !== undefined ? k.fs.mountOf(path) : (k.fs.mountAt(path) ?? ms.find((x) => x.source === targetArg));
    } catch {
      m = ms.find((x) => x.source === targetArg);
    }
    if (!m) return 1;
    rows = [{ m, prefix: '' }];
  } else {
    ms = ms.slice();
    rows = mountTree(ms);
  }
  const header = flags.has('n') ? [] : [['TARGET', 'SOURCE', 'FSTYPE', 'OPTIONS']];
  const body = rows.map(({ m, prefix }) => [prefix + m.target, m.source, m.fstype, m.options]);
  if (!body.length) return 1;
  io.out(table([...header, ...body]));
  return 0;
};

const mount: CmdFn = (io, args) => {
  const k = io.k;
  const { vals, rest, flags } = opts(args, ['o', 't']);
  if (args.length === 0 || (flags.has('l') && rest.length === 0)) {
    for (const m of k.fs.mounts)
      io.out(`${m.source.replace(/\[.*\]$/, '')} on ${m.target} type ${m.fstype} (${m.options})\n`);
    return 0;
  }
  if (io.cred.user !== 'root') {
    io.err(
      vals.o !== undefined
        ? `mount: only root can use "--options" option (effective UID is ${k.sysmod.uid})\n`
        : `mount: ${rest[rest.length - 1] ?? ''}: must be superuser to use mount.\n       dmesg(1) may have more information after failed mount system call.\n`,
    );
    return 1;
  }
  const o = (vals.o ?? '').split(',');
  if (o.includes('remount') && rest.length === 1) {
    let m: Mount | undefined;
    try {
      m = k.fs.mountAt(k.fs.resolve(rest[0], k.cwd, io.cred).path);
    } catch {
      m = undefined;
    }
    if (!m) {
      io.err(
        `mount: ${rest[0]}: mount point not mounted or bad option.\n       dmesg(1) may have more information after failed mount system call.\n`,
      );
      return 32;
    }
    const want = o.includes('rw') ? 'rw' : o.includes('ro') ? 'ro' : null;
    if (want === 'rw' && m.writeProtected) {
      io.err(
        `mount: ${m.target}: cannot remount ${m.source.replace(/\[.*\]$/, '')} read-write, is write-protected.\n       dmesg(1) may have more information after failed mount system call.\n`,
      );
      return 32;
    }
    if (want) {
      const rest2 = m.options.split(',').filter((x) => x !== 'ro' && x !== 'rw');
      m.options = [want, ...rest2].join(',');
      // The system's state (an image symlink, a boot entry) may depend on this.
      k.fs.setMounts(k.fs.mounts);
    }
    return 0;
  }
  io.err(
    `mount: ${rest[rest.length - 1] ?? ''}: special device ${rest[0] ?? ''} does not exist.\n       dmesg(1) may have more information after failed mount system call.\n`,
  );
  return 32;
};

const df: CmdFn = (io, args) => {
  const { flags, rest } = opts(args);
  const k = io.k;
  let ms = k.fs.mounts.filter((m) => !m.pseudo || m.fstype === 'tmpfs' || m.fstype === 'devtmpfs');
  const seen = new Set<string>();
  ms = ms.filter((m) => {
    const dev = m.source.replace(/\[.*\]$/, '');
    if (m.fstype !== 'tmpfs' && seen.has(dev)) return false;
    seen.add(dev);
    return true;
  });
  if (rest.length) {
    const picked: Mount[] = [];
    for (const p of rest) {
      try {
        picked.push(k.fs.mountOf(k.fs.resolve(p, k.cwd, io.cred).path));
      } catch (e) {
        io.err(`df: ${p}: ${errText(e)}\n`);
      }
    }
    ms = picked;
  }
  const h = flags.has('h');
  const rows = [
    [
      h ? 'Filesystem' : 'Filesystem',
      h ? 'Size' : '1K-blocks',
      'Used',
      h ? 'Avail' : 'Available',
      'Use%',
      'Mounted on',
    ],
  ];
  for (const m of ms) {
    const [size, used] = m.df ?? [1014532, 0];
    const avail = Math.max(0, size - used);
    const pct = size ? Math.ceil((used * 100) / size) + '%' : '-';
    const f = (v: number) => (h ? human(v * 1024) : String(v));
    rows.push([m.source.replace(/\[.*\]$/, ''), f(size), f(used), f(avail), pct, m.target]);
  }
  const minW = [14, 5, 5, 5, 4, 0]; // GNU df's minimum column widths
  const w = rows[0].map((_, i) => Math.max(minW[i], ...rows.map((r) => r[i].length)));
  io.out(
    rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : i === 5 ? c : c.padStart(w[i]))).join(' ')).join('\n') +
      '\n',
  );
  return rest.length && ms.length < rest.length ? 1 : 0;
};

// --- identity and processes ---------------------------------------------------------

const whoami: CmdFn = (io) => {
  io.out(io.cred.user + '\n');
  return 0;
};

const id: CmdFn = (io, args) => {
  const { flags } = opts(args);
  const sys = io.k.sysmod;
  const root = io.cred.user === 'root';
  const uid = root ? 0 : sys.uid;
  if (flags.has('u')) {
    io.out((flags.has('n') ? io.cred.user : String(uid)) + '\n');
    return 0;
  }
  if (flags.has('g')) {
    const g = root ? [0, 'root'] : (sys.primaryGroup ?? [uid, io.cred.user]);
    io.out((flags.has('n') ? g[1] : String(g[0])) + '\n');
    return 0;
  }
  const primary: [number, string] = root ? [0, 'root'] : (sys.primaryGroup ?? [uid, io.cred.user]);
  const groups = root ? [primary] : [primary, ...sys.groups];
  let s = `uid=${uid}(${io.cred.user}) gid=${primary[0]}(${primary[1]}) groups=${groups.map(([n, g]) => `${n}(${g})`).join(',')}`;
  if (sys.selinuxContext) s += ` context=${sys.selinuxContext}`;
  io.out(s + '\n');
  return 0;
};

const uname: CmdFn = (io, args) => {
  const { flags } = opts(args);
  const k = io.k;
  const parts = {
    s: 'Linux',
    n: k.hostname,
    r: k.sysmod.kernelRelease(k),
    v: '#1 SMP PREEMPT_DYNAMIC',
    m: 'x86_64',
    o: 'GNU/Linux',
  };
  if (flags.has('a')) {
    io.out(`${parts.s} ${parts.n} ${parts.r} ${parts.v} ${parts.m} ${parts.m} ${parts.m} ${parts.o}\n`);
    return 0;
  }
  const order = ['s', 'n', 'r', 'v', 'm', 'o'] as const;
  const picked = order.filter((f) => flags.has(f));
  io.out((picked.length ? picked : ['s' as const]).map((f) => parts[f]).join(' ') + '\n');
  return 0;
};

const hostname: CmdFn = (io, args) => {
  if (args.length && !args[0].startsWith('-')) {
    if (io.cred.user !== 'root') {
      io.err('hostname: you must be root to change the host name\n');
      return 1;
    }
    io.k.hostname = args[0].slice(0, 64);
    return 0;
  }
  io.out(io.k.hostname + '\n');
  return 0;
};

const ps: CmdFn = (io, args) => {
  const k = io.k;
  const shellPid = 1200 + k.bootCount * 3;
  const procs = [
    ...k.sysmod.procs(k),
    { pid: shellPid, ppid: shellPid - 1, user: k.user, cmd: '-bash' },
    { pid: shellPid + 40 + k.history.length, ppid: shellPid, user: io.cred.user, cmd: 'ps ' + args.join(' ') },
  ];
  const tm = hms(k.clock.ms).slice(0, 5);
  const a = args.join(' ');
  if (/(^|\s)-?(ef|e|A|aux|ax)(\s|$)/.test(a) || a.includes('-e')) {
    if (a.includes('aux') || a.includes('ax')) {
      io.out('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n');
      for (const p of procs)
        io.out(
          `${p.user.padEnd(8).slice(0, 8)} ${String(p.pid).padStart(7)}  0.0  0.1  22564 11432 ${p.cmd.startsWith('-bash') || p.cmd.startsWith('ps') ? 'pts/0   ' : '?       '} Ss   ${tm}   0:00 ${p.cmd}\n`,
        );
    } else {
      io.out('UID          PID    PPID  C STIME TTY          TIME CMD\n');
      for (const p of procs)
        io.out(
          `${p.user.padEnd(8).slice(0, 8)} ${String(p.pid).padStart(7)} ${String(p.ppid).padStart(7)}  0 ${tm} ${p.cmd.startsWith('-bash') || p.cmd.startsWith('ps') ? 'pts/0   ' : '?       '} 00:00:00 ${p.cmd}\n`,
        );
    }
    return 0;
  }
  io.out('    PID TTY          TIME CMD\n');
  io.out(`${String(shellPid).padStart(7)} pts/0    00:00:00 bash\n`);
  io.out(`${String(shellPid + 40 + k.history.length).padStart(7)} pts/0    00:00:00 ps\n`);
  return 0;
};

const date: CmdFn = (io, args) => {
  const k = io.k;
  if (args[0] === '-u' || args[0] === '--utc' || args.length === 0) {
    // coreutils 9.x date(1) default format in the C.UTF-8 locale
    io.out(
      systemdDate(k.clock.ms).replace(
        /^(\w+) (\d+)-(\d+)-(\d+) (\S+) UTC$/,
        (_m, d, y, mo, da, t) =>
          `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(mo) - 1]} ${String(Number(da)).padStart(2)} ${t} UTC ${y}`,
      ) + '\n',
    );
    return 0;
  }
  io.out(new Date(k.clock.ms).toISOString() + '\n');
  return 0;
};

const clear: CmdFn = (io) => {
  io.clear();
  return 0;
};

const env: CmdFn = (io) => {
  for (const [key, v] of Object.entries(io.k.env)) io.out(`${key}=${v}\n`);
  return 0;
};

const sleep: CmdFn = () => 0;

// --- power and services -------------------------------------------------------------

/** What an unprivileged `systemctl reboot` gets over SSH without a polkit agent. */
export function denyPower(io: Io, verb: string): number {
  io.err(`Call to ${verb} failed: Interactive authentication required.\n`);
  return 1;
}

const reboot: CmdFn = (io) => {
  if (io.cred.user !== 'root') return denyPower(io, 'Reboot');
  io.out(io.k.reboot());
  return 0;
};
const poweroff: CmdFn = (io) => {
  if (io.cred.user !== 'root') return denyPower(io, 'PowerOff');
  io.err('(simulator: powering off is not simulated; use reboot)\n');
  return 0;
};
const shutdown: CmdFn = (io, args) => {
  if (args.includes('-r')) return reboot(io, []);
  return poweroff(io, args);
};

function unitName(u: string): string {
  return u.includes('.') ? u : u + '.service';
}

const systemctl: CmdFn = (io, args) => {
  const k = io.k;
  const { rest } = opts(args);
  const [verb, ...units] = rest;
  if (verb === 'reboot') return reboot(io, []);
  if (verb === 'poweroff' || verb === 'halt') return poweroff(io, []);
  if (verb === undefined || verb === 'list-units') {
    io.out('  UNIT                         LOAD   ACTIVE SUB     DESCRIPTION\n');
    for (const s of k.services.values())
      io.out(`  ${s.unit.padEnd(28)} loaded ${s.active ? 'active  running' : 'inactive dead   '} ${s.description}\n`);
    return 0;
  }
  if (!units.length) {
    io.err(`Too few arguments.\n`);
    return 1;
  }
  let status = 0;
  for (const raw of units) {
    const u = unitName(raw);
    const s = k.services.get(u);
    switch (verb) {
      case 'status': {
        if (!s) {
          io.err(`Unit ${u} could not be found.\n`);
          status = 4;
          break;
        }
        const since = systemdDate(k.clock.ms - 40_000);
        io.out(`${s.active ? '●' : '○'} ${s.unit} - ${s.description}\n`);
        io.out(
          `     Loaded: loaded (${s.fragment ?? `/usr/lib/systemd/system/${s.unit}`}; ${s.enabled ? 'enabled' : 'disabled'}; preset: enabled)\n`,
        );
        const running = s.oneshot ? 'active (exited)' : 'active (running)';
        io.out(`     Active: ${s.active ? `${running} since ${since}` : 'inactive (dead)'}\n`);
        if (s.docs) io.out(`       Docs: ${s.docs}\n`);
        if (s.active && s.oneshot) io.out(`    Process: 1042 ExecStart=${s.exec} (code=exited, status=0/SUCCESS)\n`);
        else if (s.active)
          io.out(
            `   Main PID: 1042 (${basename(s.exec.split(' ')[0])})\n     CGroup: /system.slice/${s.unit}\n             └─1042 ${s.exec}\n`,
          );
        if (!s.active) status = 3;
        break;
      }
      case 'is-active':
        io.out((s?.active ? 'active' : 'inactive') + '\n');
        if (!s?.active) status = 3;
        break;
      case 'is-enabled':
        io.out((s ? (s.enabled ? 'enabled' : 'disabled') : 'not-found') + '\n');
        if (!s?.enabled) status = 1;
        break;
      case 'start':
      case 'stop':
      case 'restart':
      case 'enable':
      case 'disable':
      case 'mask': {
        if (io.cred.user !== 'root') {
          io.err(
            `Failed to ${verb} ${u}: Interactive authentication required.\nSee system logs and 'systemctl status ${u}' for details.\n`,
          );
          return 1;
        }
        if (!s) {
          io.err(
            verb === 'start' || verb === 'restart'
              ? `Failed to ${verb} ${u}: Unit ${u} not found.\n`
              : `Failed to ${verb} ${u}: Unit ${u} not loaded.\n`,
          );
          return 5;
        }
        if (verb === 'start' || verb === 'restart') s.active = true;
        if (verb === 'stop') s.active = false;
        if (verb === 'enable') s.enabled = true;
        if (verb === 'disable') s.enabled = false;
        if (verb === 'enable' || verb === 'disable') {
          const link = `/etc/systemd/system/multi-user.target.wants/${u}`;
          io.err(
            verb === 'enable'
              ? `Created symlink '${link}' → '/usr/lib/systemd/system/${u}'.\n`
              : `Removed '${link}'.\n`,
          );
        }
        break;
      }
      default:
        io.err(`Unknown command verb '${verb}'.\n`);
        return 1;
    }
  }
  return status;
};

const truncate: CmdFn = (io, args) => {
  const { rest } = opts(args, ['s']);
  const k = io.k;
  let status = 0;
  for (const f of rest) {
    const ok = attempt(io, `truncate: cannot open ${q(f)} for writing`, () =>
      k.fs.writeFile(f, k.cwd, io.cred, '', false),
    );
    if (!ok) status = 1;
  }
  return status;
};

const dd: CmdFn = (io, args) => {
  const k = io.k;
  const kv = Object.fromEntries(args.map((a) => a.split('=')).filter((p) => p.length === 2));
  let data = io.stdin ?? '';
  if (kv.if !== undefined) {
    const t = readText(io, 'dd: failed to open', kv.if);
    if (t === null) return 1;
    data = t;
  }
  if (kv.of !== undefined) {
    if (!attempt(io, `dd: failed to open ${q(kv.of)}`, () => k.fs.writeFile(kv.of, k.cwd, io.cred, data, false)))
      return 1;
  } else io.out(data);
  const bytes = byteLen(data);
  const full = Math.floor(bytes / 512);
  const part = bytes % 512 ? 1 : 0;
  io.err(
    `${full}+${part} records in\n${full}+${part} records out\n${bytes} bytes copied, 0.000113 s, ${bytes ? '1.2 MB/s' : '0.0 kB/s'}\n`,
  );
  return 0;
};

export const COREUTILS: Record<string, CmdFn> = {
  dd,
  touch,
  mkdir,
  rm,
  rmdir,
  cp,
  mv,
  ln,
  chmod,
  chown,
  cat,
  echo,
  ls,
  tee,
  sed,
  grep,
  head,
  tail,
  wc,
  readlink,
  findmnt,
  mount,
  df,
  whoami,
  id,
  uname,
  hostname,
  ps,
  date,
  clear,
  env,
  sleep,
  reboot,
  poweroff,
  shutdown,
  systemctl,
  install,
  truncate,
};

/** Program files every system has in /usr/bin; a system adds its own. */
export const COMMON_BINARIES = Object.keys(COREUTILS).filter(
  (c) => !['systemctl', 'reboot', 'poweroff', 'shutdown'].includes(c),
);

export { Fs, cloneTree };
