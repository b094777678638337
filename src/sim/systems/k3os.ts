// k3OS v0.21.5 -> v0.22.2 (its final release): squashfs /usr, /etc rebuilt from config.yaml at
// every boot, persistent /var /home /opt, k3s as an OpenRC service, image switching by symlinks. Sources in rancher/k3os
// (archived; final commit 8cdfdf2): README "File System Structure", overlay/libexec/k3os/bootstrap,
// pkg/system/component.go, install.sh.
import { buildTree, cloneTree, dir, file, link, dirAt, getRel, type DirNode, type Mount } from '../fs.ts';
import type { SystemModule, Kernel, Io, CmdFn, Service } from '../kernel.ts';
import {
  usrBin,
  etcAccounts,
  homeDir,
  pseudoMounts,
  binaries,
  osRelease,
  tmpfs,
  mountInfo,
  tildeCwd,
  SKELETON,
  homeInHome,
} from './common.ts';
import { opts } from '../coreutils.ts';

interface Image {
  k3os: string;
  k3s: string;
  kernel: string;
}
// The k3s versions are ENV VERSION in images/10-k3s/Dockerfile at each rancher/k3os tag
// (https://github.com/rancher/k3os/blob/a5431939fcbe609b692ac1dc89f2137979f1bcb1/images/10-k3s/Dockerfile for
// v0.22.2-k3s2r0, .../f1273100cfe39d0ab4aecd05f89a9c59c5375b11/... for v0.21.5-k3s2r1); both tags take the kernel
// from images/10-kernel-stage1/Dockerfile (KVERSION=5.4.0-88-generic): k3os-kernel 5.4.0-88.99-rancher1, which
// rancher/k3os-kernel's scripts/build makes from Ubuntu's linux 5.4.0-88.99 source with `debian/rules binary-generic`.
const OLD: Image = { k3os: 'v0.21.5-k3s2r1', k3s: 'v1.21.5+k3s2', kernel: '5.4.0-88-generic' };
const NEW: Image = { k3os: 'v0.22.2-k3s2r0', k3s: 'v1.22.2+k3s2', kernel: '5.4.0-88-generic' };
/**
 * uname -v of that kernel: outside Launchpad's builders Ubuntu's debian/rules sets KBUILD_BUILD_VERSION to
 * the bare upload number ("99", no "-Ubuntu": debian/rules.d/0-common-vars.mk), and 5.4 has no
 * PREEMPT_DYNAMIC. The build date that follows is when rancher's Drone CI built the tag (.drone.yml, after
 * its commit of 2021-10-05 16:47 UTC), which nothing we can read records: it is left out rather than guessed
 * (README, "Simulators").
 */
const KERNEL_BUILD = '#99 SMP';
const COMPONENTS = ['k3os', 'k3s', 'kernel'] as const;

interface K3osState {
  disk: DirNode; // the K3OS_STATE partition
  running: Image;
}
const st = (k: Kernel) => k.sys as K3osState;

const USR_CACHE = new Map<string, DirNode>();
function usrFor(version: string): DirNode {
  const hit = USR_CACHE.get(version);
  if (hit) return hit;
  const usr = buildTree({
    ...usrBin(['kubectl', 'rc-service', 'rc-status', 'vi', 'crictl', 'ctr', 'busybox'], false),
    ...binaries(['reboot', 'poweroff'], 'sbin/'),
    // images/20-rootfs/Dockerfile: k3os and k3s are links into /k3os/system, so switching the
    // `current` link switches the programs; init is Alpine's busybox applet, and /init starts k3OS.
    'sbin/k3os': { link: '/k3os/system/k3os/current/k3os' },
    'sbin/k3s': { link: '/k3os/system/k3s/current/k3s' },
    'sbin/init': { link: '/bin/busybox' },
    init: { data: '#!/bin/bash\n# k3OS init: set up the root tmpfs, then exec /sbin/init\n', mode: 0o755 },
    // overlay/lib/os-release with %VERSION% and %ARCH% filled in
    'lib/os-release': osRelease(
      [
        ['NAME', 'k3OS'],
        ['VERSION', `k3OS ${version}`],
        ['ID', 'k3os'],
        ['ID_LIKE', 'alpine'],
        ['PRETTY_NAME', `k3OS ${version}`],
        ['VERSION_ID', version],
        ['HOME_URL', 'https://k3os.io/'],
        ['SUPPORT_URL', 'https://k3os.io/'],
        ['BUG_REPORT_URL', 'https://github.com/rancher/k3os/issues'],
        ['ISO_URL', `https://github.com/rancher/k3os/releases/download/${version}/k3os-amd64.iso`],
      ],
      ['ID', 'ID_LIKE'],
    ),
    local: { link: '/var/local' },
    'share/rancher/k3os/scripts/k3os-upgrade-rootfs': { data: 'ELF sim:k3os-upgrade-rootfs\n', mode: 0o755 },
    'share/rancher/k3os/scripts/k3os-upgrade-kernel': { data: 'ELF sim:k3os-upgrade-kernel\n', mode: 0o755 },
    'etc/motd': MOTD,
    'etc/inittab': '::sysinit:/sbin/openrc sysinit\n::wait:/sbin/openrc boot\n::wait:/sbin/openrc default\n',
    'etc/os-release': { link: '/usr/lib/os-release' },
  });
  etcAccounts(dirAt(usr, 'etc'), 'rancher', 1000, [[10, 'wheel']], '/home/rancher');
  USR_CACHE.set(version, usr);
  return usr;
}

