// openSUSE MicroOS (2026): read-only btrfs snapshot as /, /etc inside the snapshot
// (transactional-update >= 5), writable subvolumes, transactional-update and snapper.
// Sources: openSUSE/transactional-update sbin/transactional-update.in and NEWS, openSUSE/snapper client/,
// openSUSE/health-checker sbin/health-checker.in, en.opensuse.org Portal:MicroOS/Design.
import {
  buildTree,
  cloneTree,
  dir,
  file,
  diffTrees,
  dirAt,
  getRel,
  setRel,
  type DirNode,
  type Node,
  type Mount,
} from '../fs.ts';
import type { SystemModule, Kernel, Io, CmdFn } from '../kernel.ts';
import { cDate } from '../state.ts';
import { diffTime, unifiedDiff } from '../unified-diff.ts';
import {
  dict,
  usrBin,
  etcAccounts,
  homeDir,
  tmpfs,
  pseudoMounts,
  needRoot,
  osRelease,
  elf,
  binaries,
  type Pkg,
  mountInfo,
  tildeCwd,
  SKELETON,
  homeInHome,
} from './common.ts';
import { btrfsCommand } from './microos-btrfs.ts';
import { opts } from '../coreutils.ts';
import { columnWidths } from '../commands/util.ts';

const TU = '6.1.3';
const MAX_SNAPSHOTS = 30;

interface Release {
  version: string;
  kernel: string;
  upgrades: [string, string, string][];
}
const RELEASES: readonly Release[] = [
  { version: '20261119', kernel: '6.17.8-1-default', upgrades: [] },
  {
    version: '20261125',
    kernel: '6.17.9-1-default',
    upgrades: [
      ['kernel-default', '6.17.8-1.1', '6.17.9-1.1'],
      ['libzypp', '17.37.18-1.1', '17.37.19-1.1'],
      ['microos-release', '20261119-1.1', '20261125-1.1'],
      ['podman', '5.7.0-1.1', '5.7.1-1.1'],
      ['systemd', '258.2-1.1', '258.3-1.1'],
      ['zypper', '1.14.94-1.1', '1.14.95-1.1'],
    ],
  },
];

const PACKAGES: Record<string, Pkg> = dict({
  htop: { name: 'htop', version: '3.4.1-1.2', bins: ['htop'], size: '184.3 KiB' },
  tmux: { name: 'tmux', version: '3.5a-2.3', bins: ['tmux'], size: '455.1 KiB' },
  strace: { name: 'strace', version: '6.17-1.1', bins: ['strace'], size: '1.3 MiB' },
  tree: { name: 'tree', version: '2.2.1-1.4', bins: ['tree'], size: '59.8 KiB' },
});
/** A release by its number; snapshots and transactions only hold numbers taken from RELEASES, so a miss is a bug. */
function release(n: number): Release {
  const r = RELEASES[n];
  if (!r) throw new Error(`no MicroOS release #${n}`);
  return r;
}
const BASE_PACKAGES = ['podman', 'zypper', 'bash', 'coreutils', 'vim-small', 'snapper', 'transactional-update'];

interface Snapshot {
  n: number;
  date: number;
  desc: string;
  cleanup: string;
  userdata: string;
  release: number;
  packages: string[];
  root: DirNode;
  base?: number;
  /** /etc as it was when this snapshot was branched off, for the first-boot sync
   * (transactional-update NEWS 5.0.0: the etc.syncpoint snapshot). */
  syncpoint?: Node;
  used: string;
}

interface MicroState {
  snaps: Snapshot[];
  booted: number;
  def: number;
  lastWorking: number | null;
  subvols: Record<Subvolume, DirNode>;
  efi: Node;
  prevBooted: number | null;
  /** transactional-update's state file: snapshots it created (UNUSED_SNAPSHOTS) and the ones it ran from. */
  unused: number[];
  working: number[];
}

/** The writable subvolumes mounted beside the snapshot (openSUSE's btrfs layout, as in FSTAB). */
type Subvolume = 'home' | 'root' | 'opt' | 'srv' | 'usr/local' | 'var' | 'boot/grub2/x86_64-efi';

const st = (k: Kernel) => k.sys as MicroState;
const snap = (s: MicroState, n: number) => s.snaps.find((x) => x.n === n);
/** A snapshot the state itself names (booted, default, a transaction's base): snapper never deletes those, so a
 * miss is a bug in this module. */
function heldSnap(s: MicroState, n: number): Snapshot {
  const x = snap(s, n);
  if (!x) throw new Error(`MicroOS state names snapshot ${n}, which does not exist`);
  return x;
}

const ROOT_UUID = '5f3b1c2e-8d4a-4e6b-9f0a-2c7d1e9b3a41';
/** The installer's /etc/fstab: / read-only, then one line per subvolume (openSUSE's btrfs layout). */
const FSTAB =
  `UUID=${ROOT_UUID}  /                       btrfs  ro                      0  0\n` +
  ['var', 'usr/local', 'srv', 'root', 'opt', 'home', 'boot/grub2/x86_64-efi', 'boot/grub2/i386-pc', '.snapshots']
    .map((p) => {
      const opts = p === 'var' ? `subvol=/@/${p},x-initrd.mount` : `subvol=/@/${p}`;
      return `UUID=${ROOT_UUID}  ${`/${p}`.padEnd(22)}  btrfs  ${opts.padEnd(22)}  0  0\n`;
    })
    .join('') +
  'UUID=8C1A-2F3D                             /boot/efi               vfat   utf8                    0  2\n';

