// Fedora CoreOS (2026) as data: releases, packages, deployments and how they are staged, pruned,
// mounted and booted. The tools (rpm-ostree.ts, ostree.ts, bootc.ts, packages.ts) act on this model.
// Deployment order and the merge deployment follow libostree and rpm-ostree:
// https://github.com/coreos/rpm-ostree/blob/d5ef5f0cb5ace53f40a8d92933cc87e69ad8c7f4/src/daemon/rpmostree-sysroot-core.cxx
import {
  buildTree,
  cloneTree,
  dir,
  dirAt,
  file,
  getRel,
  threeWayMerge,
  type DirNode,
  type Node,
  type Mount,
} from '../../fs.ts';
import type { Kernel, Io } from '../../kernel.ts';
import { contentHash } from '../../state.ts';
import { dict, usrBin, etcAccounts, tmpfs, pseudoMounts, needRoot, osRelease, elf, type Pkg } from '../common.ts';
import { rpmByNevra } from './rpms.ts';

export const ORIGIN = 'ostree-image-signed:docker://quay.io/fedora/fedora-coreos:stable';
export const STATEROOT = 'fedora-coreos';
// strlen("InactiveRemoteOverrides"): the widest key rpm-ostree status pads to (max_key_len in
// src/app/rpmostree-builtin-status.cxx).
export const KEY_WIDTH = 23;
const MAX_DEPLOYMENTS = 8;