// overlay/etc/motd of rancher/k3os:
// https://github.com/rancher/k3os/blob/8cdfdf2675f1a4c06b2413fa8e3b669a8729a4a2/overlay/etc/motd
const MOTD = `Welcome to k3OS!

Refer to https://github.com/rancher/k3os for README and issues.

The default mode of k3OS is to run a single node cluster. Use "kubectl"
to access it. The node token in /var/lib/rancher/k3s/server/node-token
can be used to join agents to this server.

`;

function diskFor(k: Kernel): DirNode {
  const sys: Record<string, string | { link: string } | { dir: true }> = {};
  for (const c of COMPONENTS) {
    sys[`k3os/system/${c}/${OLD[c]}/${c === 'kernel' ? 'kernel.squashfs' : c}`] = `ELF sim:${c}\n`;
    sys[`k3os/system/${c}/current`] = { link: OLD[c] };
  }
  const disk = buildTree({
    ...sys,
    'k3os/system/config.yaml': `hostname: ${k.hostname}\nssh_authorized_keys:\n- github:rancher\n`,
    'var/lib/rancher/k3os/config.yaml': '# runtime configuration, applied at every boot\n',
    'var/lib/rancher/k3os/ssh': { dir: true },
    'var/lib/rancher/k3s/server/node-token': 'K10' + k.rng.hex(64) + '::server:' + k.rng.hex(32) + '\n',
    'var/local/bin': { dir: true },
    'var/log': { dir: true },
    opt: { dir: true },
  });
  const home = dir();
  home.kids.set('rancher', homeDir('rancher'));
  disk.kids.set('home', home);
  return disk;
}

function current(
  s: K3osState,
  c: (typeof COMPONENTS)[number],
  which: 'current' | 'previous' = 'current',
): string | undefined {
  // Follow the link to a version directory, through `current -> previous -> v…` chains, so a
  // link name is never taken for a version.
  let name: string = which;
  for (let hops = 0; hops < 8; hops++) {
    const l = getRel(s.disk, `k3os/system/${c}/${name}`);
    if (!l) return undefined;
    if (l.t !== 'l') return name === 'current' || name === 'previous' ? undefined : name;
    name = (l.target ?? '').replace(/\/$/, '').split('/').pop() ?? '';
  }
  return undefined;
}

/** Reads `hostname:` from the runtime config, falling back to the install-time one
 * (README "Configuration"; pkg/config/read.go). */
function configuredHostname(s: K3osState, fallback: string): string {
  for (const p of ['var/lib/rancher/k3os/config.yaml', 'k3os/system/config.yaml']) {
    const name = /^hostname:\s*"?([A-Za-z0-9.-]{1,63})"?\s*$/m.exec(getRel(s.disk, p)?.data ?? '')?.[1];
    if (name !== undefined) return name;
  }
  return fallback;
}