function rootFor(k: Kernel, rel: number, packages: string[]): DirNode {
  const r = release(rel);
  const root = buildTree({
    bin: { link: 'usr/bin' },
    sbin: { link: 'usr/sbin' },
    lib: { link: 'usr/lib' },
    lib64: { link: 'usr/lib64' },
    ...Object.fromEntries(
      Object.entries(usrBin(['zypper', 'snapper', 'podman', 'vi', 'rpm'], true)).map(([p, v]) => ['usr/' + p, v]),
    ),
    ...binaries(['transactional-update', 'tukit', 'btrfs', 'health-checker'], 'usr/sbin/'),
    'usr/lib/os-release': osRelease([
      ['NAME', 'openSUSE MicroOS'],
      ['ID', 'opensuse-microos'],
      ['ID_LIKE', 'suse opensuse opensuse-tumbleweed microos sl-micro'],
      ['VERSION_ID', r.version],
      ['PRETTY_NAME', 'openSUSE MicroOS'],
      ['ANSI_COLOR', '0;32'],
      ['CPE_NAME', 'cpe:/o:opensuse:microos:' + r.version],
      ['BUG_REPORT_URL', 'https://bugzilla.opensuse.org'],
      ['SUPPORT_URL', 'https://bugs.opensuse.org'],
      ['HOME_URL', 'https://www.opensuse.org/#MicroOS'],
      ['DOCUMENTATION_URL', 'https://en.opensuse.org/Portal:MicroOS'],
      ['LOGO', 'distributor-logo-MicroOS'],
    ]),
    [`usr/lib/modules/${r.kernel}/vmlinuz`]: 'ELF kernel image\n',
    'usr/local': { dir: true },
    'etc/os-release': { link: '../usr/lib/os-release' },
    'etc/hostname': k.hostname + '\n',
    'etc/transactional-update.conf': '# see /usr/etc/transactional-update.conf\n',
    'etc/fstab': FSTAB,
    'etc/zypp/zypp.conf': '## Configuration file for software management\n',
    'boot/grub2/x86_64-efi': { dir: true },
    'boot/efi': { dir: true },
    '.snapshots': { dir: true },
    var: { dir: true },
    home: { dir: true },
    ...SKELETON,
    opt: { dir: true },
    srv: { dir: true },
    mnt: { dir: true },
  });
  etcAccounts(
    dirAt(root, 'etc'),
    'tux',
    1000,
    [
      [100, 'users'],
      [1000, 'tux'],
    ].slice(0, 0) as [number, string][],
    '/home/tux',
  );
  dirAt(root, 'etc').kids.set('group', file('root:x:0:\nusers:x:100:\nwheel:x:497:tux\n'));
  const bin = dirAt(root, 'usr/bin');
  for (const p of packages) for (const b of PACKAGES[p]?.bins ?? []) bin.kids.set(b, file(elf(b), 0o755));
  return root;
}

function mountsFor(k: Kernel): Mount[] {
  const s = st(k);
  const b = heldSnap(s, s.booted);
  const sv = (target: string, sub: Subvolume): Mount => ({
    target,
    source: `/dev/vda3[/@/${sub}]`,
    fstype: 'btrfs',
    options: `rw,relatime,ssd,space_cache=v2,subvolid=${260 + sub.length},subvol=/@/${sub}`,
    root: s.subvols[sub],
    df: [41922560, 3145728],
  });
  return [
    // the snapshot's subvolume carries ro=true, so writes fail even after a rw remount
    // (transactional-update.in reads it with `btrfs property get / ro`)
    {
      target: '/',
      source: `/dev/vda3[/@/.snapshots/${b.n}/snapshot]`,
      fstype: 'btrfs',
      options: `ro,relatime,ssd,space_cache=v2,subvolid=${266 + b.n},subvol=/@/.snapshots/${b.n}/snapshot`,
      root: b.root,
      subvolRo: true,
      df: [41922560, 3145728],
    },
    ...pseudoMounts(),
    // /etc is a nested rw subvolume of the snapshot since t-u 5.0 (transactional-update NEWS 5.0.0); shown
    // as its own mount here, a line built from that layout rather than captured from a machine
    {
      target: '/etc',
      source: `/dev/vda3[/@/.snapshots/${b.n}/snapshot/etc]`,
      fstype: 'btrfs',
      options: `rw,relatime,ssd,space_cache=v2,subvolid=${300 + b.n},subvol=/@/.snapshots/${b.n}/snapshot/etc`,
      root: dirAt(b.root, 'etc'),
    },
    {
      target: '/.snapshots',
      source: '/dev/vda3[/@/.snapshots]',
      fstype: 'btrfs',
      options: 'rw,relatime,ssd,space_cache=v2,subvolid=266,subvol=/@/.snapshots',
      root: snapshotsDir(s),
    },
    sv('/boot/grub2/x86_64-efi', 'boot/grub2/x86_64-efi'),
    sv('/home', 'home'),
    sv('/opt', 'opt'),
    sv('/root', 'root'),
    sv('/srv', 'srv'),
    sv('/usr/local', 'usr/local'),
    sv('/var', 'var'),
    {
      target: '/boot/efi',
      source: '/dev/vda2',
      fstype: 'vfat',
      options: 'rw,relatime,fmask=0022,dmask=0022,codepage=437,iocharset=iso8859-1,shortname=mixed,errors=remount-ro',
      root: s.efi,
      df: [20408, 5284],
    },
    tmpfs('/run', 'rw,nosuid,nodev,size=798952k,nr_inodes=819200,mode=755'),
    tmpfs('/tmp', 'rw,nosuid,nodev,size=1997384k,nr_inodes=1048576'),
  ];
}

function snapshotsDir(s: MicroState): Node {
  const d = dir(0o750);
  for (const x of s.snaps) {
    if (x.n === 0) continue;
    const sd = dir();
    // Each snapshot is a read-only subvolume, also when reached through the writable /.snapshots.
    x.root.subvolRo = true;
    sd.kids.set('snapshot', x.root);
    sd.kids.set(
      'info.xml',
      file(
        `<?xml version="1.0"?>\n<snapshot>\n  <type>single</type>\n  <num>${x.n}</num>\n  <description>${x.desc}</description>\n</snapshot>\n`,
        0o640,
      ),
    );
    d.kids.set(String(x.n), sd);
  }
  return d;
}

// --- snapper ------------------------------------------------------------------------