export interface Release {
  version: string;
  built: string;
  kernel: string;
  upgrades: [string, string, string][];
}
export const RELEASES: Release[] = [
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

export const PACKAGES: Record<string, Pkg> = dict({
  htop: { name: 'htop', version: '3.4.1-3.fc44.x86_64', bins: ['htop'], size: '186.2 kB' },
  tmux: { name: 'tmux', version: '3.5a-5.fc44.x86_64', bins: ['tmux'], size: '496.0 kB' },
  strace: { name: 'strace', version: '6.17-1.fc44.x86_64', bins: ['strace'], size: '1.4 MB' },
  tree: { name: 'tree', version: '2.2.1-3.fc44.x86_64', bins: ['tree'], size: '62.5 kB' },
  cowsay: { name: 'cowsay', version: '3.8.4-3.fc44.noarch', bins: ['cowsay'], size: '49.1 kB' },
});
/** Packages in the base image: asking to layer them is refused (rpm-ostree's "already provided by"). */
export const BASE_PROVIDES: Record<string, string> = dict({
  podman: 'podman-5:5.7.0-1.fc44.x86_64',
  vim: 'vim-minimal-2:9.1.1818-1.fc44.x86_64',
  'vim-minimal': 'vim-minimal-2:9.1.1818-1.fc44.x86_64',
  nano: 'nano-8.6-1.fc44.x86_64',
  bash: 'bash-5.3.0-2.fc44.x86_64',
  coreutils: 'coreutils-9.8-2.fc44.x86_64',
  git: 'git-core-2.52.0-1.fc44.x86_64',
  kernel: 'kernel-6.19.14-200.fc44.x86_64',
  'kernel-core': 'kernel-core-6.19.14-200.fc44.x86_64',
  'kernel-modules': 'kernel-modules-6.19.14-200.fc44.x86_64',
  'kernel-modules-core': 'kernel-modules-core-6.19.14-200.fc44.x86_64',
  systemd: 'systemd-258.2-1.fc44.x86_64',
});

/** The base packages by their own names (BASE_PROVIDES also answers for capabilities such as `vim`). */
export const BASE_NAMES = Object.keys(BASE_PROVIDES).filter((n) => BASE_PROVIDES[n]?.startsWith(`${n}-`));

/** A base package's NEVRA in a release: the first release's, with each later release's upgrades applied. */
export function baseNevra(name: string, release: number): string | undefined {
  let n = BASE_PROVIDES[name];
  if (!n || !BASE_NAMES.includes(name)) return undefined;
  for (let i = 1; i <= release; i++)
    for (const [pkg, from, to] of RELEASES[i]?.upgrades ?? []) if (pkg === name) n = n.replace(`-${from}.`, `-${to}.`);
  return n;
}

/** "5:5.7.0-1.fc44" from "podman-5:5.7.0-1.fc44.x86_64". */
export const evrOfNevra = (name: string, nevra: string) => nevra.slice(name.length + 1).replace(/\.[^.]+$/, '');

/** Programs a base package puts in /usr/bin, for `rpm-ostree override remove`. */
export const BASE_BINS: Record<string, string[]> = dict({
  nano: ['nano'],
  'vim-minimal': ['vi'],
  podman: ['podman'],
  'git-core': ['git'],
  toolbox: ['toolbox'],
});

export interface Deployment {
  serial: number;
  checksum: string;
  digest: string;
  release: number;
  packages: string[];
  pinned: boolean;
  staged: boolean;
  root: Node; // the composefs image: /usr plus the top-level skeleton
  etc: Node;
  /** The origin refspec (an OCI image reference with its signature policy). */
  origin: string;
  /** Kernel arguments of the boot entry (the BLS `options` line). */
  kargs: string[];
  /** Base packages removed with `rpm-ostree override remove`. */
  removed: string[];
  /** NEVRAs of the local RPMs `rpm-ostree override replace` requested (active or not: see activeReplacements). */
  replaced: string[];
  /** `repo:name` of each package `override replace --experimental --from repo=` takes from a repository. */
  remote: string[];
}

export interface FcosState {
  deps: Deployment[]; // ostree order: index 0 boots next
  booted: Deployment;
  var: Node;
  sysroot: Node;
  boot: Node;
  digests: string[];
  /** The OSTree commit inside each release's image. */
  baseCommits: string[];
  unlocked: Node | null; // the writable /usr of `rpm-ostree usroverlay`
  lastChecked: number;
}

export const st = (k: Kernel) => k.sys as FcosState;

export function usrFor(rel: Release, packages: string[], removed: string[] = []): Node {
  const usr = buildTree({
    ...usrBin([
      'rpm-ostree',
      'ostree',
      'dnf',
      'rpm',
      'podman',
      'vi',
      'nano',
      'git',
      'toolbox',
      'bootc',
      'journalctl',
      'curl',
    ]),
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
  etcAccounts(dirAt(usr, 'etc'), 'core', 1000, [], '/var/home/core');
  const bin = usr.kids?.get('bin');
  for (const p of packages) for (const b of PACKAGES[p]?.bins ?? []) bin?.kids?.set(b, file(elf(b), 0o755));
  for (const p of removed) for (const b of BASE_BINS[p] ?? []) bin?.kids?.delete(b);
  return usr;
}

export function rootFor(usr: Node): Node {
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
export function firstEtc(usr: Node, hostname: string): Node {
  const etc = cloneTree(usr.kids!.get('etc')!);
  etc.kids!.set('hostname', file(hostname + '\n'));
  etc.kids!.get('shadow')!.data += 'core:*:20000::::::\n'.slice(0, 0);
  etc.kids!.set(
    'passwd',
    file(etc.kids!.get('passwd')!.data!.replace('core:x:1000:1000:core:', 'core:x:1000:1000:CoreOS Admin:')),
  );
  return etc;
}

/** What a deployment is made of: the next one starts from the merge deployment's spec. */
export interface DeploymentSpec {
  release: number;
  packages: string[];
  removed: string[];
  replaced: string[];
  remote: string[];
  kargs: string[];
  origin: string;
}

export function specOf(d: Deployment): DeploymentSpec {
  const { release, packages, removed, replaced, remote, kargs, origin } = d;
  return { release, packages, removed, replaced, remote, kargs, origin };
}

/**
 * The replacements that change something in a deployment: a requested RPM whose version the base
 * already has is an inactive override (rpm-ostree's administrator handbook, "Inactive overrides").
 * `source` is '' for a local RPM and `repo=NAME` for one taken from a repository, whose version is
 * the newest release's (the simulated updates repository).
 */
export function activeReplacements(d: { release: number; replaced: string[]; remote: string[] }) {
  const local = d.replaced.flatMap((nevra) => {
    const rpm = rpmByNevra(nevra);
    return rpm ? [{ name: rpm.name, nevra, source: '' }] : [];
  });
  const remote = d.remote.flatMap((entry) => {
    const [repo = '', name = ''] = entry.split(':');
    const nevra = baseNevra(name, RELEASES.length - 1);
    return nevra ? [{ name, nevra, source: `repo=${repo}` }] : [];
  });
  return [...local, ...remote].flatMap((r) => {
    const base = baseNevra(r.name, d.release);
    if (!base || base === r.nevra) return [];
    return [{ ...r, from: evrOfNevra(r.name, base), to: evrOfNevra(r.name, r.nevra) }];
  });
}

/** name -> NEVRA of every package in a deployment the simulator knows: base (as overridden) and layered. */
export function installedPackages(d: Deployment): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of BASE_NAMES) {
    const nevra = baseNevra(n, d.release);
    if (nevra && !d.removed.includes(n)) out.set(n, nevra);
  }
  for (const r of activeReplacements(d)) out.set(r.name, r.nevra);
  for (const p of d.packages) out.set(p, nevra(p));
  return out;
}

/**
 * The kernel arguments Fedora CoreOS boots with on QEMU (the BLS entry's `options`, without ostree=).
 * In coreos/fedora-coreos-config: mitigations=auto,nosmt is image-base.yaml's extra-kargs; the console
 * arguments are platforms.yaml's x86_64 qemu kernel_arguments; coreos-assembler sets
 * ignition.platform.id for the qemu image; at first boot coreos-boot-edit.sh adds root= and rootflags=
 * (`rdcore rootmap`) and boot=UUID= (`rdcore bind-boot`). The UUIDs differ on every machine (these are
 * the simulated machine's); `rw` is in FCOS's BLS entries but was not traced to one file.
 */
export const DEFAULT_KARGS = [
  'mitigations=auto,nosmt',
  'ignition.platform.id=qemu',
  'console=tty0',
  'console=ttyS0,115200n8',
  'root=UUID=c83680a9-dcc4-4413-a0a5-43d6ee47d25d',
  'rw',
  'rootflags=prjquota',
  'boot=UUID=6e1c8a0f-2b51-4d8c-9a33-1f0d0c2e7b44',
];

export function newDeployment(k: Kernel, spec: DeploymentSpec, etc: Node): Deployment {
  const s = k.sys as FcosState | undefined;
  const rel = RELEASES[spec.release] as Release;
  // An unchanged image deploys its own commit; layering or removing packages makes a local commit.
  const local = [spec.packages, spec.removed, spec.replaced, spec.remote].some((l) => l.length > 0);
  const checksum = (!local && s?.baseCommits[spec.release]) || k.rng.hex(64);
  // The deploy serial counts deployments of the same commit (a kargs change keeps the commit).
  const serial = s ? Math.max(-1, ...s.deps.filter((d) => d.checksum === checksum).map((d) => d.serial)) + 1 : 0;
  return {
    serial,
    checksum,
    // A derived image (rebase to another reference) has a manifest digest of its own.
    digest:
      spec.origin === ORIGIN
        ? (s?.digests[spec.release] ?? '')
        : contentHash(`${spec.origin}@${spec.release}`, '0123456789abcdef', 64),
    release: spec.release,
    packages: [...spec.packages].sort(),
    removed: [...spec.removed].sort(),
    replaced: [...spec.replaced].sort(),
    remote: [...spec.remote].sort(),
    kargs: [...spec.kargs],
    origin: spec.origin,
    pinned: false,
    staged: true,
    root: rootFor(usrFor(rel, spec.packages, spec.removed)),
    etc,
  };
}

export const kv = (key: string, value: string) => `  ${key.padStart(KEY_WIDTH)}: ${value}\n`;

/** name-version-release.arch of a layered package or of a base package. */
export function nevra(p: string): string {
  const layered = PACKAGES[p];
  if (layered) return `${p}-${layered.version}`;
  return BASE_PROVIDES[p] ?? p;
}

/** rpmvercmp() for the version strings the simulator has: alternating digit and letter segments. */
export function rpmvercmp(a: string, b: string): number {
  const seg = (s: string) => s.match(/\d+|[a-zA-Z]+/g) ?? [];
  const [x, y] = [seg(a), seg(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i] as string, y[i] as string];
    const num = /^\d/.test(p);
    if (num !== /^\d/.test(q)) return num ? 1 : -1;
    const c = num ? Number(p) - Number(q) : p < q ? -1 : p > q ? 1 : 0;
    if (c) return Math.sign(c);
  }
  return Math.sign(x.length - y.length);
}

/** Compares two EVRs ("5:5.7.0-1.fc44"): epoch, then version, then release. */
export function evrCompare(a: string, b: string): number {
  const split = (e: string) => {
    const m = /^(?:(\d+):)?(.*?)(?:-([^-]*))?$/.exec(e);
    return [Number(m?.[1] ?? 0), m?.[2] ?? '', m?.[3] ?? ''] as const;
  };
  const [ea, va, ra] = split(a);
  const [eb, vb, rb] = split(b);
  return Math.sign(ea - eb) || rpmvercmp(va, vb) || rpmvercmp(ra, rb);
}

/**
 * The package diff between two deployments, as rpm_ostree_db_diff() sorts it (by name). Base packages
 * whose version differs (a release's upgrades, an active replacement) are upgraded or downgraded;
 * each entry is [name, version in `from`, version in `to`].
 */
export function treeDiff(from: Deployment, to: Deployment) {
  const a = installedPackages(from);
  const b = installedPackages(to);
  const up: [string, string, string][] = [];
  const down: [string, string, string][] = [];
  for (const n of [...a.keys()].filter((x) => b.has(x) && BASE_NAMES.includes(x)).sort()) {
    const [x, y] = [evrOfNevra(n, a.get(n) ?? ''), evrOfNevra(n, b.get(n) ?? '')];
    if (x !== y) (evrCompare(y, x) > 0 ? up : down).push([n, x, y]);
  }
  const removed = [
    ...from.packages.filter((p) => !to.packages.includes(p)),
    ...to.removed.filter((p) => !from.removed.includes(p)),
  ];
  const added = [
    ...to.packages.filter((p) => !from.packages.includes(p)),
    ...from.removed.filter((p) => !to.removed.includes(p)),
  ];
  return { up, down, removed, added };
}

/**
 * The package diff rpm-ostree prints: FULL_MULTILINE after a transaction, FULL_ALIGNED in
 * `status -v` (rpmostree_diff_print_formatted() in
 * https://github.com/coreos/rpm-ostree/blob/d5ef5f0cb5ace53f40a8d92933cc87e69ad8c7f4/src/libpriv/rpmostree-util.cxx).
 */
export function pkgDiff(from: Deployment, to: Deployment, aligned = false): string {
  const { up, down, removed, added } = treeDiff(from, to);
  const ups = up.map(([n, a, b]) => `${n} ${a} -> ${b}`);
  const downs = down.map(([n, a, b]) => `${n} ${a} -> ${b}`);
  const blocks: [string, string[]][] = [
    ['Upgraded', ups],
    ['Downgraded', downs],
    ['Removed', removed.map((p) => baseNevra(p, from.release) ?? nevra(p))],
    ['Added', added.map((p) => baseNevra(p, to.release) ?? nevra(p))],
  ];
  let out = '';
  for (const [head, lines] of blocks) {
    if (!lines.length) continue;
    if (aligned)
      out += lines
        .map((l, i) => `  ${(i === 0 ? head : '').padStart(KEY_WIDTH)}${i === 0 ? ':' : ' '} ${l}\n`)
        .join('');
    else out += `${head}:\n` + lines.map((l) => `  ${l}\n`).join('');
  }
  return out;
}

/** "1 upgraded, 2 added": rpmostree_generate_diff_summary(). */
export function diffSummary(from: Deployment, to: Deployment): string {
  const { up, down, removed, added } = treeDiff(from, to);
  const parts: string[] = [];
  if (up.length) parts.push(`${up.length} upgraded`);
  if (down.length) parts.push(`${down.length} downgraded`);
  if (removed.length) parts.push(`${removed.length} removed`);
  if (added.length) parts.push(`${added.length} added`);
  return parts.join(', ');
}

export function mountsFor(k: Kernel): Mount[] {
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
    // composefs era: /etc and /var are still bind mounts from the physical root (as `findmnt` shows on FCOS 42+; reconstructed)
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

/** The BLS `options` line: the kernel arguments plus ostree=, which libostree adds. */
export function bootOptions(d: Deployment): string {
  return [...d.kargs, `ostree=/ostree/boot.1/fedora-coreos/${d.checksum}/0`].join(' ');
}

export function bootEntries(k: Kernel): void {
  const s = st(k);
  const entries = dir();
  s.deps.forEach((d, i) => {
    const rel = RELEASES[d.release] as Release;
    entries.kids?.set(
      `ostree-${s.deps.length - i}-fedora-coreos.conf`,
      file(
        `title Fedora CoreOS ${rel.version} (ostree:${i})\nversion ${s.deps.length - i}\n` +
          `linux /ostree/fedora-coreos-${d.checksum.slice(0, 12)}/vmlinuz-${rel.kernel}\n` +
          `options ${bootOptions(d)}\n`,
      ),
    );
  });
  s.boot.kids!.set('loader', buildTree({ entries: { dir: true } }));
  s.boot.kids!.get('loader')!.kids!.set('entries', entries);
}

/** Drops unpinned deployments that are neither booted, nor next, nor the rollback (ostree's auto-pruning of
 * deployments in ostree_sysroot_simple_write_deployment()). */
export function prune(s: FcosState): void {
  const first = s.deps[0] ?? s.booted;
  const keep = new Set<Deployment>([s.booted, first]);
  const rollback = s.deps.find((d) => d !== s.booted && !d.staged && d !== first);
  if (rollback && !first.staged) keep.add(rollback);
  s.deps = s.deps.filter((d) => keep.has(d) || d.pinned);
}

export function deploymentLabel(s: FcosState, d: Deployment): string {
  if (d.staged) return ' (staged)';
  if (d === s.booted) return '';
  return s.deps.indexOf(d) < s.deps.indexOf(s.booted) ? ' (pending)' : ' (rollback)';
}

export function zincatiActive(k: Kernel): boolean {
  return k.services.get('zincati.service')?.active ?? false;
}

/** Over SSH without a polkit agent the daemon refuses unprivileged callers. */
export function requireRoot(io: Io): boolean {
  return needRoot(io, 'error: Authorization required, but no authorization protocol specified\n');
}

/**
 * The deployment the next change is based on: the first deployment of the stateroot, staged or
 * not, booted or not (rpmostree_syscore_get_origin_merge_deployment()). After a rollback that is
 * the rollback target, so the next install starts from its package list.
 */
export function mergeDeployment(s: FcosState): Deployment {
  return s.deps[0] ?? s.booted;
}

/** Builds a new staged deployment from `spec`, replacing an existing staged one ("operations can be chained"). */
export function stage(k: Kernel, spec: DeploymentSpec): Deployment {
  const s = st(k);
  s.deps = s.deps.filter((d) => !d.staged);
  // The /etc merge of a staged deployment happens at shutdown (ostree-finalize-staged); a placeholder until then.
  const d = newDeployment(k, spec, dir());
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

/** The Zincati refusal of error_if_driver_registered() (src/app/rpmostree-clientlib.cxx). */
export function driverRefusal(io: Io, args: string[]): boolean {
  if (args.includes('--bypass-driver') || !zincatiActive(io.k)) return false;
  io.err(
    "error: Updates and deployments are driven by Zincati (zincati.service)\nSee Zincati's documentation at https://github.com/coreos/zincati\nUse --bypass-driver to bypass Zincati and perform the operation anyways\n",
  );
  return true;
}

/** What boots next: the staged deployment is finalized (3-way /etc merge), then mounted. */
export function finalizeAndBoot(k: Kernel): void {
  const s = st(k);
  const next = s.deps[0];
  if (!next) return;
  if (next.staged) {
    // ostree-finalize-staged.service: the 3-way /etc merge at shutdown
    const oldDefault = usrEtc(s.booted);
    const newDefault = usrEtc(next);
    next.etc = threeWayMerge(oldDefault, s.booted.etc, newDefault);
    next.staged = false;
  }
  s.booted = next;
  s.unlocked = null;
  prune(s);
  bootEntries(k);
  k.fs.setMounts(mountsFor(k));
}

/** /usr/etc of a deployment: the image's default /etc. */
export function usrEtc(d: Deployment): DirNode {
  const etc = getRel(d.root, 'usr/etc');
  return etc?.t === 'd' ? etc : dir();
}
