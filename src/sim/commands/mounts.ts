// Mounts and disks: findmnt, mount, df (util-linux, GNU coreutils).
import { type CmdFn, errText } from '../kernel.ts';
import { deviceOf, type Mount } from '../fs.ts';
import { opts, human, table, columnWidths, charLen } from './util.ts';

function mountTree(ms: Mount[]): { m: Mount; depth: number; prefix: string }[] {
  const parentOf = (m: Mount) =>
    ms
      .filter((p) => p !== m && (p.target === '/' ? m.target !== '/' : m.target.startsWith(p.target + '/')))
      .sort((a, b) => b.target.length - a.target.length)[0];
  const kids = new Map<Mount | undefined, Mount[]>();
  for (const m of ms) {
    const p = parentOf(m);
    const siblings = kids.get(p);
    if (siblings) siblings.push(m);
    else kids.set(p, [m]);
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

const findmnt: CmdFn = (io, args) => {
  const { flags, vals, rest, long } = opts(args, ['T', 'o', 't']);
  const k = io.k;
  const real = long.includes('--real');
  let ms = k.fs.mounts.filter((m) => !real || !m.pseudo);
  const targetArg = rest[0];
  const tArg = vals.T; // -T PATH: the mount that holds PATH, not only one mounted exactly there
  const asked = tArg ?? targetArg;
  let rows: { m: Mount; prefix: string }[];
  if (asked !== undefined) {
    let m: Mount | undefined;
    try {
      const path = k.fs.resolve(asked, k.cwd, io.cred, true).path;
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
  const [only] = rest;
  if (o.includes('remount') && only !== undefined && rest.length === 1) {
    let m: Mount | undefined;
    try {
      m = k.fs.mountAt(k.fs.resolve(only, k.cwd, io.cred).path);
    } catch {
      m = undefined;
    }
    if (!m) {
      io.err(
        `mount: ${only}: mount point not mounted or bad option.\n       dmesg(1) may have more information after failed mount system call.\n`,
      );
      return 32;
    }
    const want = o.includes('rw') ? 'rw' : o.includes('ro') ? 'ro' : null;
    if (want === 'rw' && m.writeProtected) {
      io.err(
        `mount: ${m.target}: cannot remount ${deviceOf(m)} read-write, is write-protected.\n       dmesg(1) may have more information after failed mount system call.\n`,
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
    const dev = deviceOf(m);
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
    // Sizes belong to the device (a bind mount or subvolume shows its device's); a device a write found
    // full (ENOSPC) has no space left until something on it is freed.
    const dev = deviceOf(m);
    const sized: [number, number] = m.df ?? k.fs.mounts.find((x) => x.df && deviceOf(x) === dev)?.df ?? [1014532, 0];
    const [size, used] = k.fs.full.has(dev) ? [sized[0], sized[0]] : sized;
    const avail = Math.max(0, size - used);
    const pct = size ? Math.ceil((used * 100) / size) + '%' : '-';
    const f = (v: number) => (h ? human(v * 1024) : String(v));
    rows.push([dev, f(size), f(used), f(avail), pct, m.target]);
  }
  const { width } = columnWidths(rows, [14, 5, 5, 5, 4, 0]); // GNU df's minimum column widths
  const cell = (c: string, i: number) => (i === 0 ? c.padEnd(width(i)) : i === 5 ? c : c.padStart(width(i)));
  io.out(rows.map((r) => r.map(cell).join(' ')).join('\n') + '\n');
  return rest.length && ms.length < rest.length ? 1 : 0;
};

/** lsblk: the block devices behind the mount table, partitions under their disk (util-linux lsblk(8) default columns). */
const lsblk: CmdFn = (io) => {
  const k = io.k;
  const parts = new Map<string, { mounts: string[]; kb: number; ro: boolean }>();
  for (const m of k.fs.mounts) {
    const dev = /^\/dev\/([a-z]+\d*)/.exec(m.source)?.[1];
    if (!dev) continue;
    const p = parts.get(dev) ?? { mounts: [], kb: 0, ro: false };
    p.mounts.push(m.target);
    p.kb = Math.max(p.kb, m.df?.[0] ?? 0);
    p.ro ||= m.writeProtected === true;
    parts.set(dev, p);
  }
  const disks = new Map<string, string[]>();
  for (const dev of [...parts.keys()].sort()) {
    const disk = dev.startsWith('loop') ? dev : dev.replace(/\d+$/, '');
    disks.set(disk, [...(disks.get(disk) ?? []), dev]);
  }
  const major = (d: string) => (d.startsWith('vd') ? 252 : d.startsWith('loop') ? 7 : 8);
  const minor = (d: string) => Number(/\d+$/.exec(d)?.[0] ?? '0');
  const size = (kb: number) => (kb ? human(kb * 1024) : '0B');
  const rows = [['NAME', 'MAJ:MIN', 'RM', 'SIZE', 'RO', 'TYPE', 'MOUNTPOINTS']];
  const add = (name: string, dev: string, type: string, kb: number, ro: boolean, mounts: string[]) => {
    rows.push([name, `${major(dev)}:${minor(dev)}`, '0', size(kb), ro ? '1' : '0', type, mounts[0] ?? '']);
    for (const more of mounts.slice(1)) rows.push(['', '', '', '', '', '', more]);
  };
  for (const [disk, devs] of disks) {
    if (disk.startsWith('loop')) {
      const p = parts.get(disk);
      if (p) add(disk, disk, 'loop', p.kb, p.ro, p.mounts);
      continue;
    }
    const total = devs.reduce((a, d) => a + (parts.get(d)?.kb ?? 0), 0);
    add(disk, disk, 'disk', total, false, []);
    devs.forEach((d, i) => {
      const p = parts.get(d);
      if (p) add(`${i === devs.length - 1 ? '└─' : '├─'}${d}`, d, 'part', p.kb, p.ro, p.mounts);
    });
  }
  // Columns as lsblk aligns them: NAME and MOUNTPOINTS left, the numbers right.
  const { width } = columnWidths(rows);
  const right = [false, true, true, true, true, false, false];
  io.out(
    rows
      .map((r) =>
        r
          .map((c, i) => {
            const pad = width(i) - charLen(c);
            return i === r.length - 1 ? c : right[i] ? ' '.repeat(pad) + c : c + ' '.repeat(pad);
          })
          .join(' ')
          .trimEnd(),
      )
      .join('\n') + '\n',
  );
  return 0;
};

export const MOUNT_COMMANDS: Record<string, CmdFn> = {
  findmnt,
  mount,
  df,
  lsblk,
};