function snapperList(io: Io): number {
  const s = st(io.k);
  const header = ['#', 'Type', 'Pre #', 'Date', 'User', 'Used Space', 'Cleanup', 'Description', 'Userdata'];
  const right = new Set([0, 2, 5]);
  const rows = s.snaps.map((x) => {
    const mark =
      x.n === 0 ? '' : x.n === s.booted && x.n === s.def ? '*' : x.n === s.booted ? '-' : x.n === s.def ? '+' : '';
    return [
      `${x.n}${mark}`,
      'single',
      '',
      x.n === 0 ? '' : cDate(x.date),
      'root',
      x.used,
      x.cleanup,
      x.desc,
      x.userdata,
    ];
  });
  const { widths: w, width } = columnWidths([header, ...rows]);
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (right.has(i) ? c.padStart(width(i)) : c.padEnd(width(i))))
      .join(' │ ')
      .trimEnd();
  // Table::auto_style() (snapper client/utils/Table.cc): box-drawing glyphs in a UTF-8 locale
  const sep = w.map((x, i) => '─'.repeat(x + (i === 0 || i === w.length - 1 ? 1 : 2))).join('┼');
  io.out([fmt(header), sep, ...rows.map(fmt)].join('\n') + '\n');
  return 0;
}

const snapper: CmdFn = (io, args) => {
  const sub = args.find((a) => !a.startsWith('-'));
  if (io.cred.user !== 'root') {
    io.err('No permissions.\n');
    return 1;
  }
  const s = st(io.k);
  if (sub === 'list' || sub === 'ls' || sub === undefined) return snapperList(io);
  if (sub === 'delete' || sub === 'rm') {
    for (const a of args.slice(args.indexOf(sub) + 1)) {
      const n = Number(a);
      if (n === 0) {
        io.err(`Cannot delete snapshot 0 since it is the current system.\n`);
        return 1;
      }
      if (n === s.booted) {
        io.err(`Cannot delete snapshot ${n} since it is the currently mounted snapshot.\n`);
        return 1;
      }
      if (n === s.def) {
        io.err(`Cannot delete snapshot ${n} since it is the next to be mounted snapshot.\n`);
        return 1;
      }
      if (!snap(s, n)) {
        io.err(`Snapshot '${a}' not found.\n`);
        return 1;
      }
      s.snaps = s.snaps.filter((x) => x.n !== n);
    }
    io.k.fs.setMounts(mountsFor(io.k));
    return 0;
  }
  if (sub === 'cleanup') return snapperCleanup(io, args.slice(args.indexOf(sub) + 1));
  if (sub === 'create') return snapperCreate(io, args.slice(args.indexOf(sub) + 1));
  if (sub === 'status') return snapperStatus(io, args.slice(args.indexOf(sub) + 1));
  if (sub === 'diff') return snapperDiff(io, args.slice(args.indexOf(sub) + 1));
  if (sub === 'rollback')
    return snapperRollback(io, args.slice(args.indexOf(sub) + 1), args.slice(0, args.indexOf(sub)));
  if (['modify', 'mount', 'undochange', 'xadiff', 'get-config', 'set-config'].includes(sub)) {
    io.err(`snapper ${sub}: installed on openSUSE MicroOS; this simulator does not emulate it\n`);
    return 1;
  }
  io.err(`Unknown command '${sub}'.\nSee 'snapper --help' for more information.\n`);
  return 1;
};

/**
 * snapper cleanup number: removes the oldest snapshots with the "number" algorithm beyond the limits
 * of /etc/snapper/configs/root on MicroOS (NUMBER_LIMIT="2-10", NUMBER_LIMIT_IMPORTANT="4-10"),
 * never the running or the default one.
 */
function snapperCleanup(io: Io, args: string[]): number {
  const s = st(io.k);
  const algo = args[0];
  if (algo !== 'number' && algo !== 'timeline' && algo !== 'empty-pre-post') {
    io.err(`Unknown cleanup algorithm '${algo ?? ''}'.\n`);
    return 1;
  }
  if (algo !== 'number') return 0;
  const marked = s.snaps.filter((x) => x.cleanup === 'number' && x.n !== 0 && x.n !== s.booted && x.n !== s.def);
  const important = marked.filter((x) => x.userdata.includes('important=yes'));
  const plain = marked.filter((x) => !x.userdata.includes('important=yes'));
  const drop = [
    ...important.slice(0, Math.max(0, important.length - 10)),
    ...plain.slice(0, Math.max(0, plain.length - 10)),
  ];
  s.snaps = s.snaps.filter((x) => !drop.includes(x));
  io.k.fs.setMounts(mountsFor(io.k));
  return 0;
}

/** snapper create [-d DESC] [-c ALGO] [-p]: a read-only single snapshot of the running root. */
function snapperCreate(io: Io, args: string[]): number {
  const k = io.k;
  const s = st(k);
  const { vals, flags, long } = opts(args, ['d', 'c', 'u']);
  const running = snap(s, s.booted);
  if (!running) return 1;
  const n = Math.max(...s.snaps.map((x) => x.n)) + 1;
  s.snaps.push({
    n,
    date: k.clock.ms,
    desc: vals.d ?? '',
    cleanup: vals.c ?? '',
    userdata: vals.u ?? '',
    release: running.release,
    packages: [...running.packages],
    root: cloneTree(running.root),
    used: '16.00 KiB',
  });
  k.fs.setMounts(mountsFor(k));
  if (flags.has('p') || long.includes('--print-number')) io.out(`${n}\n`);
  return 0;
}

/** ProxySnapshots::findNum() (client/proxy/proxy.cc): a snapshot by number, or snapper's message. */
function findNum(io: Io, str: string): Snapshot | undefined {
  const s = st(io.k);
  if (!/^\d+$/.test(str)) {
    io.err(`Invalid snapshot '${str.slice(0, 40)}'.\n`);
    return undefined;
  }
  const x = snap(s, Number(str));
  if (!x) io.err(`Snapshot '${Number(str)}' not found.\n`);
  return x;
}

/** A snapshot's files as snapper sees them: snapshot 0 is the running system. */
function treeOf(s: MicroState, x: Snapshot): Node | undefined {
  return x.n === 0 ? snap(s, s.booted)?.root : x.root;
}

/**
 * snapper diff A..B [FILES]: client/snapper/cmd-diff.cc runs Differ (client/misc.cc), that is
 * `diff --new-file --unified PRE POST`, on each changed file, with the paths inside the snapshots.
 */
