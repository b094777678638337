// Creating, copying, moving, linking and removing files, and changing their attributes (GNU coreutils).
import { type CmdFn, type Io, errText } from '../kernel.ts';
import { FsError, joinPath, basename, isRo, type Node, type Cred, type Resolved } from '../fs.ts';
import { q, opts, missing, attempt, readText, byteLen } from './util.ts';

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
        // utimensat(NULL) needs write access like open(O_WRONLY) does (utimensat(2): with times NULL the caller needs write access).
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
      // mkdir quotes with the locale's quotation marks (coreutils src/mkdir.c quote(), gnulib locale_quoting_style).
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
  // rm -r descends into mount points too (it stays on one file system only with --one-file-system);
  // the mount point itself then cannot be removed: EBUSY, or EROFS when its parent is read-only.
  if (n && n.t === 'd') {
    let all = true;
    for (const name of [...n.kids.keys()].sort())
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
    if (rec && /(^|\/)\.\.?\/*$/.test(f)) {
      io.err(`rm: refusing to remove '.' or '..' directory: skipping ${q(f)}\n`);
      status = 1;
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
    for (const name of [...n.kids.keys()].sort())
      ok = copyOne(io, cmd, joinPath(src, name), joinPath(dst, name), true) && ok;
    return ok;
  }
  if (n.t === 'l') {
    const target = n.target;
    return attempt(io, `${cmd}: cannot create symbolic link ${q(dst)}`, () =>
      k.fs.symlink(target, dst, k.cwd, io.cred),
    );
  }
  const exists = k.fs.tryGet(dst, k.cwd, io.cred) !== undefined;
  // coreutils copy.c: an existing destination that cannot be opened is "cannot open … for writing",
  // except on a read-only file system, where cp reports "cannot create regular file".
  let ro = false;
  try {
    ro = isRo(k.fs.resolve(dst, k.cwd, io.cred, true).mount);
  } catch {
    ro = false;
  }
  const what =
    exists && !ro ? `${cmd}: cannot open ${q(dst)} for writing` : `${cmd}: cannot create regular file ${q(dst)}`;
  return attempt(io, what, () => {
    k.fs.writeFile(dst, k.cwd, io.cred, n.data ?? '', false);
    const created = k.fs.get(dst, k.cwd, io.cred);
    if (!exists) created.mode = n.mode & 0o777 & ~0o022;
  });
}

/** `cp a b`, `cp a b c dir/`: the destination and the paths to write for each source. */
function targets(io: Io, cmd: string, rest: string[]): [string, string][] | null {
  const k = io.k;
  const srcs = rest.slice(0, -1);
  const dest = rest.at(-1);
  const [first] = srcs;
  if (dest === undefined) {
    missing(io, cmd);
    return null;
  }
  if (first === undefined) {
    io.err(`${cmd}: missing destination file operand after ${q(dest)}\nTry '${cmd} --help' for more information.\n`);
    return null;
  }
  const d = k.fs.tryGet(dest, k.cwd, io.cred);
  if (d?.t === 'd') return srcs.map((s) => [s, joinPath(dest.replace(/\/+$/, '') || '/', basename(s))]);
  if (srcs.length > 1) {
    io.err(`${cmd}: target ${q(dest)}: ${d ? 'Not a directory' : 'No such file or directory'}\n`);
    return null;
  }
  if (dest.endsWith('/') && !d) return [[first, dest + basename(first)]];
  return [[first, dest]];
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
  const [target, given] = rest;
  if (target === undefined) return missing(io, 'ln');
  let name = given ?? basename(target);
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
      r.parent.kids.set(r.name, src);
    }
  });
  return ok ? 0 : 1;
};

/** A mode change as chmod(1) reads it, octal (`755`) or symbolic (`u+x,go-w`): from a node's mode to the new one. */
type ModeChange = (old: number, isDir: boolean) => number;