function mountsFor(k: Kernel): Mount[] {
  const s = st(k);
  const usr = usrFor(s.running.k3os);
  // /etc is a tmpfs filled from /usr/etc at every boot (overlay/libexec/k3os/bootstrap: mount -t tmpfs
  // none /etc); ssh and node identity link into /var.
  const etc = cloneTree(dirAt(usr, 'etc'));
  etc.mode = 0o755;
  etc.kids.set('hostname', file(k.hostname + '\n'));
  etc.kids.set('ssh', link('/var/lib/rancher/k3os/ssh'));
  etc.kids.set('rancher', buildTree({ node: { link: '/var/lib/rancher/k3os/node' } }));
  const root = buildTree({
    bin: { link: 'usr/bin' },
    sbin: { link: 'usr/sbin' },
    lib: { link: 'usr/lib' },
    'k3os/system': { dir: true },
    etc: { dir: true },
    usr: { dir: true },
    var: { dir: true },
    home: { dir: true },
    opt: { dir: true },
    ...SKELETON,
  });
  const sub = (rel: string) => dirAt(s.disk, rel);
  const bind = (target: string, rel: string, options = 'rw,relatime'): Mount => ({
    target,
    source: `/dev/sda1[/${rel}]`,
    fstype: 'ext4',
    options,
    root: sub(rel),
    df: [20466256, 2862516],
  });
  return [
    // The root is a tmpfs that init builds at every boot (overlay/libexec/k3os/mode tests for it); the
    // findmnt line is built from that, not captured from a machine
    { target: '/', source: 'none', fstype: 'tmpfs', options: 'rw,relatime', root, df: [1014532, 14020] },
    ...pseudoMounts(),
    {
      target: '/usr',
      source: '/dev/loop0',
      fstype: 'squashfs',
      options: 'ro,relatime',
      root: usr,
      writeProtected: true,
      df: [255104, 255104],
    },
    { target: '/etc', source: 'none', fstype: 'tmpfs', options: 'rw,relatime', root: etc, pseudo: true },
    { ...bind('/k3os/system', 'k3os/system', 'ro,relatime'), bindRo: true },
    bind('/var', 'var'),
    bind('/home', 'home'),
    bind('/opt', 'opt'),
    tmpfs('/run', 'rw,nosuid,nodev,relatime,mode=755'),
  ];
}

// --- k3os upgrade -------------------------------------------------------------------

/** The image store's bind mount, which mountsFor() always installs. */
function imageStore(k: Kernel): Mount {
  const m = k.fs.mountAt('/k3os/system');
  if (!m) throw new Error('k3OS has no /k3os/system mount');
  return m;
}

function info(io: Io, msg: string): void {
  io.err(`INFO[0000] ${msg}\n`);
}

/** CopyComponent: copy the new version in, current -> previous, point current at it
 * (pkg/system/component.go). */
function copyComponents(io: Io, src: Image, comps: readonly (typeof COMPONENTS)[number][]): boolean {
  const k = io.k;
  const s = st(k);
  const m = imageStore(k);
  for (const c of comps) {
    const have = current(s, c);
    if (have === src[c]) {
      info(io, `skipping "${c}" because destination version matches source: ${src[c]}`);
      continue;
    }
    if (m.options.startsWith('ro')) {
      io.err(`FATA[0000] open /k3os/system/${c}/${src[c]}: read-only file system\n`);
      return false;
    }
    const base = dirAt(s.disk, `k3os/system/${c}`);
    base.kids.set(src[c], buildTree({ [c === 'kernel' ? 'kernel.squashfs' : c]: `ELF sim:${c}\n` }));
    base.kids.set('previous', link(have ?? src[c]));
    base.kids.set('current', link(src[c]));
  }
  return true;
}

function upgrade(io: Io, args: string[]): number {
  const k = io.k;
  const { long } = opts(args);
  const has = (f: string) => long.some((l) => l === `--${f}` || l.startsWith(`--${f}=`));
  const val = (f: string) => long.find((l) => l.startsWith(`--${f}=`))?.split('=')[1];
  const comps: (typeof COMPONENTS)[number][] = [];
  if (has('rootfs')) comps.push('k3os', 'k3s');
  if (has('kernel')) comps.push('kernel');
  if (!comps.length) {
    io.err('FATA[0000] must specify components to upgrade, e.g. `rootfs`, `kernel`\n');
    return 1;
  }
  if (io.cred.user !== 'root') {
    io.err('FATA[0000] open /run/k3os/upgrade.lock: permission denied\n');
    return 1;
  }
  const source = val('source') ?? '/k3os/system';
  const src = readImage(io, source);
  if (!src) return 1;
  const m = imageStore(k);
  if (has('remount')) m.options = m.options.replace(/^ro/, 'rw');
  const ok = copyComponents(io, src, comps);
  if (has('remount')) m.options = m.options.replace(/^rw/, 'ro');
  if (!ok) return 1;
  if (has('reboot')) io.out(k.reboot());
  return 0;
}