function snapperDiff(io: Io, args: string[]): number {
  const s = st(io.k);
  const [rangeArg, ...only] = args.filter((a) => !a.startsWith('-'));
  if (rangeArg === undefined) {
    io.err("Command 'diff' needs at least one argument.\n");
    return 1;
  }
  const m = /^([^.]*)\.\.([^.]*)$/.exec(rangeArg);
  if (!m) {
    io.err('Invalid snapshots.\n');
    return 1;
  }
  const [, fromArg = '', toArg = ''] = m; // both groups take part in every match
  const from = findNum(io, fromArg);
  const to = from && findNum(io, toArg);
  if (!from || !to) return 1;
  const a = treeOf(s, from);
  const b = treeOf(s, to);
  const where = (x: Snapshot, p: string) => (x.n === 0 ? `/${p}` : `/.snapshots/${x.n}/snapshot/${p}`);
  // a file whose time was never set carries the time its snapshot was taken
  const stamp = (x: Snapshot, n: Node | undefined) => diffTime(n?.mtime || x.date || heldSnap(s, 1).date);
  for (const d of diffTrees(a, b).sort((x, y) => (x.path < y.path ? -1 : 1))) {
    if (only.length && !only.some((f) => `/${d.path}` === f || `/${d.path}`.startsWith(`${f}/`))) continue;
    const pre = a && getRel(a, d.path);
    const post = b && getRel(b, d.path);
    // Directories and links compare without text; diff prints nothing for them here.
    if ((pre && pre.t !== 'f') || (post && post.t !== 'f')) continue;
    const [x, y] = [pre?.data ?? '', post?.data ?? ''];
    if (x.startsWith('ELF') || y.startsWith('ELF')) {
      io.out(`Binary files ${where(from, d.path)} and ${where(to, d.path)} differ\n`);
      continue;
    }
    // --new-file: a missing side is an empty file dated the epoch
    const labelA = `${where(from, d.path)}\t${pre ? stamp(from, pre) : diffTime(0)}`;
    const labelB = `${where(to, d.path)}\t${post ? stamp(to, post) : diffTime(0)}`;
    io.out(unifiedDiff(x, y, labelA, labelB));
  }
  return 0;
}

/**
 * snapper rollback [N]: client/snapper/cmd-rollback.cc. The default snapshot of MicroOS is read-only, so
 * the ambit is "transactional": no copies, only the default subvolume changes (to N, or to the running
 * snapshot), and the target loses its cleanup algorithm.
 */
function snapperRollback(io: Io, args: string[], globals: string[]): number {
  const k = io.k;
  const s = st(k);
  // -d, -c and -u describe the snapshots the classic ambit creates; the transactional one creates none
  const rest = args.filter((a, i) => !a.startsWith('-') && !['-d', '-c', '-u'].includes(args[i - 1] ?? ''));
  if (rest.length > 1) {
    io.err("Command 'rollback' takes either one or no argument.\n");
    return 1;
  }
  const quiet = globals.includes('-q') || globals.includes('--quiet');
  if (!quiet) io.out('Ambit is transactional.\n');
  const [targetArg] = rest;
  const target = targetArg !== undefined ? findNum(io, targetArg) : snap(s, s.booted);
  if (!target) return 1;
  if (target.n === s.def) {
    io.err('Active snapshot is already default snapshot.\n');
    return 1;
  }
  if (target.n === 0) {
    io.err('(simulator: snapshot 0 is the running system, not a snapshot to boot)\n');
    return 1;
  }
  target.cleanup = '';
  if (!quiet) io.out(`Setting default subvolume to snapshot ${target.n}.\n`);
  s.def = target.n;
  k.fs.setMounts(mountsFor(k));
  return 0;
}

/** snapper status A..B: one line per changed path, "+" created, "-" deleted, "c" content changed. */
function snapperStatus(io: Io, args: string[]): number {
  const s = st(io.k);
  const m = /^(\d+)\.\.(\d+)$/.exec(args[0] ?? '');
  if (!m) {
    io.err("Command 'status' needs one argument.\n");
    return 1;
  }
  const [a, b] = [Number(m[1]), Number(m[2])];
  const from = a === 0 ? snap(s, s.booted) : snap(s, a);
  const to = b === 0 ? snap(s, s.booted) : snap(s, b);
  for (const [n, x] of [
    [a, from],
    [b, to],
  ] as const)
    if (!x) {
      io.err(`Snapshot '${n}' not found.\n`);
      return 1;
    }
  if (!from || !to) return 1;
  const letter = { A: '+', D: '-', M: 'c' } as Record<string, string>;
  for (const d of diffTrees(from.root, to.root).sort((x, y) => (x.path < y.path ? -1 : 1)))
    io.out(`${letter[d.op] ?? 'c'}..... /${d.path}\n`);
  return 0;
}

// --- zypper -------------------------------------------------------------------------

const zypper: CmdFn = (io, args) => {
  const sub = args.find((a) => !a.startsWith('-'));
  const readOnly = ['search', 'se', 'lr', 'repos', 'info', 'if', 'se', 'list-updates', 'lu', 'packages', 'pa'];
  if (sub && readOnly.includes(sub)) {
    io.err('(simulator: zypper queries are not simulated)\n');
    return 0;
  }
  if (io.cred.user !== 'root') {
    io.err('Root privileges are required to run this command.\n');
    return 5;
  }
  // NeedsWritableRoot::check() in zypper src/commands/conditions.cc: a read-only btrfs root with
  // /usr/sbin/transactional-update is a transactional server; exit ZYPPER_EXIT_ERR_PRIVILEGES
  io.err('This is a transactional-server, please use transactional-update to update or modify the system.\n');
  return 5;
};

// --- transactional-update ---------------------------------------------------------

interface Tx {
  base: Snapshot;
  n: number;
  release: number;
  packages: string[];
}

function openTx(io: Io, s: MicroState, baseN: number, head: string, warn: boolean): Tx {
  const base = heldSnap(s, baseN);
  let out = head;
  if (warn && baseN !== s.def) {
    out += `WARNING: You are creating a snapshot from a different base (${baseN}) than the\n         current default snapshot (${s.def}).\n         If you want to continue a previous snapshot use the --continue\n         option, otherwise the previous changes will be discarded.\n`;
  }
  const n = Math.max(...s.snaps.map((x) => x.n)) + 1;
  out += `tukit ${TU} started\nOptions: --log=console -c${baseN} open\nUsing snapshot ${baseN} as base for new snapshot ${n}.\nID: ${n}\nTransaction completed.\n`;
  io.out(out);
  return { base, n, release: base.release, packages: [...base.packages] };
}

