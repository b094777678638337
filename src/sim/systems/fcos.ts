// Fedora CoreOS (2026): composefs root, OCI-image updates, rpm-ostree layering,
// one /etc per deployment with the 3-way merge, a shared /var, Zincati (§2).
import { buildTree, cloneTree, dir, file, diffTrees, threeWayMerge, type Node, type Mount } from '../fs.ts';
import type { SystemModule, Kernel, Io, CmdFn, TimelineEntry } from '../kernel.ts';
import { iso, systemdDate } from '../state.ts';
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
  type Pkg,
  mountInfo,
  rebootIfAsked,
} from './common.ts';
import { opts } from '../coreutils.ts';

const ORIGIN = 'ostree-image-signed:docker://quay.io/fedora/fedora-coreos:stable';
const STATEROOT = 'fedora-coreos';
const KEY_WIDTH = 23; // strlen("InactiveRemoteOverrides"), rpm-ostree >= v2022.12 (§2.3)
const MAX_DEPLOYMENTS = 8;

interface Release {
  version: string;
  built: string;
  kernel: string;
  upgrades: [string, string, string][];
}
const RELEASES: Release[] = [
  { version: '44.20261102.3.0', built: '2026-11-10T14:02:31Z', kernel: '6.19.14-200.fc44.x86_64', upgrades: [] },
  {
    version: '44.20261116.3.0',
    built: '2026-11-24T13:47:09Z',
    kernel: '6.19.16-200.fc44.x86_64',
    upgrades: [
      ['kernel', '6.19.14-200.fc44', '6.19.16-200.fc44'],
      ['kernel-core', '6.19.14-200.fc44', '6.19.16-200.fc44'],
      ['kernel-modules', '6.19.14-200.fc44', '6.19.16-200.fc44'],
      ['kernel-modules-core', '6.19.14-200.fc44', '6.19.16-200.fc44'],
      ['podman', '5:5.7.0-1.fc44', '5:5.7.1-1.fc44'],
      ['systemd', '258.2-1.fc44', '258.3-1.fc44'],
    ],
  },
];

const PACKAGES: Record<string, Pkg> = dict({
  htop: { name: 'htop', version: '3.4.1-3.fc44.x86_64', bins: ['htop'], size: '186.2 kB' },
  tmux: { name: 'tmux', version: '3.5a-5.fc44.x86_64', bins: ['tmux'], size: '496.0 kB' },
  strace: { name: 'strace', version: '6.17-1.fc44.x86_64', bins: ['strace'], size: '1.4 MB' },
  tree: { name: 'tree', version: '2.2.1-3.fc44.x86_64', bins: ['tree'], size: '62.5 kB' },
  cowsay: { name: 'cowsay', version: '3.8.4-3.fc44.noarch', bins: ['cowsay'], size: '49.1 kB' },
});
/** Packages in the base image: asking to layer them is refused (§2.4). */
const BASE_PROVIDES: Record<string, string> = dict({
  podman: 'podman-5:5.7.0-1.fc44.x86_64',
  vim: 'vim-minimal-2:9.1.1818-1.fc44.x86_64',
  'vim-minimal': 'vim-minimal-2:9.1.1818-1.fc44.x86_64',
  nano: 'nano-8.6-1.fc44.x86_64',
  bash: 'bash-5.3.0-2.fc44.x86_64',
  coreutils: 'coreutils-9.8-2.fc44.x86_64',
  git: 'git-core-2.52.0-1.fc44.x86_64',
});

interface Deployment {
  serial: number;
  checksum: string;
  digest: string;
  release: number;
  packages: string[];
  pinned: boolean;
  staged: boolean;
  root: Node; // the composefs image: /usr plus the top-level skeleton
  etc: Node;
}

interface FcosState {
  deps: Deployment[]; // ostree order: index 0 boots next
  booted: Deployment;
  var: Node;
  sysroot: Node;
  boot: Node;
  digests: string[];
  unlocked: Node | null; // the writable /usr of `rpm-ostree usroverlay`
  lastChecked: number;
}

const st = (k: Kernel) => k.sys as FcosState;