function readImage(io: Io, source: string): Image | null {
  const k = io.k;
  const img: Partial<Image> = {};
  for (const c of COMPONENTS) {
    try {
      const r = k.fs.resolve(`${source}/${c}/current`, k.cwd, io.cred, false);
      if (r.node?.t !== 'l') throw new Error();
      img[c] = r.node.target.split('/').pop();
    } catch {
      io.err(`FATA[0000] stat ${source}/${c}/current: no such file or directory\n`);
      return null;
    }
  }
  return img as Image;
}

const k3osCmd: CmdFn = (io, args) => {
  const rest = args.filter((a) => a !== '--debug');
  if (rest[0] === 'upgrade') return upgrade(io, rest.slice(1));
  if (rest[0] === '--version' || rest[0] === '-v' || rest[0] === 'version') {
    io.out(`k3os version ${st(io.k).running.k3os}\n`);
    return 0;
  }
  io.out(
    "NAME:\n   k3os - Booting to k3s so you don't have to\n\nUSAGE:\n   k3os [global options] command [command options] [arguments...]\n\nCOMMANDS:\n   rc       Bootstrap and run init scripts\n   config   Run configuration\n   install  install k3OS\n   upgrade  perform upgrades\n   help, h  Shows a list of commands or help for one command\n",
  );
  return rest.length ? 1 : 0;
};

/** The deprecated manual scripts fetch the latest release and install it
 * (overlay/share/rancher/k3os/scripts/k3os-upgrade-rootfs and k3os-upgrade-kernel). */
function upgradeScript(kind: 'rootfs' | 'kernel'): CmdFn {
  return (io) => {
    if (io.cred.user !== 'root') {
      io.err('mount: only root can use "--options" option (effective UID is 1000)\n');
      return 1;
    }
    const comps = kind === 'rootfs' ? (['k3os', 'k3s'] as const) : (['kernel'] as const);
    io.err(
      `(simulator: the script downloads k3os-${kind === 'rootfs' ? 'rootfs' : 'kernel'}-amd64 ${NEW.k3os} from GitHub; no network is used here)\n`,
    );
    const m = imageStore(io.k);
    m.options = m.options.replace(/^ro/, 'rw');
    copyComponents(io, NEW, comps);
    m.options = m.options.replace(/^rw/, 'ro');
    return 0;
  };
}

// --- OpenRC and kubectl -------------------------------------------------------------

const SERVICES = ['acpid', 'ccapply', 'connman', 'crond', 'k3s-service', 'sshd', 'udev'];

/** One of SERVICES, which init() registers: a miss is a bug in this module. */
function openrcService(k: Kernel, name: string): Service {
  const s = k.services.get(name);
  if (!s) throw new Error(`k3OS has no service ${name}`);
  return s;
}

const rcService: CmdFn = (io, args) => {
  const [svc, verb] = args;
  const k = io.k;
  if (!svc || !SERVICES.includes(svc)) {
    io.err(
      svc ? ` * rc-service: service \`${svc}' does not exist\n` : 'Usage: rc-service [options] [service] [command]\n',
    );
    return 1;
  }
  const s = openrcService(k, svc);
  if (verb === 'status' || verb === undefined) {
    io.out(` * status: ${s.active ? 'started' : 'stopped'}\n`);
    return s.active ? 0 : 3;
  }
  if (io.cred.user !== 'root') {
    io.err(` * ${svc}: superuser access required\n`);
    return 1;
  }
  if (verb === 'stop' || verb === 'restart') {
    io.out(` * Stopping ${svc} ...${' '.repeat(Math.max(1, 57 - svc.length))}[ ok ]\n`);
    s.active = false;
  }
  if (verb === 'start' || verb === 'restart') {
    io.out(` * Starting ${svc} ...${' '.repeat(Math.max(1, 57 - svc.length))}[ ok ]\n`);
    s.active = true;
  }
  return 0;
};

const rcStatus: CmdFn = (io) => {
  io.out('Runlevel: default\n');
  for (const name of SERVICES) {
    const s = openrcService(io.k, name);
    io.out(` ${name.padEnd(62)}[  ${s.active ? 'started' : 'stopped'}  ]\n`);
  }
  return 0;
};

/**
 * /usr/sbin/k3s, reached through /k3os/system/k3s/current: the version is the one the link points
 * to now, which after switching the link and before a reboot differs from the running server.
 */