function closeTx(io: Io, s: MicroState, tx: Tx): void {
  const k = io.k;
  const root = cloneTree(tx.base.root);
  const built = rootFor(k, tx.release, tx.packages);
  // Take the new /usr from the build but keep the base's /etc: the package manager does not reset config.
  root.kids.set('usr', dirAt(built, 'usr'));
  const sn: Snapshot = {
    n: tx.n,
    date: k.clock.ms,
    desc: `Snapshot Update of #${tx.base.n}`,
    cleanup: 'number',
    userdata: '',
    release: tx.release,
    packages: tx.packages,
    root,
    base: tx.base.n,
    syncpoint: tx.base.n === s.booted ? cloneTree(dirAt(tx.base.root, 'etc')) : undefined,
    used: '',
  };
  const prevDefault = s.def;
  s.snaps.push(sn);
  // "Remember all snapshots we create for update" and save the one we ran from (add_unique_id).
  s.unused = [sn.n, ...s.unused];
  if (!s.working.includes(s.booted)) s.working = [s.booted, ...s.working];
  s.def = sn.n;
  while (s.snaps.length > MAX_SNAPSHOTS) {
    const victim = s.snaps.find((x) => x.n > 1 && x.n !== s.booted && x.n !== s.def);
    if (!victim) break;
    s.snaps = s.snaps.filter((x) => x !== victim);
  }
  k.fs.setMounts(mountsFor(k));
  let out = `tukit ${TU} started\nOptions: --log=console close ${sn.n}\nNew default snapshot is #${sn.n} (/.snapshots/${sn.n}/snapshot).\nTransaction completed.\n`;
  if (tx.base.n !== prevDefault) {
    out += `\nWARNING: This snapshot has been created from a different base (${tx.base.n})\n         than the previous default snapshot (${prevDefault}) and does not\n         contain the changes from the latter.\n`;
  }
  out += `\nPlease reboot your machine to activate the changes and avoid data loss.\nNew default snapshot is #${sn.n} (/.snapshots/${sn.n}/snapshot).\ntransactional-update finished\n`;
  io.out(out);
}

function discardTx(io: Io, tx: Tx, why: string): void {
  io.out(`${why}\nRemoving snapshot #${tx.n}...\ntransactional-update finished\n`);
}

/**
 * Ctrl+C at zypper's question: zypper exits at once without a message (`Zypper::immediateExit()`
 * when SIGINT comes while it waits for input), then transactional-update's trap
 * (`trap 'log_error "Received termination signal..." && quit 1' HUP INT QUIT TERM`) runs quit 1,
 * which discards the snapshot; transactional-update exits 1.
 */
function interruptTx(tx: Tx): (io: Io) => number {
  return (io) => {
    io.out('\n');
    discardTx(io, tx, 'Received termination signal...');
    return 1;
  };
}

function zypperInstall(
  io: Io,
  tx: Tx,
  names: string[],
  remove: boolean,
  interactive: boolean,
  finish: () => void,
): number {
  io.out(
    `Calling zypper ${remove ? 'remove' : 'install'}\nLoading repository data...\nReading installed packages...\n`,
  );
  for (const n of names) {
    if (!remove && !PACKAGES[n] && !BASE_PACKAGES.includes(n)) {
      io.out(`Package '${n}' not found.\n`);
      io.out(`Removing snapshot #${tx.n}...\ntransactional-update finished\n`);
      return 104;
    }
  }
  if (remove && names.some((n) => BASE_PACKAGES.includes(n))) {
    io.err('(simulator: removing packages of the base system is not simulated)\n');
    discardTx(io, tx, 'zypper: nothing to update');
    return 1;
  }
  const todo = names.filter((n) =>
    remove ? tx.packages.includes(n) : !tx.packages.includes(n) && !BASE_PACKAGES.includes(n),
  );
  for (const n of names)
    if (!todo.includes(n)) io.out(remove ? `Package '${n}' is not installed.\n` : `'${n}' is already installed.\n`);
  if (!todo.length) {
    io.out('Resolving package dependencies...\n\nNothing to do.\n');
    discardTx(io, tx, 'zypper: nothing to update');
    return 0;
  }
  // What zypper downloads: the named packages it knows (each name to install was checked above to be one of
  // them or a base package, and base packages are never in todo).
  const downloads = remove ? [] : todo.flatMap((n) => PACKAGES[n] ?? []);
  const size = downloads.map((p) => p.size).join(' + ');
  io.out(
    `Resolving package dependencies...\n\nThe following ${todo.length === 1 ? '' : todo.length + ' '}${remove ? (todo.length === 1 ? 'package is going to be REMOVED' : 'packages are going to be REMOVED') : todo.length === 1 ? 'NEW package is going to be installed' : 'NEW packages are going to be installed'}:\n  ${todo.join(' ')}\n\n`,
  );
  // The size summary of classic zypper (zypper src/Summary.cc; newer zypper versions
  // lay it out as a table, which this simulator does not model)
  io.out(
    `${todo.length} ${remove ? 'package to remove' : 'new package' + (todo.length === 1 ? '' : 's') + ' to install'}.\n${remove ? '' : `Overall download size: ${size}. Already cached: 0 B. After the operation, additional 467.3 KiB will be used.\n`}`,
  );
  const question = 'Continue? [y/n/v/...? shows all options] (y): ';
  const proceed = (io2: Io): number => {
    for (const n of todo) {
      if (remove) tx.packages = tx.packages.filter((p) => p !== n);
      else tx.packages.push(n);
    }
    downloads.forEach((p, i) =>
      io2.out(`Retrieving: ${p.name}-${p.version}.x86_64 (repo-oss) (${i + 1}/${todo.length}), ${p.size}\n`),
    );
    if (!remove) io2.out('\nChecking for file conflicts: ...........................................[done]\n');
    todo.forEach((n, i) =>
      io2.out(
        `(${i + 1}/${todo.length}) ${remove ? 'Removing' : 'Installing'}: ${n}-${PACKAGES[n]?.version ?? '1.0'}.x86_64 ...${'.'.repeat(Math.max(3, 40 - n.length))}[done]\n`,
      ),
    );
    io2.out('Running post-transaction scripts .......................................[done]\n');
    finish();
    return 0;
  };
  if (!interactive) {
    io.out(question + 'y\n');
    return proceed(io);
  }
  return io.ask(
    question,
    (answer, io2) => {
      const a = answer.trim().toLowerCase();
      io2.out('\n');
      if (a === '' || a === 'y' || a === 'yes') return proceed(io2);
      if (a === 'n' || a === 'no') {
        discardTx(io2, tx, 'zypper: nothing to update');
        return 0;
      }
      // zypper repeats the question on an unknown answer; the simulator treats it as "no"
      io2.out(`Invalid answer '${answer.slice(0, 40)}'. Please enter y or n.\n`);
      discardTx(io2, tx, 'zypper: nothing to update');
      return 1;
    },
    interruptTx(tx),
  );
}