function usrFor(rel: Release, packages: string[]): Node {
  const usr = buildTree({
    ...usrBin(['rpm-ostree', 'ostree', 'dnf', 'podman', 'vi', 'nano', 'zincati', 'bootc']),
    'lib/os-release': osRelease(
      [
        ['NAME', 'Fedora Linux'],
        ['VERSION', `44.${rel.version.split('.')[1]}.3.0 (CoreOS)`],
        ['RELEASE_TYPE', 'stable'],
        ['ID', 'fedora'],
        ['VERSION_ID', '44'],
        ['VERSION_CODENAME', ''],
        ['PLATFORM_ID', 'platform:f44'],
        ['PRETTY_NAME', `Fedora CoreOS ${rel.version}`],
        ['ANSI_COLOR', '0;38;2;60;110;180'],
        ['LOGO', 'fedora-logo-icon'],
        ['CPE_NAME', 'cpe:/o:fedoraproject:fedora:44'],
        ['HOME_URL', 'https://getfedora.org/coreos/'],
        ['DOCUMENTATION_URL', 'https://docs.fedoraproject.org/en-US/fedora-coreos/'],
        ['SUPPORT_URL', 'https://github.com/coreos/fedora-coreos-tracker/'],
        ['BUG_REPORT_URL', 'https://github.com/coreos/fedora-coreos-tracker/'],
        ['REDHAT_BUGZILLA_PRODUCT', 'Fedora'],
        ['REDHAT_BUGZILLA_PRODUCT_VERSION', '44'],
        ['REDHAT_SUPPORT_PRODUCT', 'Fedora'],
        ['REDHAT_SUPPORT_PRODUCT_VERSION', '44'],
        ['SUPPORT_END', '2027-05-19'],
        ['VARIANT', 'CoreOS'],
        ['VARIANT_ID', 'coreos'],
        ['OSTREE_VERSION', `'${rel.version}'`],
      ],
      [
        'ID',
        'VERSION_ID',
        'RELEASE_TYPE',
        'LOGO',
        'REDHAT_BUGZILLA_PRODUCT_VERSION',
        'REDHAT_SUPPORT_PRODUCT_VERSION',
        'SUPPORT_END',
        'VARIANT_ID',
      ],
    ),
    [`lib/modules/${rel.kernel}/vmlinuz`]: 'ELF kernel image\n',
    'libexec/zincati': elf('zincati'),
    'etc/hostname': '',
    'etc/motd': '',
    'etc/zincati/config.d/.keep': '',
    'etc/os-release': { link: '../usr/lib/os-release' },
    local: { link: '../var/usrlocal' },
    sbin: { link: 'bin' },
    lib64: { dir: true },
    'share/doc': { dir: true },
  });
  const etc = usr.kids!.get('etc')!;
  etcAccounts(etc, 'core', 1000, [], '/var/home/core');
  for (const p of packages)
    for (const b of PACKAGES[p]?.bins ?? []) usr.kids!.get('bin')!.kids!.set(b, file(elf(b), 0o755));
  return usr;
}

function rootFor(usr: Node): Node {
  return buildTree(
    {
      bin: { link: 'usr/bin' },
      sbin: { link: 'usr/sbin' },
      lib: { link: 'usr/lib' },
      lib64: { link: 'usr/lib64' },
      home: { link: 'var/home' },
      opt: { link: 'var/opt' },
      srv: { link: 'var/srv' },
      root: { link: 'var/roothome' },
      mnt: { link: 'var/mnt' },
      media: { link: 'run/media' },
      afs: { dir: true },
      boot: { dir: true },
      dev: { dir: true },
      etc: { dir: true },
      proc: { dir: true },
      run: { dir: true },
      sys: { dir: true },
      sysroot: { dir: true },
      tmp: { dir: true },
      var: { dir: true },
      ostree: { link: 'sysroot/ostree' },
    },
    (() => {
      const r = dir();
      r.kids!.set('usr', usr);
      return r;
    })(),
  );
}

/** The /etc the admin sees on first boot: /usr/etc plus what Ignition wrote. */
function firstEtc(usr: Node, hostname: string): Node {
  const etc = cloneTree(usr.kids!.get('etc')!);
  etc.kids!.set('hostname', file(hostname + '\n'));
  etc.kids!.get('shadow')!.data += 'core:*:20000::::::\n'.slice(0, 0);
  etc.kids!.set(
    'passwd',
    file(etc.kids!.get('passwd')!.data!.replace('core:x:1000:1000:core:', 'core:x:1000:1000:CoreOS Admin:')),
  );
  return etc;
}

function newDeployment(k: Kernel, release: number, packages: string[], etc: Node): Deployment {
  const s = k.sys as FcosState | undefined;
  // The serial counts deployments of the same commit; every new deployment here has a new commit.
  return {
    serial: 0,
    checksum: k.rng.hex(64),
    digest: s?.digests[release] ?? '',
    release,
    packages: [...packages].sort(),
    pinned: false,
    staged: true,
    root: rootFor(usrFor(RELEASES[release], packages)),
    etc,
  };
}

const kv = (key: string, value: string) => `  ${key.padStart(KEY_WIDTH)}: ${value}\n`;

function nevra(p: string): string {
  return `${p}-${PACKAGES[p].version}`;
}

/** The package-diff block rpm-ostree prints after a transaction (FULL_MULTILINE). */
function pkgDiff(from: Deployment, to: Deployment): string {
  let out = '';
  const up = to.release > from.release ? RELEASES[to.release].upgrades : [];
  const down = to.release < from.release ? RELEASES[from.release].upgrades : [];
  if (up.length) out += 'Upgraded:\n' + up.map(([n, a, b]) => `  ${n} ${a} -> ${b}\n`).join('');
  if (down.length) out += 'Downgraded:\n' + down.map(([n, a, b]) => `  ${n} ${b} -> ${a}\n`).join('');
  const removed = from.packages.filter((p) => !to.packages.includes(p));
  const added = to.packages.filter((p) => !from.packages.includes(p));
  if (removed.length) out += 'Removed:\n' + removed.map((p) => `  ${nevra(p)}\n`).join('');
  if (added.length) out += 'Added:\n' + added.map((p) => `  ${nevra(p)}\n`).join('');
  return out;
}

