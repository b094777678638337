// Listing directories: ls (GNU coreutils).
import { type CmdFn, errText } from '../kernel.ts';
import { FsError, joinPath, type Node } from '../fs.ts';
import { lsDate } from '../state.ts';
import { q, opts, byteLen, human } from './util.ts';

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
function nodeSize(n: Node): number {
  if (n.t === 'd') return 4096;
  if (n.t === 'l') return byteLen(n.target ?? '');
  if (n.t === 'c') return 0;
  return byteLen(n.data ?? '');
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

export const LISTING_COMMANDS: Record<string, CmdFn> = {
  ls,
};