/** Commands transactional-update has that the simulator does not emulate. */
const NOT_SIMULATED = [
  'shell',
  'run',
  'apply',
  'grub.cfg',
  'bootloader',
  'initrd',
  'kdump',
  'register',
  'migration',
  'setup-selinux',
  'setup-fips',
  'setup-kdump',
  'apply-oci',
];

/** usage() of sbin/transactional-update.in: printed on stdout, then `exit "$1"`. */
const USAGE = `Syntax: transactional-update [option...] [general-command...] [package-command]
        transactional-update [option...] standalone-command

Applies package updates to a new snapshot without touching the running
system.

General Commands:
apply                      Switch into default snapshot without reboot
cleanup                    Mark unused snapshots for snapper removal
grub.cfg                   Regenerate grub.cfg
bootloader                 Reinstall the bootloader
initrd                     Regenerate initrd
kdump                      Regenerate kdump initrd (fadump only)
shell                      Open rw shell in new snapshot before exiting
reboot                     Reboot after update
run <cmd>                  Run a command in a new snapshot
setup-fips                 Install and enable FIPS pattern package
setup-kdump [--crashkernel=<low>[,<high>]]  Configure and enable kdump
setup-selinux              Install targeted SELinux policy and enable it

Package Commands:
Defaults: (i) interactive command; (n) non-interactive command
dist-upgrade, dup          Call 'zypper dup' (n)
update, up                 Call 'zypper up' (n)
patch                      Call 'zypper patch' (n)
migration ...              Updates systems registered via SCC / SMT (i)
pkg install|in ...         Install individual packages (i)
pkg remove|rm ...          Remove individual packages (i)
pkg update|up ...          Updates individual packages (i)
register ...               Register system via SUSEConnect (implies -d)
apply-oci                  Applies system layout based on OCI container (i)

Standalone Commands:
rollback [<number>]        Set the current or given snapshot as default snapshot
rollback last              Set the last working snapshot as default snapshot

Options:
--interactive, -i          Use interactive mode for package command
--non-interactive, -n      Use non-interactive mode for package command
--continue [<number>], -c  Use latest or given snapshot as base
--image <image_source>     Specify an image source for apply-oci command
--no-selfupdate            Skip checking for newer version
--drop-if-no-change, -d    Drop the snapshot if there is no change
--keep, -k                 Keep the snapshot even if there is an error
--quiet                    Don't print warnings and infos to stdout
--help, -h                 Display this help and exit
--version                  Display version and exit
`;

function usage(io: Io, code: number): number {
  io.out(USAGE);
  return code;
}

/**
 * The cleanup part of transactional-update: it deletes nothing itself but gives old snapshots the
 * "number" cleanup algorithm (and "important=yes" to the ones it ran from) so that snapper's
 * timer removes them by its NUMBER_LIMIT rules. The running, booted and default snapshots stay.
 */
function markForCleanup(s: MicroState): string {
  let out = '';
  const keepWorking: number[] = [];
  for (const n of s.working) {
    const x = snap(s, n);
    if (n !== s.booted && x) {
      out += `Adding cleanup algorithm to snapshot #${n}\nAdding "important=yes" to snapshot #${n}\n`;
      x.cleanup = 'number';
      x.userdata = x.userdata ? `${x.userdata}, important=yes` : 'important=yes';
    } else if (n === s.booted) keepWorking.push(n);
  }
  s.working = keepWorking;
  const keepUnused: number[] = [];
  for (const n of s.unused) {
    const x = snap(s, n);
    if (n !== s.booted && n !== s.def && x) {
      out += `Mark unused snapshot #${n} for deletion\n`;
      x.cleanup = 'number';
    } else if (n !== s.booted && x) keepUnused.push(n);
  }
  s.unused = keepUnused;
  return out;
}