function diffSummary(from: Deployment, to: Deployment): string {
  const parts: string[] = [];
  const up = to.release > from.release ? RELEASES[to.release].upgrades.length : 0;
  const down = to.release < from.release ? RELEASES[from.release].upgrades.length : 0;
  const removed = from.packages.filter((p) => !to.packages.includes(p)).length;
  const added = to.packages.filter((p) => !from.packages.includes(p)).length;
  if (up) parts.push(`${up} upgraded`);
  if (down) parts.push(`${down} downgraded`);
  if (removed) parts.push(`${removed} removed`);
  if (added) parts.push(`${added} added`);
  return parts.join(', ');
}

function mountsFor(k: Kernel): Mount[] {
  const s = st(k);
  const d = s.booted;
  const dep = `/ostree/deploy/${STATEROOT}/deploy/${d.checksum}.${d.serial}`;
  const ms: Mount[] = [
    {
      target: '/',
      source: 'composefs',
      fstype: 'overlay',
      options:
        'ro,relatime,seclabel,lowerdir+=/run/ostree/.private/cfsroot-lower,datadir+=/sysroot/ostree/repo/objects,redirect_dir=on,metacopy=on',
      root: d.root,
      writeProtected: true,
      df: [5120, 5120], // "small and full (a few MB, 100% used)"
    },
    ...pseudoMounts(),
    {
      target: '/sysroot',
      source: '/dev/vda4',
      fstype: 'xfs',
      options: 'ro,relatime,seclabel,attr2,inode64,logbufs=8,logbsize=32k,prjquota',
      root: s.sysroot,
      df: [10208236, 2451096],
    },
    // composefs era: /etc and /var are still bind mounts from the physical root (RECONSTRUCTED, §2.1)
    {
      target: '/etc',
      source: `/dev/vda4[${dep}/etc]`,
      fstype: 'xfs',
      options: 'rw,relatime,seclabel,attr2,inode64,logbufs=8,logbsize=32k,prjquota',
      root: d.etc,
    },
    {
      target: '/var',
      source: `/dev/vda4[/ostree/deploy/${STATEROOT}/var]`,
      fstype: 'xfs',
      options: 'rw,relatime,seclabel,attr2,inode64,logbufs=8,logbsize=32k,prjquota',
      root: s.var,
    },
    {
      target: '/boot',
      source: '/dev/vda3',
      fstype: 'ext4',
      options: 'ro,nosuid,nodev,relatime,seclabel',
      root: s.boot,
      df: [358271, 142120],
    },
    tmpfs('/run', 'rw,nosuid,nodev,seclabel,size=798952k,nr_inodes=819200,mode=755'),
    tmpfs('/tmp', 'rw,nosuid,nodev,seclabel,size=1997384k,nr_inodes=1048576'),
  ];
  if (s.unlocked) {
    ms.push({
      target: '/usr',
      source: 'overlay',
      fstype: 'overlay',
      options:
        'rw,relatime,seclabel,lowerdir=usr,upperdir=/var/tmp/ostree-unlock-ovl.Q3CNV2/upper,workdir=/var/tmp/ostree-unlock-ovl.Q3CNV2/work',
      root: s.unlocked,
    });
  }
  return ms;
}

function bootEntries(k: Kernel): void {
  const s = st(k);
  const entries = dir();
  s.deps.forEach((d, i) => {
    entries.kids!.set(
      `ostree-${s.deps.length - i}-fedora-coreos.conf`,
      file(
        `title Fedora CoreOS ${RELEASES[d.release].version} (ostree:${i})\nversion ${s.deps.length - i}\nlinux /ostree/fedora-coreos-${d.checksum.slice(0, 12)}/vmlinuz-${RELEASES[d.release].kernel}\noptions root=UUID=... rw ostree=/ostree/boot.1/fedora-coreos/${d.checksum}/0\n`,
      ),
    );
  });
  s.boot.kids!.set('loader', buildTree({ entries: { dir: true } }));
  s.boot.kids!.get('loader')!.kids!.set('entries', entries);
}

/** Drops unpinned deployments that are neither booted, nor next, nor the rollback (§2.4 cleanup). */
function prune(s: FcosState): void {
  const keep = new Set<Deployment>([s.booted, s.deps[0]]);
  const rollback = s.deps.find((d) => d !== s.booted && !d.staged && d !== s.deps[0]);
  if (rollback && !s.deps[0].staged) keep.add(rollback);
  s.deps = s.deps.filter((d) => keep.has(d) || d.pinned);
}

function deploymentLabel(s: FcosState, d: Deployment): string {
  if (d.staged) return ' (staged)';
  if (d === s.booted) return '';
  return s.deps.indexOf(d) < s.deps.indexOf(s.booted) ? ' (pending)' : ' (rollback)';
}

// --- rpm-ostree --------------------------------------------------------------------

function zincatiActive(k: Kernel): boolean {
  return k.services.get('zincati.service')?.active ?? false;
}