const k3s: CmdFn = (io, args) => {
  const s = st(io.k);
  const [sub, ...rest] = args;
  if (sub === '--version' || sub === '-v' || sub === 'version') {
    const v = current(s, 'k3s') ?? s.running.k3s;
    // k3s's VersionPrinter prints "k3s version VERSION (COMMIT)" and "go version GOVERSION". The commit
    // of each release tag and the Go it was built with are in no source we could read: say so.
    io.out(`k3s version ${v}\n`);
    io.err('(simulator: the real k3s adds its 8-digit commit in parentheses and a "go version" line)\n');
    return 0;
  }
  if (sub === 'kubectl') return kubectl(io, rest);
  io.err(
    `k3s ${sub ?? ''}: installed on k3OS; this simulator does not emulate it (try k3s --version or kubectl)\n`.replace(
      ' :',
      ':',
    ),
  );
  return 1;
};

const kubectl: CmdFn = (io, args) => {
  const k = io.k;
  const s = st(k);
  if (!openrcService(k, 'k3s-service').active) {
    io.err('The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?\n');
    return 1;
  }
  const a = args.join(' ');
  if (/^get (nodes|node|no)\b/.test(a)) {
    const age = Math.max(1, Math.round((k.clock.ms - (k.clock.ms - 300_000 - k.bootCount * 60_000)) / 60_000));
    const name = k.hostname;
    const w = Math.max(4, name.length);
    io.out(
      `${'NAME'.padEnd(w)}   STATUS   ROLES                  AGE   VERSION\n${name.padEnd(w)}   Ready    control-plane,master   ${(age + 'm').padEnd(5)} ${s.running.k3s}\n`,
    );
    return 0;
  }
  if (/^version\b/.test(a)) {
    io.out(`Client Version: ${s.running.k3s}\nServer Version: ${s.running.k3s}\n`);
    return 0;
  }
  if (/^get (pods|po) (-A|--all-namespaces)/.test(a)) {
    io.out(
      'NAMESPACE     NAME                                      READY   STATUS    RESTARTS   AGE\nk3os-system   system-upgrade-controller-8bf4f84c4-qzj6w   1/1     Running   0          5m\nkube-system   coredns-7448499f4d-6mv8b                  1/1     Running   0          5m\nkube-system   local-path-provisioner-5ff76fc89d-xg4kn   1/1     Running   0          5m\nkube-system   metrics-server-86cbb8457f-2t7xq           1/1     Running   0          5m\nkube-system   traefik-97b44b794-pb8mw                   1/1     Running   0          5m\n',
    );
    return 0;
  }
  io.err('(simulator: kubectl get nodes, get pods -A and version are simulated)\n');
  return 1;
};

const busyboxReboot: CmdFn = (io) => {
  if (io.cred.user !== 'root') {
    io.err('reboot: Operation not permitted\n');
    return 1;
  }
  io.out(io.k.reboot());
  return 0;
};