const transactionalUpdate: CmdFn = (io, args) => {
  const k = io.k;
  const s = st(k);
  let interactive: boolean | null = null;
  let cont: number | null = null;
  const queue = [...args];
  let rest: string[] = [];
  for (let a = queue.shift(); a !== undefined; a = queue.shift()) {
    if (a === '-n' || a === '--non-interactive') interactive = false;
    else if (a === '-i' || a === '--interactive') interactive = true;
    else if (a === '-c' || a === '--continue') {
      cont = s.def;
      if (/^\d+$/.test(queue[0] ?? '')) cont = Number(queue.shift());
    } else if (['--no-selfupdate', '-d', '--drop-if-no-change', '-k', '--keep', '--quiet'].includes(a)) continue;
    else if (a === '-h' || a === '--help') return usage(io, 0);
    else if (a === '--version') {
      io.out(`transactional-update ${TU}\n`);
      return 0;
    } else if (a.startsWith('-')) return usage(io, 1);
    else {
      rest = [a, ...queue]; // the command and its arguments
      break;
    }
  }
  const cmd = rest[0] ?? 'dup'; // UPDATE_METHOD from transactional-update.conf
  if (needRoot(io, 'ERROR: transactional-update must be run as root!\n')) return 1;
  const optLine = args.join(' ');
  const started = `transactional-update ${TU} started\nOptions: ${optLine}\nSeparate /var detected.\n`;
  if (cmd === 'rollback') {
    const arg = rest[1];
    let target: number;
    if (arg === undefined) target = s.booted;
    else if (arg === 'last') {
      if (s.lastWorking === null || s.lastWorking === s.booted) {
        io.out(started);
        io.err("No last working snapshot saved; please use 'snapper list' for manual selection\n");
        return 1;
      }
      target = s.lastWorking;
    } else target = Number(arg);
    io.out(`transactional-update ${TU} started\nOptions: ${optLine}\nSeparate /var detected.\n`);
    if (!Number.isInteger(target) || !snap(s, target) || target === 0) {
      io.err(`Snapshot '${String(arg).slice(0, 40)}' not found.\n`);
      io.out('transactional-update finished\n');
      return 1;
    }
    io.out(
      `Rollback to snapshot ${target}...\ntukit ${TU} started\nOptions: --log=console rollback ${target}\nTransaction completed.\n`,
    );
    s.def = target;
    k.fs.setMounts(mountsFor(k));
    io.out(
      target === s.booted
        ? 'transactional-update finished\n'
        : 'Please reboot to finish rollback!\ntransactional-update finished\n',
    );
    return 0;
  }
  if (cmd === 'reboot') return k.sysmod.commands.reboot?.(io, []) ?? (io.out(k.reboot()), 0);
  if (cmd === 'cleanup' || cmd === 'cleanup-snapshots' || cmd === 'cleanup-overlays') {
    io.out(started);
    if (cmd !== 'cleanup-overlays') io.out(markForCleanup(s));
    io.out('transactional-update finished\n');
    return 0;
  }
  const isPkg = cmd === 'pkg' || cmd === 'package' || cmd === 'ptf';
  const pkgVerb = isPkg ? rest[1] : undefined;
  const upVerbs = ['up', 'update', 'dup', 'dist-upgrade', 'patch'];
  if (!isPkg && !upVerbs.includes(cmd)) {
    if (NOT_SIMULATED.includes(cmd)) {
      io.err(`transactional-update ${cmd}: installed on openSUSE MicroOS; this simulator does not emulate it\n`);
      return 1;
    }
    return usage(io, 1);
  }
  if (isPkg && !['install', 'in', 'remove', 'rm', 'update', 'up'].includes(pkgVerb ?? '')) return usage(io, 1);
  const names = isPkg ? rest.slice(2) : [];
  if (isPkg && (pkgVerb === 'install' || pkgVerb === 'in' || pkgVerb === 'remove' || pkgVerb === 'rm') && !names.length)
    return usage(io, 1);
  // Each run branches from the running snapshot unless --continue (transactional-update.in, man page
  // transactional-update.8).
  const baseN = cont ?? s.booted;
  if (!snap(s, baseN)) {
    io.err(`Snapshot ${baseN} not found.\n`);
    return 1;
  }
  const isInteractive = interactive ?? isPkg; // pkg commands ask by default, up/dup do not
  const tx = openTx(io, s, baseN, `Checking for newer version.\n${started}`, isPkg);
  if (isPkg && pkgVerb !== 'update' && pkgVerb !== 'up') {
    const remove = pkgVerb === 'remove' || pkgVerb === 'rm';
    return zypperInstall(io, tx, names, remove, isInteractive, () => closeTx(io, s, tx));
  }
  // up / dup / patch: move to the newest release
  const verb = cmd === 'dup' || cmd === 'dist-upgrade' ? 'dup' : cmd === 'patch' ? 'patch' : 'up';
  io.out(`Calling zypper ${verb}\nLoading repository data...\nReading installed packages...\n`);
  const latest = RELEASES.length - 1;
  if (tx.release >= latest) {
    io.out(verb === 'dup' ? 'Computing distribution upgrade...\n\nNothing to do.\n' : 'Nothing to do.\n');
    discardTx(io, tx, 'zypper: nothing to update');
    return 0;
  }
  const ups = release(latest).upgrades;
  if (verb === 'dup')
    io.out(
      "Warning: You are about to do a distribution upgrade with all enabled repositories. Make sure these repositories are compatible before you continue. See 'man zypper' for more information about this command.\nComputing distribution upgrade...\n",
    );
  io.out(
    `\nThe following ${ups.length} packages are going to be upgraded:\n  ${ups.map((u) => u[0]).join(' ')}\n\n${ups.length} packages to upgrade.\n`,
  );
  io.out('Continue? [y/n/v/...? shows all options] (y): y\n');
  ups.forEach(([n, , b], j) =>
    io.out(
      `(${j + 1}/${ups.length}) Installing: ${n}-${b}.x86_64 ${'.'.repeat(Math.max(3, 44 - n.length - b.length))}[done]\n`,
    ),
  );
  tx.release = latest;
  closeTx(io, s, tx);
  return 0;
};

// --- boot -------------------------------------------------------------------------

/** transactional-update-sync-etc-state: carry /etc edits made after the snapshot was
 * branched (transactional-update NEWS 5.0.0). */
function syncEtc(target: Snapshot, running: Snapshot): void {
  if (!target.syncpoint || target.base !== running.n) return;
  const runningEtc = dirAt(running.root, 'etc');
  const targetEtc = dirAt(target.root, 'etc');
  const changedInTarget = new Set(diffTrees(target.syncpoint, targetEtc).map((d) => d.path));
  for (const d of diffTrees(target.syncpoint, runningEtc)) {
    if (changedInTarget.has(d.path)) continue; // "the changes done in the currently running system will be lost"
    const n = getRel(runningEtc, d.path);
    setRel(targetEtc, d.path, n ? cloneTree(n) : undefined);
  }
  target.syncpoint = undefined;
}

