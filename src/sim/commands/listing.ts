// Listing directories: ls (GNU coreutils).
import { type CmdFn, type Kernel, errText } from '../kernel.ts';
import { FsError, joinPath, type Node } from '../fs.ts';
import { lsDate } from '../state.ts';
import { q, opts, byteLen, human } from './util.ts';

// --- ls ---------------------------------------------------------------------------

export function modeString(n: Node): string {
  const t = n.t === 'd' ? 'd' : n.t === 'l' ? 'l' : n.t === 'c' ? 'c' : '-';
  let s = t;
  for (let shift = 6; shift >= 0; shift -= 3) {
    const b = (n.mode >> shift) & 7;
    s += (b & 4 ? 'r' : '-') + (b & 2 ? 'w' : '-') + (b & 1 ? 'x' : '-');
  }
  if (n.mode & 0o1000) s = s.slice(0, 9) + (n.mode & 1 ? 't' : 'T');
  return s;
}
export function nodeSize(n: Node): number {
  if (n.t === 'd') return 4096;
  if (n.t === 'l') return byteLen(n.target ?? '');
  if (n.t === 'c') return 0;
  return byteLen(n.data ?? '');
}
function columns(names: string[], width = 80): string {
  if (names.length === 0) return '';
  const items = names.map((name) => ({ name, len: [...name].length }));
  for (let cols = Math.min(names.length, Math.floor(width / 3)); cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    // Filled down the columns, as ls does; the last column may be short (or, for some counts, empty).
    const columns = Array.from({ length: cols }, (_, c) => {
      const cells = items.slice(c * rows, (c + 1) * rows);
      return { cells, width: Math.max(0, ...cells.map((x) => x.len)) };
    });
    const total = columns.reduce((a, col) => a + col.width, 0) + 2 * (cols - 1);
    if (total <= width || cols === 1) {
      let out = '';
      for (let r = 0; r < rows; r++) {
        let line = '';
        for (const [c, col] of columns.entries()) {
          const item = col.cells[r];
          if (!item) continue;
          const last = columns[c + 1]?.cells[r] === undefined;
          line += last ? item.name : item.name + ' '.repeat(col.width - item.len + 2);
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
      const nlink = n.t === 'd' ? 2 + [...n.kids.values()].filter((c) => c.t === 'd').length : 1;
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
  const recursive = flags.has('R');
  let budget = 2000; // directories ls -R lists at most in one go here
  const listDir = (p: string, d: Node & { t: 'd' }): void => {
    if (--budget < 0) return;
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
    const entries: [string, Node][] = [...d.kids.entries()]
      .filter(([n]) => all || almost || !n.startsWith('.'))
      .map(([n, node]) => [n, k.fs.mountAt(joinPath(base, n))?.root ?? node]);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const listed: [string, Node][] = all
      ? [['.', d], ['..', k.fs.tryGet(joinPath(base, '..'), '/', io.cred) ?? d], ...entries]
      : entries;
    if (many || files.length || recursive) out += (out ? '\n' : '') + `${p}:\n`;
    out += fmt(listed, true);
    if (!recursive) return;
    for (const [n, node] of entries) if (node.t === 'd') listDir(p.endsWith('/') ? p + n : `${p}/${n}`, node);
  };
  for (const [p, d] of dirs) if (d.t === 'd') listDir(p, d);
  io.out(out);
  return status;
};

/** Numeric ids as /etc/passwd and /etc/group of the simulated system have them. */
export function uidOf(k: Kernel, name: string): number {
  return name === 'root' ? 0 : name === k.sysmod.user ? k.sysmod.uid : 65534;
}
export function gidOf(k: Kernel, name: string): number {
  if (name === 'root') return 0;
  const g = [...k.sysmod.groups, ...(k.sysmod.primaryGroup ? [k.sysmod.primaryGroup] : [])].find(([, n]) => n === name);
  return g ? g[0] : name === k.sysmod.user ? k.sysmod.uid : 65534;
}

/** An approximate SELinux file label by location (Fedora's targeted policy, file_contexts). */
function selinuxLabel(path: string, n: Node): string {
  const rules: [RegExp, string][] = [
    [/^\/dev\/(null|zero|urandom)$/, n.t === 'c' && path.endsWith('null') ? 'null_device_t' : 'zero_device_t'],
    [/^\/(usr\/)?s?bin(\/|$)/, 'bin_t'],
    [/^\/etc(\/|$)/, 'etc_t'],
    [/^\/(var\/)?home\/[^/]+$/, 'user_home_dir_t'],
    [/^\/(var\/)?home\/[^/]+\//, 'user_home_t'],
    [/^\/(var\/)?roothome|^\/root/, 'admin_home_t'],
    [/^\/(var\/)?tmp(\/|$)/, 'tmp_t'],
    [/^\/boot(\/|$)/, 'boot_t'],
    [/^\/usr(\/|$)/, 'usr_t'],
    [/^\/var(\/|$)/, 'var_t'],
    [/^\/$/, 'root_t'],
  ];
  const hit = rules.find(([re]) => re.test(path));
  return `system_u:object_r:${hit ? hit[1] : 'default_t'}:s0`;
}

function fileType(n: Node): string {
  if (n.t === 'd') return 'directory';
  if (n.t === 'l') return 'symbolic link';
  if (n.t === 'c') return 'character special file';
  return n.data === '' ? 'regular empty file' : 'regular file';
}

/** A stable inode number for a path, so repeated stats agree. */
function inodeOf(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return 1000 + (h % 900000);
}

function statTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.(\d{3})Z$/, '.$1000000 +0000');
}

/** stat [-L] [-c FORMAT] FILE... (coreutils stat(1), its default format for files). */
const stat: CmdFn = (io, args) => {
  const { flags, vals, rest } = opts(args, ['c']);
  const k = io.k;
  if (!rest.length) {
    io.err("stat: missing operand\nTry 'stat --help' for more information.\n");
    return 1;
  }
  let status = 0;
  for (const p of rest) {
    let n: Node;
    let canon: string;
    try {
      const r = k.fs.resolve(p, k.cwd, io.cred, flags.has('L'));
      if (!r.node) throw new FsError('ENOENT');
      n = r.node;
      canon = r.path;
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      io.err(`stat: cannot statx ${q(p)}: ${errText(e)}\n`);
      status = 1;
      continue;
    }
    const mountIdx = k.fs.mounts.indexOf(k.fs.mountOf(canon));
    const size = nodeSize(n);
    const nlink = n.t === 'd' ? 2 + [...n.kids.values()].filter((c) => c.t === 'd').length : 1;
    const uid = uidOf(k, n.uid);
    const gid = gidOf(k, n.gid);
    const octal = (n.mode & 0o7777).toString(8).padStart(4, '0');
    const fields: Record<string, string> = {
      n: p,
      N: n.t === 'l' ? `'${p}' -> '${n.target}'` : `'${p}'`,
      s: String(size),
      a: (n.mode & 0o7777).toString(8),
      A: modeString(n),
      U: n.uid,
      G: n.gid,
      u: String(uid),
      g: String(gid),
      F: fileType(n),
      i: String(inodeOf(canon)),
      h: String(nlink),
      y: statTime(n.mtime),
      Y: String(Math.floor(n.mtime / 1000)),
      '%': '%',
    };
    if (vals.c !== undefined) {
      io.out(vals.c.replace(/%(.)/g, (m, c: string) => fields[c] ?? m) + '\n');
      continue;
    }
    const t = statTime(n.mtime);
    const blocks = n.t === 'f' ? Math.ceil(size / 4096) * 8 : n.t === 'd' ? 8 : 0;
    const lines = [
      `  File: ${n.t === 'l' ? `${p} -> ${n.target}` : p}`,
      `  Size: ${String(size).padEnd(10)}\tBlocks: ${String(blocks).padEnd(10)} IO Block: 4096   ${fileType(n)}`,
      `Device: 0,${30 + mountIdx}\tInode: ${String(inodeOf(canon)).padEnd(11)} Links: ${nlink}`,
      `Access: (${octal}/${modeString(n)})  Uid: (${String(uid).padStart(5)}/${n.uid.padStart(8)})   Gid: (${String(gid).padStart(5)}/${n.gid.padStart(8)})`,
    ];
    if (k.sysmod.selinuxContext) lines.push(`Context: ${selinuxLabel(canon, n)}`);
    lines.push(`Access: ${t}`, `Modify: ${t}`, `Change: ${t}`, ` Birth: ${t}`);
    io.out(lines.join('\n') + '\n');
  }
  return status;
};

export const LISTING_COMMANDS: Record<string, CmdFn> = {
  ls,
  stat,
};