export const k3os: SystemModule = {
  id: 'k3os',
  name: 'k3OS',
  user: 'rancher',
  uid: 1000,
  groups: [[10, 'wheel']],
  utf8: false, // Alpine/musl without a UTF-8 locale: mkdir quotes with ASCII '...' (gnulib quotearg.c)
  path: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  rootPath: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  homeOf: homeInHome,
  updateTools: [
    'k3os',
    'k3os-upgrade-rootfs',
    'k3os-upgrade-kernel',
    '/usr/share/rancher/k3os/scripts/k3os-upgrade-rootfs',
    '/usr/share/rancher/k3os/scripts/k3os-upgrade-kernel',
    'reboot',
    'mount',
  ],
  hostname: (rng) => `k3os-${rng.int(32768)}`, // k3os-${RANDOM}
  init(k) {
    k.sys = { disk: diskFor(k), running: { ...OLD } } satisfies K3osState;
    for (const name of SERVICES)
      k.services.set(name, {
        unit: name,
        description: name,
        active: true,
        enabled: true,
        exec: name === 'k3s-service' ? '/usr/bin/k3s server' : `/usr/sbin/${name}`,
      });
  },
  boot(k) {
    const s = st(k);
    // The boot loader's "k3OS Current" entry: kernel, k3os and k3s from their current links (install.sh).
    for (const c of COMPONENTS) s.running[c] = current(s, c) ?? OLD[c];
    k.hostname = configuredHostname(s, k.hostname);
    for (const sv of k.services.values()) sv.active = sv.enabled;
    k.fs.setMounts(mountsFor(k));
  },
  prompt(k) {
    const where = tildeCwd(k);
    return `${k.hostname} [${where}]${k.user === 'root' ? '#' : '$'} `;
  },
  commands: {
    k3os: k3osCmd,
    'k3os-upgrade-rootfs': upgradeScript('rootfs'),
    'k3os-upgrade-kernel': upgradeScript('kernel'),
    'rc-service': rcService,
    'rc-status': rcStatus,
    kubectl,
    k3s,
    reboot: busyboxReboot,
  },
  loginBanner: () => MOTD,
  procs(k) {
    const ps = [
      { pid: 1, ppid: 0, user: 'root', cmd: '/sbin/init' },
      { pid: 1010, ppid: 1, user: 'root', cmd: '/sbin/udevd --daemon' },
      { pid: 1302, ppid: 1, user: 'root', cmd: '/usr/sbin/sshd' },
    ];
    if (k.services.get('k3s-service')?.active) {
      ps.push({
        pid: 1420,
        ppid: 1,
        user: 'root',
        cmd: 'supervise-daemon k3s-service --start --stdout /var/log/k3s-service.log --stderr /var/log/k3s-service.log --pidfile /var/run/k3s-service.pid --respawn-delay 5 --respawn-max 0 --respawn-period 1800 /usr/bin/k3s -- server',
      });
      ps.push({ pid: 1421, ppid: 1420, user: 'root', cmd: '/usr/bin/k3s server' });
    }
    return ps;
  },
  kernelRelease: (k) => st(k).running.kernel,
  kernelVersion: () => KERNEL_BUILD,
  pkgVersion: () => undefined,
  prettyName: (k) => `k3OS ${st(k).running.k3os}`,
  timeline(k) {
    const s = st(k);
    const cur = current(s, 'k3os');
    const prev = current(s, 'k3os', 'previous');
    const versions = [...dirAt(s.disk, 'k3os/system/k3os').kids.keys()].filter((v) => v.startsWith('v')).sort();
    return {
      kind: 'images',
      entries: versions.map((v) => ({
        id: v,
        label: v === cur ? 'k3OS Current' : v === prev ? 'k3OS Previous' : `k3OS ${v}`,
        version: v,
        packages: [`k3s ${v === NEW.k3os ? NEW.k3s : OLD.k3s}`],
        booted: v === s.running.k3os,
        nextBoot: v === cur,
        pinned: false,
        rollbackTarget: v === prev && v !== cur,
        description: v === cur ? 'current' : v === prev ? 'previous' : undefined,
      })),
    };
  },
  fsMap(k) {
    const info = (t: string) => mountInfo(k, t);
    return [
      { path: '/', kind: 'reset-at-boot', detail: 'tmpfs built by init', mount: info('/') },
      { path: '/usr', kind: 'read-only', detail: 'squashfs image of the current k3OS release', mount: info('/usr') },
      {
        path: '/etc',
        kind: 'reset-at-boot',
        detail: 'tmpfs, rebuilt from /usr/etc and config.yaml at every boot',
        mount: info('/etc'),
      },
      {
        path: '/k3os/system',
        kind: 'read-only',
        detail: 'images and current/previous links, bind-mounted ro',
        mount: info('/k3os/system'),
      },
      { path: '/var', kind: 'persistent', detail: 'K3OS_STATE partition', mount: info('/var') },
      { path: '/home', kind: 'persistent', detail: 'K3OS_STATE partition', mount: info('/home') },
      { path: '/opt', kind: 'persistent', detail: 'K3OS_STATE partition', mount: info('/opt') },
      { path: '/usr/local', kind: 'link', detail: '-> /var/local' },
    ];
  },
  actions(k) {
    const s = st(k);
    const cur = current(s, 'k3os');
    const prev = current(s, 'k3os', 'previous');
    const acts: ReturnType<SystemModule['actions']> = [
      {
        id: 'upgrade',
        label: `Upgrade to ${NEW.k3os}`,
        command: 'sudo /usr/share/rancher/k3os/scripts/k3os-upgrade-rootfs',
      },
      { id: 'reboot', label: 'Reboot', command: 'sudo reboot' },
    ];
    if (prev && prev !== cur) {
      const k3sPrev = current(s, 'k3s', 'previous');
      acts.push({
        id: 'rollback',
        label: `Switch back to ${prev}`,
        command: `sudo mount -o remount,rw /k3os/system && sudo ln -sfn ${prev} /k3os/system/k3os/current${k3sPrev ? ` && sudo ln -sfn ${k3sPrev} /k3os/system/k3s/current` : ''}`,
      });
    }
    return acts;
  },
};