export const microos: SystemModule = {
  id: 'microos',
  name: 'openSUSE MicroOS',
  user: 'tux',
  uid: 1000,
  primaryGroup: [100, 'users'],
  groups: [[497, 'wheel']],
  utf8: true,
  path: '/home/tux/bin:/usr/local/bin:/usr/bin:/bin',
  rootPath: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  homeOf: homeInHome,
  selinuxContext: 'unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023',
  updateTools: ['transactional-update', 'snapper', 'reboot', 'systemctl', 'shutdown'],
  hostname: () => 'microos',
  init(k) {
    k.sys = undefined;
    const base = { release: 0, packages: [] as string[] };
    const first = rootFor(k, base.release, base.packages);
    const mk = (n: number, desc: string, cleanup: string, root: DirNode, used: string): Snapshot => ({
      n,
      date: k.clock.ms - (3 - n) * 86400_000 * 2,
      desc,
      cleanup,
      userdata: n === 1 ? 'important=yes' : '',
      release: 0,
      packages: [],
      root,
      used,
    });
    const home = dir();
    home.kids.set('tux', homeDir('tux', 'users'));
    const s: MicroState = {
      snaps: [
        { ...mk(0, 'current', '', first, ''), userdata: '' },
        mk(1, 'first root filesystem', '', first, '16.00 KiB'),
        { ...mk(2, 'Snapshot Update of #1', 'number', cloneTree(first), '26.13 MiB'), base: 1 },
      ],
      booted: 2,
      def: 2,
      lastWorking: null,
      prevBooted: null,
      unused: [],
      working: [],
      subvols: {
        home,
        root: dir(0o700),
        opt: dir(),
        srv: dir(),
        'usr/local': buildTree({ bin: { dir: true }, sbin: { dir: true } }),
        var: buildTree({ log: { dir: true }, 'lib/overlay': { dir: true }, tmp: { dir: true, mode: 0o1777 } }),
        'boot/grub2/x86_64-efi': dir(),
      },
      efi: buildTree({ 'EFI/opensuse/grubx64.efi': 'ELF efi\n' }),
    };
    k.sys = s;
    k.services.set('sshd.service', {
      unit: 'sshd.service',
      description: 'OpenSSH Daemon',
      active: true,
      enabled: true,
      exec: 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups',
    });
    k.services.set('transactional-update.timer', {
      unit: 'transactional-update.timer',
      description: 'Daily update of the root filesystem',
      active: true,
      enabled: true,
      exec: '/usr/sbin/transactional-update',
    });
    k.services.set('health-checker.service', {
      unit: 'health-checker.service',
      description: 'Health Checker',
      active: true,
      enabled: true,
      // health-checker.service is Type=oneshot, RemainAfterExit=yes (openSUSE/health-checker, systemd/).
      oneshot: true,
      exec: '/usr/sbin/health-checker check',
    });
  },
  boot(k) {
    const s = st(k);
    const running = heldSnap(s, s.booted);
    const target = snap(s, s.def) ?? running;
    if (target !== running) {
      syncEtc(target, running);
      s.lastWorking = running.n; // health-checker remembers the last snapshot that came up fine
      // (health-checker.in: /var/lib/misc/health-check.state)
    }
    s.booted = target.n;
    k.fs.setMounts(mountsFor(k));
  },
  prompt(k) {
    const where = tildeCwd(k);
    // openSUSE's /etc/bash.bashrc: "\u@\h:\w> " for users, "\h:\w # " for root
    return k.user === 'root' ? `${k.hostname}:${where} # ` : `${k.user}@${k.hostname}:${where}> `;
  },
  commands: {
    zypper,
    snapper,
    'transactional-update': transactionalUpdate,
    btrfs: btrfsCommand((io) => {
      const s = st(io.k);
      return {
        snapshots: s.snaps.map((x) => x.n),
        booted: s.booted,
        def: s.def,
        generation: 4000 + s.snaps.length * 37,
      };
    }),
  },
  loginBanner(k) {
    return `Last login: ${cDate(k.clock.ms - 70_000)} from 192.168.122.1\n`;
  },
  procs() {
    return [
      { pid: 1, ppid: 0, user: 'root', cmd: '/usr/lib/systemd/systemd --switched-root --system --deserialize=44' },
      { pid: 640, ppid: 1, user: 'root', cmd: '/usr/lib/systemd/systemd-journald' },
      { pid: 980, ppid: 1, user: 'root', cmd: 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups' },
    ];
  },
  pkgVersion: (name) => PACKAGES[name]?.version.replace(/-.*/, ''),
  kernelRelease: (k) => release(heldSnap(st(k), st(k).booted).release).kernel,
  prettyName: () => 'openSUSE MicroOS',
  timeline(k) {
    const s = st(k);
    return {
      kind: 'snapshots',
      entries: s.snaps
        .filter((x) => x.n > 0)
        .map((x) => ({
          id: String(x.n),
          label: `Snapshot ${x.n}`,
          version: release(x.release).version,
          packages: x.packages,
          booted: x.n === s.booted,
          nextBoot: x.n === s.def,
          pinned: x.userdata.includes('important=yes'),
          rollbackTarget: x.n === s.lastWorking && x.n !== s.booted,
          description: x.desc,
        })),
    };
  },
  fsMap(k) {
    const info = (t: string) => mountInfo(k, t);
    const s = st(k);
    return [
      { path: '/', kind: 'read-only', detail: `btrfs snapshot ${s.booted}, ro`, mount: info('/') },
      { path: '/usr', kind: 'read-only', detail: 'part of the root snapshot' },
      {
        path: '/etc',
        kind: 'writable',
        detail: 'a subvolume inside the snapshot: rolled back with /',
        mount: info('/etc'),
      },
      ...['/var', '/home', '/root', '/opt', '/srv', '/usr/local'].map((p) => ({
        path: p,
        kind: 'persistent' as const,
        detail: 'own btrfs subvolume, not in snapshots',
        mount: info(p),
      })),
      { path: '/.snapshots', kind: 'persistent', detail: 'snapper snapshots', mount: info('/.snapshots') },
      { path: '/tmp', kind: 'reset-at-boot', detail: 'tmpfs', mount: info('/tmp') },
      { path: '/run', kind: 'reset-at-boot', detail: 'tmpfs', mount: info('/run') },
    ];
  },
  actions(k) {
    const s = st(k);
    const def = heldSnap(s, s.def);
    const prev = [...s.snaps].reverse().find((x) => x.n > 0 && x.n !== s.def);
    return [
      def.packages.includes('htop')
        ? { id: 'uninstall', label: 'Remove htop', command: 'sudo transactional-update -n pkg remove htop' }
        : { id: 'install', label: 'Install htop', command: 'sudo transactional-update -n pkg install htop' },
      { id: 'upgrade', label: 'Distribution upgrade', command: 'sudo transactional-update dup' },
      { id: 'reboot', label: 'Reboot', command: 'sudo reboot' },
      {
        id: 'rollback',
        label: `Roll back to snapshot ${prev?.n ?? 1}`,
        command: `sudo transactional-update rollback ${prev?.n ?? 1}`,
      },
      { id: 'cleanup', label: 'Clean up old snapshots', command: 'sudo transactional-update cleanup' },
    ];
  },
};