function status(io: Io, args: string[]): number {
  const k = io.k;
  const s = st(k);
  const { flags, long } = opts(args);
  const verbose = flags.has('v') || long.includes('--verbose');
  const onlyBooted = flags.has('b') || long.includes('--booted');
  let out = 'State: idle\n';
  out += 'AutomaticUpdatesDriver: Zincati\n';
  out += zincatiActive(k)
    ? `  DriverState: active; periodically polling for updates (last checked ${systemdDate(s.lastChecked)})\n`
    : '  DriverState: inactive\n';
  out += 'Deployments:\n';
  const shown = onlyBooted ? [s.booted] : s.deps;
  out += shown
    .map((d) => {
      const rel = RELEASES[d.release];
      let t = (d === s.booted ? '● ' : '  ') + ORIGIN + '\n';
      t += kv('Digest', 'sha256:' + d.digest);
      t += kv('Version', `${rel.version} (${rel.built})`);
      if (verbose) t += kv(d.packages.length ? 'BaseCommit' : 'Commit', d.checksum);
      if (verbose && d.staged) t += kv('Staged', 'yes');
      if (verbose) t += kv('StateRoot', STATEROOT);
      if (d === s.deps[0] && d !== s.booted) {
        const diff = diffSummary(s.booted, d);
        if (diff) t += kv('Diff', diff);
      }
      if (d.packages.length) t += kv('LayeredPackages', d.packages.join(' '));
      if (d.pinned) t += kv('Pinned', 'yes');
      if (d === s.booted && s.unlocked) t += kv('Unlocked', 'development');
      return t;
    })
    .join('\n');
  io.out(out);
  return 0;
}

function requireRoot(io: Io): boolean {
  // Over SSH without a polkit agent the daemon refuses; the exact text is uncertain (§8), and the scenarios use sudo.
  return needRoot(io, 'error: Authorization required, but no authorization protocol specified\n');
}

function repoLines(k: Kernel): string {
  const gen = iso(k.clock.ms - 3 * 3600_000);
  return (
    [
      'Checking out tree ' + st(k).booted.checksum.slice(0, 7) + '... done',
      'Enabled rpm-md repositories: fedora-cisco-openh264 updates fedora updates-archive',
      "Updating metadata for 'fedora-cisco-openh264'... done",
      "Updating metadata for 'updates'... done",
      "Updating metadata for 'fedora'... done",
      "Updating metadata for 'updates-archive'... done",
      'Importing rpm-md... done',
      `rpm-md repo 'fedora-cisco-openh264'; generated: 2026-03-12T13:25:51Z solvables: 4`,
      `rpm-md repo 'updates'; generated: ${gen} solvables: 14212`,
      `rpm-md repo 'fedora'; generated: 2026-04-21T19:35:08Z solvables: 77402`,
      `rpm-md repo 'updates-archive'; generated: ${gen} solvables: 21908`,
      'Resolving dependencies... done',
    ].join('\n') + '\n'
  );
}

/** Builds a new staged deployment from `base` with `packages`, replacing an existing staged one ("operations can be chained"). */
function stage(k: Kernel, release: number, packages: string[]): Deployment {
  const s = st(k);
  s.deps = s.deps.filter((d) => !d.staged);
  // The /etc merge of a staged deployment happens at shutdown (§2.2); keep a placeholder until then.
  const d = newDeployment(k, release, packages, dir());
  s.deps.unshift(d);
  prune(s);
  while (s.deps.length > MAX_DEPLOYMENTS)
    s.deps.splice(
      s.deps.findLastIndex((x) => x !== s.booted && x !== d),
      1,
    );
  bootEntries(k);
  return d;
}

function pendingBase(s: FcosState): { release: number; packages: string[] } {
  const staged = s.deps.find((d) => d.staged);
  const from = staged ?? s.booted;
  return { release: from.release, packages: from.packages };
}

function layer(io: Io, args: string[], remove: boolean): number {
  const k = io.k;
  const s = st(k);
  const { rest, long, flags } = opts(args);
  const names = rest;
  if (!names.length) {
    io.err(`error: At least one PACKAGE must be specified\n`);
    return 1;
  }
  if (requireRoot(io)) return 1;
  const base = pendingBase(s);
  const next = new Set(base.packages);
  for (const n of names) {
    if (remove) {
      if (!next.has(n)) {
        io.err(`error: Package/capability '${n}' is not currently requested\n`);
        return 1;
      }
      next.delete(n);
    } else {
      if (next.has(n)) {
        io.err(`error: Package/capability '${n}' is already requested\n`);
        return 1;
      }
    }
  }
  if (!remove) {
    io.out(repoLines(k));
    const notFound = names.filter((n) => !PACKAGES[n] && !BASE_PROVIDES[n]);
    if (notFound.length) {
      io.err(`error: Packages not found: ${notFound.join(', ')}\n`);
      return 1;
    }
    const provided = names.find((n) => BASE_PROVIDES[n]);
    if (provided && !long.includes('--allow-inactive')) {
      io.err(
        `error: "${provided}" is already provided by: ${BASE_PROVIDES[provided]}. Use --allow-inactive to explicitly require it.\n`,
      );
      return 1;
    }
    for (const n of names) next.add(n);
    const sizes = names.map((n) => PACKAGES[n]?.size).filter(Boolean);
    io.out(
      `Will download: ${sizes.length} package${sizes.length === 1 ? '' : 's'} (${sizes.length === 1 ? sizes[0] : sizes.join(' + ')})\n`,
    );
    io.out(
      "Downloading from 'updates'... done\nImporting packages... done\nChecking out packages... done\nRunning pre scripts... done\nRunning post scripts... done\nRunning posttrans scripts... done\nWriting rpmdb... done\nWriting OSTree commit... done\n",
    );
  } else {
    io.out(
      `Checking out tree ${s.booted.checksum.slice(0, 7)}... done\nResolving dependencies... done\nCheckout packages... done\nRunning pre scripts... done\nRunning post scripts... done\nRunning posttrans scripts... done\nWriting rpmdb... done\nWriting OSTree commit... done\n`,
    );
  }
  const d = stage(
    k,
    base.release,
    [...next].filter((p) => PACKAGES[p]),
  );
  io.out('Staging deployment... done\n');
  io.out(pkgDiff(s.booted, d));
  io.out('Changes queued for next boot. Run "systemctl reboot" to start a reboot\n');
  rebootIfAsked(io, flags, long);
  return 0;
}