/** Parses a chmod mode once for all its files; null when it is not one. */
function parseMode(spec: string): ModeChange | null {
  if (/^[0-7]{1,4}$/.test(spec)) {
    const mode = parseInt(spec, 8);
    return () => mode;
  }
  const clauses: { who: string; op: string; perms: string }[] = [];
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxX]*)$/.exec(clause);
    if (!m) return null;
    const [, who = '', op = '=', perms = ''] = m; // every group takes part in a match
    clauses.push({ who: who === '' || who.includes('a') ? 'ugo' : who, op, perms });
  }
  return (old, isDir) => {
    let mode = old;
    for (const { who, op, perms } of clauses) {
      let bits = 0;
      for (const p of perms)
        bits |= p === 'r' ? 4 : p === 'w' ? 2 : p === 'x' || (p === 'X' && (isDir || (old & 0o111) !== 0)) ? 1 : 0;
      for (const w of who) {
        const shift = w === 'u' ? 6 : w === 'g' ? 3 : 0;
        const mask = 7 << shift;
        if (op === '+') mode |= bits << shift;
        else if (op === '-') mode &= ~(bits << shift);
        else mode = (mode & ~mask) | (bits << shift);
      }
    }
    return mode;
  };
}

/**
 * chmod/chown on each of `files` (a failure does not stop the rest; the status is 1 if any failed). For each, the
 * mount is checked first, then ownership (the kernel's order).
 */
function changeAttrs(
  io: Io,
  cmd: 'chmod' | 'chown',
  files: string[],
  apply: (n: Node) => void,
  ownerOk: (n: Node, c: Cred) => boolean,
): number {
  const k = io.k;
  let status = 0;
  for (const path of files) {
    let r: Resolved;
    try {
      r = k.fs.resolve(path, k.cwd, io.cred, true);
      if (!r.node) throw new FsError('ENOENT');
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      io.err(`${cmd}: cannot access ${q(path)}: ${errText(e)}\n`);
      status = 1;
      continue;
    }
    const { node, mount } = r;
    const what =
      cmd === 'chmod' ? `chmod: changing permissions of ${q(path)}` : `chown: changing ownership of ${q(path)}`;
    const ok = attempt(io, what, () => {
      if (isRo(mount)) throw new FsError('EROFS');
      if (!ownerOk(node, io.cred)) throw new FsError('EPERM');
      apply(node);
    });
    if (!ok) status = 1;
  }
  return status;
}

const chmod: CmdFn = (io, args) => {
  // A mode like -x looks like an option; take the first operand-ish word as the mode.
  const [spec, ...files] = args.filter((a) => a !== '-R' && a !== '--');
  if (spec === undefined) return missing(io, 'chmod');
  if (files.length === 0) {
    io.err(`chmod: missing operand after ${io.k.lquote(spec)}\nTry 'chmod --help' for more information.\n`);
    return 1;
  }
  const change = parseMode(spec);
  if (!change) {
    io.err(`chmod: invalid mode: ${io.k.lquote(spec)}\nTry 'chmod --help' for more information.\n`);
    return 1;
  }
  return changeAttrs(
    io,
    'chmod',
    files,
    (n) => {
      n.mode = change(n.mode, n.t === 'd') & 0o7777;
    },
    (n, c) => c.user === 'root' || n.uid === c.user,
  );
};

const KNOWN_GROUPS = ['root', 'wheel', 'adm', 'users', 'systemd-journal', 'nogroup', 'nixbld'];
const chown: CmdFn = (io, args) => {
  const { rest } = opts(args);
  const [spec, ...files] = rest;
  if (spec === undefined || files.length === 0) return missing(io, 'chown');
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
  return changeAttrs(
    io,
    'chown',
    files,
    (n) => {
      if (user) n.uid = user;
      if (group) n.gid = group;
    },
    (_n, c) => c.user === 'root',
  );
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

export const FILE_COMMANDS: Record<string, CmdFn> = {
  touch,
  mkdir,
  rm,
  rmdir,
  cp,
  mv,
  ln,
  chmod,
  chown,
  install,
  truncate,
  dd,
  readlink,
};