function driverRefusal(io: Io, args: string[]): boolean {
  if (args.includes('--bypass-driver') || !zincatiActive(io.k)) return false;
  io.err(
    "error: Updates and deployments are driven by Zincati (zincati.service)\nSee Zincati's documentation at https://github.com/coreos/zincati\nUse --bypass-driver to bypass Zincati and perform the operation anyways\n",
  );
  return true;
}

function upgrade(io: Io, args: string[]): number {
  const k = io.k;
  const s = st(k);
  const { flags, long } = opts(args);
  if (driverRefusal(io, args)) return 1;
  const base = pendingBase(s);
  const latest = RELEASES.length - 1;
  const check = long.includes('--check') || long.includes('--preview');
  if (base.release >= latest) {
    io.out(check ? 'No updates available.\n' : 'No upgrade available.\n');
    return check ? 77 : 0;
  }
  if (requireRoot(io)) return 1;
  if (check) {
    io.out(
      `AvailableUpdate:\n        Version: ${RELEASES[latest].version} (${RELEASES[latest].built})\n         Digest: sha256:${s.digests[latest]}\n`,
    );
    return 0;
  }
  // OCI pull lines as rpm-ostree prints them for an image origin (§2.4; spacing of "done" varies)
  io.out(
    `Pulling manifest: ${ORIGIN}\nImporting: ${ORIGIN} (digest: sha256:${s.digests[latest]})\nostree chunk layers already present: 51\nostree chunk layers needed: 14 (643.6 MB)\n`,
  );
  for (let i = 0; i < 14; i++)
    io.out(`[${i}/14] Fetching ostree chunk ${k.rng.hex(19)} (${(20 + k.rng.int(700) / 10).toFixed(1)} MB)...done\n`);
  if (base.packages.length)
    io.out(
      repoLines(k) +
        'Importing packages... done\nChecking out packages... done\nWriting rpmdb... done\nWriting OSTree commit... done\n',
    );
  const d = stage(k, latest, base.packages);
  io.out('Staging deployment...done\n');
  io.out(pkgDiff(s.booted, d));
  io.out('Run "systemctl reboot" to start a reboot\n');
  rebootIfAsked(io, flags, long);
  return 0;
}

function rollback(io: Io, args: string[]): number {
  const k = io.k;
  const s = st(k);
  const { flags, long } = opts(args);
  if (requireRoot(io)) return 1;
  if (s.deps.some((d) => d.staged)) {
    io.err('error: Staged deployment (remove with cleanup -p)\n');
    return 1;
  }
  const bi = s.deps.indexOf(s.booted);
  // A toggle: with the booted one on top, move the next older up; otherwise put the booted one back on top (§2.4).
  const target = bi === 0 ? s.deps[1] : s.booted;
  if (!target) {
    io.err('error: No rollback deployment found\n');
    return 1;
  }
  const from = s.deps[0];
  s.deps = [target, ...s.deps.filter((d) => d !== target)];
  bootEntries(k);
  io.out(`Moving '${target.checksum}.${target.serial}' to be first deployment\n`);
  // Probable libostree journal line forwarded to the client (§8, "Modern rpm-ostree rollback")
  io.out(
    `Transaction complete; bootconfig swap: yes; bootversion: boot.${k.bootCount % 2}.1, deployment count change: 0\n`,
  );
  io.out(pkgDiff(from === s.booted ? s.booted : from, target));
  io.out('Changes queued for next boot. Run "systemctl reboot" to start a reboot\n');
  rebootIfAsked(io, flags, long);
  return 0;
}

function cleanup(io: Io, args: string[]): number {
  const k = io.k;
  const s = st(k);
  const { flags, long } = opts(args);
  if (requireRoot(io)) return 1;
  const pending = flags.has('p') || long.includes('--pending');
  const rb = flags.has('r') || long.includes('--rollback');
  const base = flags.has('b') || long.includes('--base');
  const repomd = flags.has('m') || long.includes('--repomd');
  if (!pending && !rb && !base && !repomd) {
    io.err('error: At least one cleanup option must be specified\n');
    return 1;
  }
  const bi = s.deps.indexOf(s.booted);
  // Pinned deployments are never removed (§2.4).
  const drop = s.deps.filter((d, i) => !d.pinned && d !== s.booted && ((pending && i < bi) || (rb && i > bi)));
  if (repomd) io.out('Freed: 0 bytes (pkgcache branches: 0)\n');
  if (!drop.length) {
    if (pending || rb) io.out('Deployments unchanged.\n');
    return 0;
  }
  s.deps = s.deps.filter((d) => !drop.includes(d));
  bootEntries(k);
  io.out(`Freed: ${drop.length * 312}.4 MB (pkgcache branches: 0)\n`);
  return 0;
}

function usroverlay(io: Io): number {
  const k = io.k;
  const s = st(k);
  if (needRoot(io, 'error: You must be root to perform this command\n')) return 1;
  if (s.unlocked) {
    io.err('error: Deployment is already in unlocked state: development\n');
    return 1;
  }
  s.unlocked = cloneTree(s.booted.root.kids!.get('usr')!);
  k.fs.setMounts(mountsFor(k));
  io.out(
    'Development mode enabled.  A writable overlayfs is now mounted on /usr.\nAll changes there will be discarded on reboot.\n',
  );
  return 0;
}

const rpmOstree: CmdFn = (io, args) => {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'status':
      return status(io, rest);
    case 'install':
    case 'in':
      return layer(io, rest, false);
    case 'uninstall':
    case 'remove':
      return layer(io, rest, true);
    case 'upgrade':
    case 'update':
      return upgrade(io, rest);
    case 'rollback':
      return rollback(io, rest);
    case 'cleanup':
      return cleanup(io, rest);
    case 'usroverlay':
      return usroverlay(io);
    case 'deploy':
    case 'rebase':
      if (driverRefusal(io, rest)) return 1;
      io.err(`error: ${sub} is not simulated; use upgrade\n`);
      return 1;
    case undefined:
      io.err(
        'Usage:\n  rpm-ostree [OPTION…] COMMAND\n\nBuiltin Commands:\n  apply-live           Apply pending deployment changes to booted deployment\n  cancel               Cancel an active transaction\n  cleanup              Clear cached/pending data\n  deploy               Deploy a specific commit\n  install              Overlay additional packages\n  rebase               Switch to a different tree\n  rollback             Revert to the previously booted tree\n  status               Get the version of the booted system\n  uninstall            Remove overlayed additional packages\n  upgrade              Perform a system upgrade\n  usroverlay           Apply a transient overlayfs to /usr\n\nerror: No command specified\n',
      );
      return 1;
    default:
      io.err(`error: Unknown command '${sub}'\n`);
      return 1;
  }
};

// --- ostree admin --------------------------------------------------------------------

function pinIndex(io: Io, s: FcosState, word: string): Deployment | null {
  const bi = s.deps.indexOf(s.booted);
  let i: number;
  if (word === 'booted') i = bi;
  else if (word === 'pending') i = bi > 0 ? 0 : -1;
  else if (word === 'rollback') i = bi + 1 < s.deps.length ? bi + 1 : -1;
  else if (/^\d+$/.test(word)) i = Number(word);
  else {
    io.err(`error: Invalid index: ${word}\n`);
    return null;
  }
  if (i < 0 || i >= s.deps.length) {
    io.err(`error: Out of range deployment index ${i < 0 ? word : i}, expected < ${s.deps.length}\n`);
    return null;
  }
  return s.deps[i];
}

const ostree: CmdFn = (io, args) => {
  const k = io.k;
  const s = st(k);
  if (args[0] !== 'admin') {
    io.err(
      args[0]
        ? `error: Unknown command '${args[0]}'\n`
        : 'Usage:\n  ostree [OPTION…] COMMAND\n\nerror: No command specified\n',
    );
    return 1;
  }
  const [sub, ...rest] = args.slice(1);
  switch (sub) {
    case 'status': {
      for (const d of s.deps) {
        io.out(`${d === s.booted ? '*' : ' '} ${STATEROOT} ${d.checksum}.${d.serial}${deploymentLabel(s, d)}\n`);
        io.out(`    Version: ${RELEASES[d.release].version}\n`);
        if (d.pinned) io.out('    Pinned: yes\n');
        // container-image origins carry no refspec
        io.out('    origin: <unknown origin type>\n');
      }
      return 0;
    }
    case 'pin': {
      const unpin = rest.includes('-u') || rest.includes('--unpin');
      const words = rest.filter((w) => !w.startsWith('-'));
      if (!words.length) {
        io.err('error: Must specify at least one INDEX\n');
        return 1;
      }
      if (needRoot(io, 'error: You must be root to perform this command\n')) return 1;
      for (const w of words) {
        const d = pinIndex(io, s, w);
        if (!d) return 1;
        const idx = s.deps.indexOf(d);
        if (d.staged) {
          io.err('error: Cannot pin staged deployment\n');
          return 1;
        }
        if (d.pinned === !unpin) io.out(`Deployment ${idx} is already ${unpin ? 'unpinned' : 'pinned'}\n`);
        else {
          d.pinned = !unpin;
          io.out(`Deployment ${idx} is now ${unpin ? 'unpinned' : 'pinned'}\n`);
        }
      }
      return 0;
    }
    case 'config-diff': {
      const def = s.booted.root.kids!.get('usr')!.kids!.get('etc')!;
      for (const d of diffTrees(def, s.booted.etc)) io.out(`${d.op}   ${d.path}\n`);
      return 0;
    }
    case 'unlock':
      return usroverlay(io);
    default:
      io.err(sub ? `error: Unknown "admin" subcommand '${sub}'\n` : 'error: No "admin" subcommand specified\n');
      return 1;
  }
};

const dnf: CmdFn = (io, args) => {
  const sub = args[0];
  if (!sub || ['list', 'info', 'search', 'repolist', '--version'].includes(sub)) {
    io.err('(simulator: only dnf install/remove/upgrade is simulated)\n');
    return 0;
  }
  // dnf5 on an ostree/bootc host (§2.4, FCOS 43+); it resolves the transaction first, then refuses.
  io.err('Error: this bootc system is configured to be read-only. For more information, run `bootc --help`.\n');
  return 1;
};

// --- the module --------------------------------------------------------------------

function finalizeAndBoot(k: Kernel): void {
  const s = st(k);
  const next = s.deps[0];
  if (next.staged) {
    // ostree-finalize-staged.service: the 3-way /etc merge at shutdown (§2.2)
    const oldDefault = s.booted.root.kids!.get('usr')!.kids!.get('etc')!;
    const newDefault = next.root.kids!.get('usr')!.kids!.get('etc')!;
    next.etc = threeWayMerge(oldDefault, s.booted.etc, newDefault);
    next.staged = false;
  }
  s.booted = next;
  s.unlocked = null;
  prune(s);
  bootEntries(k);
  k.fs.setMounts(mountsFor(k));
}

export const fcos: SystemModule = {
  id: 'fcos',
  name: 'Fedora CoreOS',
  user: 'core',
  uid: 1000,
  groups: [
    [4, 'adm'],
    [10, 'wheel'],
    [190, 'systemd-journal'],
  ],
  utf8: true,
  path: '/var/home/core/.local/bin:/var/home/core/bin:/usr/local/bin:/usr/local/sbin:/usr/bin:/usr/sbin',
  rootPath: '/root/.local/bin:/root/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin',
  homeOf: (u) => (u === 'root' ? '/var/roothome' : '/var/home/' + u),
  selinuxContext: 'unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023',
  updateTools: ['rpm-ostree', 'ostree', 'reboot', 'systemctl', 'shutdown'],
  hostname: () => 'fcos',
  init(k) {
    const home = buildTree({
      'core/.ssh/authorized_keys.d/ignition': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ2sim core@laptop\n',
    });
    home.kids!.set('core', Object.assign(homeDir('core'), { kids: home.kids!.get('core')!.kids }));
    home.kids!.get('core')!.kids!.set('.bashrc', file('# .bashrc\n', 0o644, 'core'));
    const v = buildTree({
      'usrlocal/bin': { dir: true },
      'usrlocal/sbin': { dir: true },
      opt: { dir: true },
      srv: { dir: true },
      mnt: { dir: true },
      'lib/containers': { dir: true },
      log: { dir: true },
      tmp: { dir: true, mode: 0o1777 },
    });
    v.kids!.set('home', home);
    v.kids!.set('roothome', dir(0o700));
    k.sys = undefined;
    const digests = RELEASES.map(() => k.rng.hex(64));
    const d = newDeployment(k, 0, [], dir());
    d.digest = digests[0];
    d.staged = false;
    d.etc = firstEtc(d.root.kids!.get('usr')!, k.hostname);
    const s: FcosState = {
      deps: [d],
      booted: d,
      var: v,
      sysroot: buildTree({
        'ostree/repo/objects': { dir: true },
        [`ostree/deploy/${STATEROOT}/deploy`]: { dir: true },
        [`ostree/deploy/${STATEROOT}/var`]: { link: '/var' },
        'ostree/boot.1': { dir: true },
      }),
      boot: buildTree({
        'grub2/grub.cfg': '# Generated by coreos-installer\n',
        'loader/entries': { dir: true },
        '.root_uuid': 'c83680a9-dcc4-4413-a0a5-43d6ee47d25d\n',
      }),
      digests,
      unlocked: null,
      lastChecked: k.clock.ms - 95_000,
    };
    k.sys = s;
    k.services.set('zincati.service', {
      unit: 'zincati.service',
      description: 'Zincati Update Agent',
      active: true,
      enabled: true,
      exec: '/usr/libexec/zincati agent -v',
      docs: 'https://github.com/coreos/zincati',
    });
    k.services.set('sshd.service', {
      unit: 'sshd.service',
      description: 'OpenSSH server daemon',
      active: true,
      enabled: true,
      exec: 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups',
    });
    k.services.set('podman.socket', {
      unit: 'podman.socket',
      description: 'Podman API Socket',
      active: false,
      enabled: false,
      exec: '/usr/bin/podman system service',
    });
  },
  boot(k) {
    const s = st(k);
    if (k.services.size) {
      const z = k.services.get('zincati.service');
      if (z) z.active = z.enabled;
    }
    s.lastChecked = k.clock.ms + 5_000;
    finalizeAndBoot(k);
  },
  prompt(k) {
    const where = k.cwd === k.env.HOME ? '~' : k.cwd === '/' ? '/' : k.cwd.split('/').pop()!;
    return `[${k.user}@${k.hostname} ${where}]${k.user === 'root' ? '#' : '$'} `;
  },
  commands: { 'rpm-ostree': rpmOstree, ostree, dnf },
  loginBanner(k) {
    return `Fedora CoreOS ${RELEASES[st(k).booted.release].version}\nTracker: https://github.com/coreos/fedora-coreos-tracker\nDiscuss: https://discussion.fedoraproject.org/tag/coreos\n\nLast login: ${systemdDate(k.clock.ms - 70_000).replace(/ UTC$/, '')} from 192.168.122.1\n`;
  },
  procs(k) {
    const ps = [
      { pid: 1, ppid: 0, user: 'root', cmd: '/usr/lib/systemd/systemd --switched-root --system --deserialize=42' },
      { pid: 712, ppid: 1, user: 'root', cmd: '/usr/lib/systemd/systemd-journald' },
      { pid: 980, ppid: 1, user: 'root', cmd: 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups' },
    ];
    if (zincatiActive(k)) ps.push({ pid: 1042, ppid: 1, user: 'zincati', cmd: '/usr/libexec/zincati agent -v' });
    return ps;
  },
  kernelRelease: (k) => RELEASES[st(k).booted.release].kernel,
  pkgVersion: (name) => PACKAGES[name]?.version.replace(/-.*/, ''),
  prettyName: (k) => `Fedora CoreOS ${RELEASES[st(k).booted.release].version}`,
  timeline(k) {
    const s = st(k);
    const bi = s.deps.indexOf(s.booted);
    const entries: TimelineEntry[] = s.deps.map((d, i) => ({
      id: String(i),
      label: `Deployment ${i}`,
      version: RELEASES[d.release].version,
      packages: d.packages,
      booted: d === s.booted,
      nextBoot: i === 0,
      pinned: d.pinned,
      rollbackTarget: !s.deps.some((x) => x.staged) && (bi === 0 ? i === 1 : d === s.booted),
      staged: d.staged,
      description: d.staged ? 'staged' : d === s.booted ? 'booted' : i < bi ? 'pending' : 'rollback',
    }));
    return { kind: 'deployments', entries };
  },
  fsMap(k) {
    const info = (t: string) => mountInfo(k, t);
    const usrUnlocked = st(k).unlocked !== null;
    return [
      { path: '/', kind: 'read-only', detail: 'composefs overlay, ro', mount: info('/') },
      {
        path: '/usr',
        kind: usrUnlocked ? 'reset-at-boot' : 'read-only',
        detail: usrUnlocked
          ? 'writable overlay from usroverlay, dropped at reboot'
          : 'part of the composefs image of the booted deployment',
      },
      {
        path: '/etc',
        kind: 'writable',
        detail: 'one copy per deployment, 3-way merged on update',
        mount: info('/etc'),
      },
      {
        path: '/var',
        kind: 'persistent',
        detail: 'shared by all deployments, never touched by updates',
        mount: info('/var'),
      },
      { path: '/home', kind: 'link', detail: '-> var/home' },
      { path: '/root', kind: 'link', detail: '-> var/roothome' },
      { path: '/opt', kind: 'link', detail: '-> var/opt' },
      { path: '/srv', kind: 'link', detail: '-> var/srv' },
      { path: '/usr/local', kind: 'link', detail: '-> ../var/usrlocal' },
      { path: '/sysroot', kind: 'read-only', detail: 'the physical root, xfs, ro', mount: info('/sysroot') },
      { path: '/boot', kind: 'read-only', detail: 'ext4, ro', mount: info('/boot') },
      { path: '/tmp', kind: 'reset-at-boot', detail: 'tmpfs', mount: info('/tmp') },
      { path: '/run', kind: 'reset-at-boot', detail: 'tmpfs', mount: info('/run') },
    ];
  },
  actions(k) {
    const s = st(k);
    const next = pendingBase(s).packages;
    const staged = s.deps.some((d) => d.staged);
    return [
      next.includes('htop')
        ? { id: 'uninstall', label: 'Remove htop', command: 'sudo rpm-ostree uninstall htop' }
        : { id: 'install', label: 'Layer htop', command: 'sudo rpm-ostree install htop' },
      { id: 'upgrade', label: 'Upgrade (bypassing Zincati)', command: 'sudo rpm-ostree upgrade --bypass-driver' },
      { id: 'reboot', label: 'Reboot', command: 'sudo systemctl reboot' },
      { id: 'rollback', label: 'Roll back', command: 'sudo rpm-ostree rollback' },
      { id: 'pin', label: 'Pin the booted deployment', command: 'sudo ostree admin pin booted' },
      {
        id: 'cleanup',
        label: staged ? 'Drop the staged deployment' : 'Remove the rollback deployment',
        command: staged ? 'sudo rpm-ostree cleanup -p' : 'sudo rpm-ostree cleanup -r',
      },
    ];
  },
};
