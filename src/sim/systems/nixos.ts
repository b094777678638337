// NixOS 26.05 with nixos-rebuild-ng and Nix >= 2.33: read-only /nix/store, /etc entries
// linked into the store, generations of /nix/var/nix/profiles/system, an almost empty
// writable /usr (§5).
import { buildTree, dir, file, link, getRel, type Node, type Mount } from '../fs.ts';
import type { SystemModule, Kernel, Io, CmdFn } from '../kernel.ts';
import { contentHash, NIX_BASE32, isoSpace, cDate } from '../state.ts';
import { COMMON_BINARIES } from '../coreutils.ts';
import {
  dict,
  pseudoMounts,
  tmpfs,
  homeDir,
  osRelease,
  elf,
  passwd,
  mountInfo,
  tildeCwd,
  SKELETON,
  homeInHome,
} from './common.ts';
import { opts } from '../coreutils.ts';

const NIXOS_VERSION = '26.05.20261120.4f1c8b7';
const CONFIG = '/etc/nixos/configuration.nix';
const PROFILE = '/nix/var/nix/profiles/system';
const MAX_GENERATIONS = 50;

const PACKAGES: Record<string, string> = dict({
  vim: '9.1.1818',
  wget: '1.25.0',
  htop: '3.4.1',
  tmux: '3.5a',
  git: '2.51.2',
  tree: '2.2.1',
  cowsay: '3.8.4',
  ripgrep: '15.1.0',
  curl: '8.17.0',
});
const BINS: Record<string, string[]> = dict({ vim: ['vim', 'vi'], ripgrep: ['rg'] });

const DEFAULT_CONFIG = `# Edit this configuration file to define what should be installed on
# your system. Help is available in the configuration.nix(5) man page, on
# https://search.nixos.org/options and in the NixOS manual (\`nixos-help\`).

{ config, lib, pkgs, ... }:

{
  imports = [ ./hardware-configuration.nix ];

  boot.loader.systemd-boot.enable = true;
  boot.loader.efi.canTouchEfiVariables = true;

  networking.hostName = "nixos";

  users.users.alice = {
    isNormalUser = true;
    extraGroups = [ "wheel" ];
  };

  environment.systemPackages = with pkgs; [ vim wget ];

  services.openssh.enable = true;

  system.stateVersion = "26.05";
}
`;

interface Generation {
  n: number;
  path: string;
  date: number;
  packages: string[];
}
interface NixState {
  root: Node;
  store: Node;
  gens: Generation[];
  profile: number; // the generation the profile link points to
  bootDefault: string; // store path the boot loader starts
  active: string; // /run/current-system
  booted: string;
  bootEntries: number[];
}
const st = (k: Kernel) => k.sys as NixState;

const storeHash = (s: string) => contentHash(s, NIX_BASE32, 32);
const storeName = (p: string) => p.replace('/nix/store/', '');

/** Parses environment.systemPackages; returns the names or a Nix-style error. */
export function parseConfig(text: string): { packages: string[] } | { error: string } {
  const lines = text.split('\n');
  const stripped = text.replace(/#.*$/gm, (m) => ' '.repeat(m.length));
  let depth = 0;
  for (const ch of stripped) {
    if (ch === '{' || ch === '[' || ch === '(') depth++;
    if (ch === '}' || ch === ']' || ch === ')') depth--;
    if (depth < 0) break;
  }
  if (depth !== 0) {
    const last = lines.length;
    return {
      error: `error: syntax error, unexpected ${depth > 0 ? 'end of file' : "'}'"}\n       at ${CONFIG}:${last}:1:\n`,
    };
  }
  const m = /environment\.systemPackages\s*=\s*(with\s+pkgs\s*;\s*)?\[([^\]]*)\]\s*;/.exec(stripped);
  if (!m) return { packages: [] };
  const withPkgs = Boolean(m[1]);
  const start = m.index + m[0].indexOf('[') + 1;
  const packages: string[] = [];
  const re = /[^\s]+/g;
  let t: RegExpExecArray | null;
  while ((t = re.exec(m[2]))) {
    const word = t[0];
    const name = word.startsWith('pkgs.') ? word.slice(5) : withPkgs ? word : null;
    if (name === null || !PACKAGES[name]) {
      const offset = start + t.index;
      const before = text.slice(0, offset).split('\n');
      const ln = before.length;
      const col = before[before.length - 1].length + 1;
      const src = lines[ln - 1] ?? '';
      const gutter = String(ln + 1).length;
      const row = (n: number, s: string) => `       ${String(n).padStart(gutter)}| ${s}`.trimEnd();
      // Nix's error with its source excerpt (format from Nix 2.2x+; RECONSTRUCTED)
      const what =
        name === null
          ? `undefined variable '${word}'`
          : word.startsWith('pkgs.')
            ? `attribute '${name}' missing`
            : `undefined variable '${name}'`;
      return {
        error: `error: ${what}\n       at ${CONFIG}:${ln}:${col}:\n${row(ln - 1, lines[ln - 2] ?? '')}\n${row(ln, src)}\n       ${' '.repeat(gutter)}| ${' '.repeat(col - 1)}^\n${row(ln + 1, lines[ln] ?? '')}\n`,
      };
    }
    if (!packages.includes(name)) packages.push(name);
  }
  return { packages: packages.sort() };
}

/** Builds (or finds) the store paths for a system with `packages`; returns the system path. */
function build(k: Kernel, packages: string[]): { path: string; created: string[] } {
  const s = st(k);
  const created: string[] = [];
  const add = (name: string, node: Node) => {
    if (!s.store.kids!.has(name)) {
      s.store.kids!.set(name, node);
      created.push('/nix/store/' + name);
    }
    return '/nix/store/' + name;
  };
  const pkgPaths = packages.map((p) => {
    const bins = buildTree({});
    for (const b of BINS[p] ?? [p]) bins.kids!.set(b, file(elf(b), 0o555));
    const d = dir(0o555);
    d.kids!.set('bin', bins);
    return add(`${storeHash('pkg:' + p)}-${p}-${PACKAGES[p]}`, d);
  });
  const swBin = dir(0o555);
  for (const b of [
    ...COMMON_BINARIES,
    'bash',
    'sh',
    'systemctl',
    'reboot',
    'poweroff',
    'shutdown',
    'nixos-rebuild',
    'nix-env',
    'nix-collect-garbage',
    'nix',
    'nano',
  ])
    swBin.kids!.set(b, file(elf(b), 0o555));
  packages.forEach((p, i) => {
    for (const b of BINS[p] ?? [p]) swBin.kids!.set(b, link(`${pkgPaths[i]}/bin/${b}`));
  });
  const sw = dir(0o555);
  sw.kids!.set('bin', swBin);
  const swPath = add(`${storeHash('sw:' + packages.join(' '))}-system-path`, sw);
  const etcPath = add(`${storeHash('etc:' + packages.join(' '))}-etc`, etcTree());
  const sys = buildTree({
    sw: { link: swPath },
    etc: { link: etcPath + '/etc' },
    'nixos-version': NIXOS_VERSION,
    activate: { data: '#!/nix/store/bash\n', mode: 0o555 },
    kernel: 'ELF kernel\n',
  });
  const name = `${storeHash('system:' + packages.join(' '))}-nixos-system-nixos-${NIXOS_VERSION}`;
  const path = add(name, sys);
  return { path, created };
}

function etcTree(): Node {
  const etc = buildTree({
    'etc/hosts': '127.0.0.1 localhost\n::1 localhost\n127.0.0.2 nixos\n',
    'etc/nsswitch.conf':
      'passwd:    files systemd\ngroup:     files [success=merge] systemd\nshadow:    files\nhosts:     mymachines files myhostname dns\n',
    'etc/bashrc': '# /etc/bashrc: DO NOT EDIT -- this file has been generated automatically.\n',
    'etc/profile': '# /etc/profile: DO NOT EDIT -- this file has been generated automatically.\n',
    'etc/os-release': osRelease(
      [
        ['ANSI_COLOR', '0;38;2;126;186;228'],
        ['BUG_REPORT_URL', 'https://github.com/NixOS/nixpkgs/issues'],
        ['BUILD_ID', NIXOS_VERSION],
        ['DEFAULT_HOSTNAME', 'nixos'],
        ['DOCUMENTATION_URL', 'https://nixos.org/learn.html'],
        ['HOME_URL', 'https://nixos.org/'],
        ['ID', 'nixos'],
        ['LOGO', 'nix-snowflake'],
        ['NAME', 'NixOS'],
        // The 26.05 codename is left out rather than guessed.
        ['PRETTY_NAME', 'NixOS 26.05'],
        ['SUPPORT_URL', 'https://nixos.org/community.html'],
        ['VERSION', '26.05'],
        ['VERSION_ID', '26.05'],
      ],
      ['DEFAULT_HOSTNAME', 'ID', 'LOGO', 'NAME'],
    ),
    'etc/nix/nix.conf':
      '# WARNING: this file is generated from the nix.* options in\n# your NixOS configuration, typically\n# /etc/nixos/configuration.nix.  Do not edit it!\nallowed-users = *\nauto-optimise-store = false\nbuild-users-group = nixbld\n',
    'etc/ssh/sshd_config': 'UsePAM yes\nPort 22\n',
  });
  for (const f of walkFiles(etc.kids!.get('etc')!, '')) f[1].mode = 0o444;
  etc.mode = 0o555;
  return etc;
}

function walkFiles(n: Node, prefix: string): [string, Node][] {
  const out: [string, Node][] = [];
  for (const [name, c] of n.kids ?? []) {
    const p = prefix ? prefix + '/' + name : name;
    if (c.t === 'd') out.push(...walkFiles(c, p));
    else out.push([p, c]);
  }
  return out;
}

/** switch-to-configuration: point /etc/static at the new etc, put every managed link back (§5.1). */
function activate(k: Kernel, path: string): void {
  const s = st(k);
  const sys = s.store.kids!.get(storeName(path))!;
  const etcPath = sys.kids!.get('etc')!.target!;
  const etc = s.root.kids!.get('etc')!;
  const oldStatic = etc.kids!.get('static');
  const oldEtc = oldStatic?.t === 'l' ? getRel(s.root, oldStatic.target!.slice(1)) : undefined;
  etc.kids!.set('static', link(etcPath));
  const newEtc = getRel(s.root, etcPath.slice(1))!;
  const managed = walkFiles(newEtc, '');
  for (const [rel] of managed) {
    const parts = rel.split('/');
    let cur = etc;
    for (const p of parts.slice(0, -1)) {
      let next = cur.kids!.get(p);
      if (next?.t !== 'd') {
        next = dir();
        cur.kids!.set(p, next);
      }
      cur = next;
    }
    cur.kids!.set(parts[parts.length - 1], link('/etc/static/' + rel)); // atomic_symlink, replacing whatever is there
  }
  if (oldEtc) {
    const keep = new Set(managed.map(([r]) => r));
    for (const [rel] of walkFiles(oldEtc, '')) {
      const n = getRel(etc, rel);
      if (!keep.has(rel) && n?.t === 'l' && n.target === '/etc/static/' + rel) {
        const parent = getRel(etc, rel.split('/').slice(0, -1).join('/'));
        parent?.kids?.delete(rel.split('/').pop()!);
      }
    }
  }
  s.active = path;
  const run = k.fs.mountAt('/run')!.root;
  run.kids!.set('current-system', link(path));
}

function activationLines(): string {
  return 'activating the configuration...\nsetting up /etc...\nreloading user units for alice...\nrestarting sysinit-reactivation.target\n';
}

function lockError(io: Io): number {
  // Nix >= 2.33 quotes the path with double quotes (§5.3)
  io.err(`error: opening lock file "${PROFILE}.lock": Permission denied\n`);
  return 1;
}

function setProfile(s: NixState, path: string, date: number): number {
  const top = s.gens[s.gens.length - 1];
  // "We only create a new generation symlink if it differs from the last one." (§5.3)
  if (top && top.path === path) {
    s.profile = top.n;
    return top.n;
  }
  const n = (top?.n ?? 0) + 1;
  s.gens.push({ n, path, date, packages: [] });
  while (s.gens.length > MAX_GENERATIONS) s.gens.shift();
  s.profile = n;
  return n;
}

function profileLinks(k: Kernel): void {
  const s = st(k);
  const profiles = getRel(s.root, 'nix/var/nix/profiles')!;
  for (const name of [...profiles.kids!.keys()]) if (name.startsWith('system')) profiles.kids!.delete(name);
  for (const g of s.gens) profiles.kids!.set(`system-${g.n}-link`, link(g.path));
  profiles.kids!.set('system', link(`system-${s.profile}-link`));
}

function bootLoader(k: Kernel): void {
  const s = st(k);
  s.bootEntries = s.gens.map((g) => g.n);
  const entries = getRel(s.root, 'boot/loader/entries');
  if (entries) {
    entries.kids!.clear();
    for (const g of s.gens)
      entries.kids!.set(
        `nixos-generation-${g.n}.conf`,
        file(
          `title NixOS\nversion Generation ${g.n} NixOS 26.05, Linux Kernel 6.12.58, Built on ${isoSpace(g.date).slice(0, 10)}\nlinux /EFI/nixos/kernel.efi\n`,
        ),
      );
  }
}

const nixosRebuild: CmdFn = (io, args) => {
  const k = io.k;
  const s = st(k);
  const { long, rest } = opts(args);
  const action = rest[0];
  const rollback = long.includes('--rollback');
  const actions = ['switch', 'boot', 'test', 'build', 'dry-build', 'dry-activate', 'list-generations'];
  if (!action || !actions.includes(action)) {
    io.err(
      `usage: nixos-rebuild [--verbose] [--quiet] [--max-jobs MAX_JOBS] ... {switch,boot,test,build,edit,repl,dry-build,dry-run,dry-activate,build-vm,build-vm-with-bootloader,build-image,list-generations}\nnixos-rebuild: error: ${action ? `argument action: invalid choice: '${action.slice(0, 40)}'` : 'the following arguments are required: action'}\n`,
    );
    return 2;
  }
  if (action === 'list-generations') {
    const rows = [...s.gens]
      .reverse()
      .map((g) => [
        String(g.n),
        isoSpace(g.date),
        NIXOS_VERSION,
        '6.12.58',
        'Unknown',
        '[]',
        g.n === s.profile ? 'True' : 'False',
      ]);
    const head = [
      'Generation',
      'Build-date',
      'NixOS version',
      'Kernel',
      'Configuration Revision',
      'Specialisation',
      'Current',
    ];
    const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    io.out(
      [head, ...rows]
        .map((r) =>
          r
            .map((c, i) => c.padEnd(w[i]))
            .join('  ')
            .trimEnd(),
        )
        .join('\n') + '\n',
    );
    return 0;
  }
  io.err('building the system configuration...\n');
  if (rollback) {
    if (action !== 'switch' && action !== 'boot') {
      io.err(`nixos-rebuild: error: --rollback is not supported with '${action}'\n`);
      return 2;
    }
    if (io.cred.user !== 'root') return lockError(io);
    // nix-env --rollback: the highest generation below the current one (§5.3)
    const older = s.gens.filter((g) => g.n < s.profile);
    if (!older.length) {
      io.err(`error: no profile version older than the current (${s.profile}) exists\n`);
      return 1;
    }
    const target = older[older.length - 1];
    io.err(`switching profile from version ${s.profile} to ${target.n}\n`);
    s.profile = target.n;
    profileLinks(k);
    bootLoader(k);
    s.bootDefault = target.path;
    if (action === 'switch') {
      io.err(activationLines());
      activate(k, target.path);
    }
    io.err('Done. The new configuration is ');
    io.out(`${PROFILE}\n`);
    return 0;
  }
  const cfg = getRel(s.root, CONFIG.slice(1));
  if (cfg?.t !== 'f') {
    io.err(`error: file 'nixos-config' was not found in the Nix search path (add it using $NIX_PATH or -I)\n`);
    return 1;
  }
  const parsed = parseConfig(cfg.data ?? '');
  if ('error' in parsed) {
    io.err(parsed.error);
    return 1;
  }
  const newPkgs = parsed.packages.filter((p) => !s.store.kids!.has(`${storeHash('pkg:' + p)}-${p}-${PACKAGES[p]}`));
  const systemName = `${storeHash('system:' + parsed.packages.join(' '))}-nixos-system-nixos-${NIXOS_VERSION}`;
  const exists = s.store.kids!.has(systemName);
  if (!exists) {
    const drvs = [
      `${storeHash('sw:' + parsed.packages.join(' '))}-system-path`,
      `${storeHash('dbus:' + parsed.packages.join(' '))}-dbus-1`,
      `${storeHash('etc:' + parsed.packages.join(' '))}-etc`,
      systemName,
    ];
    io.err(
      `these ${drvs.length} derivations will be built:\n${drvs.map((d) => `  /nix/store/${storeHash('drv:' + d)}-${d.slice(33)}.drv\n`).join('')}`,
    );
    if (newPkgs.length) {
      io.err(
        `these ${newPkgs.length} paths will be fetched (${(0.2 * newPkgs.length).toFixed(2)} MiB download, ${(0.6 * newPkgs.length).toFixed(2)} MiB unpacked):\n${newPkgs.map((p) => `  /nix/store/${storeHash('pkg:' + p)}-${p}-${PACKAGES[p]}\n`).join('')}`,
      );
      for (const p of newPkgs)
        io.err(
          `copying path '/nix/store/${storeHash('pkg:' + p)}-${p}-${PACKAGES[p]}' from 'https://cache.nixos.org'...\n`,
        );
    }
    for (const d of drvs) io.err(`building '/nix/store/${storeHash('drv:' + d)}-${d.slice(33)}.drv'...\n`);
  }
  if (action === 'dry-build' || action === 'dry-activate') return 0;
  if ((action === 'switch' || action === 'boot') && io.cred.user !== 'root') return lockError(io);
  const { path } = build(k, parsed.packages);
  if (action === 'build') {
    try {
      k.fs.symlink(path, 'result', k.cwd, io.cred);
    } catch {
      /* ./result already there or not writable: nix-build would replace or fail quietly here */
    }
  }
  if (action === 'switch' || action === 'boot') {
    const n = setProfile(s, path, k.clock.ms);
    const g = s.gens.find((x) => x.n === n)!;
    g.packages = parsed.packages;
    profileLinks(k);
    bootLoader(k);
    s.bootDefault = path;
  }
  if (action === 'switch' || action === 'test') {
    if (action === 'switch') io.err('Checking switch inhibitors... done\n');
    if (io.cred.user !== 'root') {
      io.err('(simulator: activating needs root; run it with sudo)\n');
      return 1;
    }
    io.err(activationLines());
    activate(k, path);
  }
  io.err('Done. The new configuration is ');
  io.out(path + '\n');
  return 0;
};

const nixEnv: CmdFn = (io, args) => {
  const k = io.k;
  const s = st(k);
  const { long, vals } = opts(args, ['p', 'G']);
  const profileArg = vals.p ?? (long.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined);
  const system = profileArg === PROFILE || profileArg === PROFILE + '/';
  if (!system) {
    if (long.includes('--list-generations')) return 0;
    io.err(
      args.length
        ? '(simulator: only the system profile is simulated; use -p /nix/var/nix/profiles/system)\n'
        : "error: no operation specified\nTry 'nix-env --help' for more information.\n",
    );
    return 1;
  }
  if (io.cred.user !== 'root') return lockError(io);
  if (long.includes('--list-generations')) {
    // "%|4|   %|4|-%|02|-%|02| %|02|:%|02|:%|02|   %||\n" (§5.3)
    for (const g of s.gens)
      io.out(`${String(g.n).padStart(4)}   ${isoSpace(g.date)}   ${g.n === s.profile ? '(current)' : ''}\n`);
    return 0;
  }
  if (long.includes('--rollback')) {
    const older = s.gens.filter((g) => g.n < s.profile);
    if (!older.length) {
      io.err(`error: no profile version older than the current (${s.profile}) exists\n`);
      return 1;
    }
    io.err(`switching profile from version ${s.profile} to ${older[older.length - 1].n}\n`);
    s.profile = older[older.length - 1].n;
    profileLinks(k);
    return 0;
  }
  const sw =
    vals.G ?? (long.includes('--switch-generation') ? args[args.indexOf('--switch-generation') + 1] : undefined);
  if (sw !== undefined) {
    const g = s.gens.find((x) => String(x.n) === sw);
    if (!g) {
      io.err(`error: profile version ${sw} does not exist\n`);
      return 1;
    }
    io.err(`switching profile from version ${s.profile} to ${g.n}\n`);
    s.profile = g.n;
    profileLinks(k);
    return 0;
  }
  if (long.includes('--delete-generations')) {
    const which = args
      .slice(args.indexOf('--delete-generations') + 1)
      .filter((a) => /^\d+$/.test(a))
      .map(Number);
    for (const n of which) {
      if (n === s.profile) {
        io.err(`error: cannot delete current version of profile ${PROFILE}'\n`.replace("'\n", '\n'));
        return 1;
      }
      if (s.gens.some((g) => g.n === n)) io.err(`removing profile version ${n}\n`);
    }
    s.gens = s.gens.filter((g) => !which.includes(g.n));
    profileLinks(k);
    return 0;
  }
  io.err('error: no operation specified\n');
  return 1;
};

const nixCollectGarbage: CmdFn = (io, args) => {
  const k = io.k;
  const s = st(k);
  const del = args.includes('-d') || args.includes('--delete-old');
  if (io.cred.user === 'root' && del) {
    io.err(`removing old generations of profile ${PROFILE}\n`);
    for (const g of s.gens) if (g.n !== s.profile) io.err(`removing profile version ${g.n}\n`);
    s.gens = s.gens.filter((g) => g.n === s.profile);
    profileLinks(k);
  }
  io.err('finding garbage collector roots...\ndeleting garbage...\n');
  let deleted = 0;
  if (io.cred.user === 'root') {
    // Roots: every generation, the running system and the booted system.
    const live = new Set<string>();
    const mark = (p: string) => {
      const name = storeName(p);
      if (live.has(name)) return;
      live.add(name);
      const n = s.store.kids!.get(name);
      for (const c of n?.kids?.values() ?? [])
        if (c.t === 'l' && c.target!.startsWith('/nix/store/')) mark(c.target!.split('/').slice(0, 4).join('/'));
      const sw = n?.kids?.get('sw') ?? n?.kids?.get('bin');
      for (const c of sw?.kids?.get('bin')?.kids?.values() ?? sw?.kids?.values() ?? [])
        if (c.t === 'l' && c.target!.startsWith('/nix/store/')) mark(c.target!.split('/').slice(0, 4).join('/'));
    };
    for (const g of s.gens) mark(g.path);
    mark(s.active);
    mark(s.booted);
    for (const name of [...s.store.kids!.keys()].sort()) {
      if (live.has(name) || name.startsWith('.')) continue;
      io.err(`deleting '/nix/store/${name}'\n`);
      s.store.kids!.delete(name);
      deleted++;
    }
  }
  io.err(
    `deleting unused links...\nnote: currently hard linking saves 0.00 MiB\n${deleted} store paths deleted, ${(deleted * 0.41).toFixed(2)} MiB freed\n`,
  );
  return 0;
};

function mountsFor(k: Kernel): Mount[] {
  const s = st(k);
  return [
    { target: '/', source: '/dev/vda1', fstype: 'ext4', options: 'rw,relatime', root: s.root, df: [30787492, 6290432] },
    ...pseudoMounts(),
    {
      target: '/boot',
      source: '/dev/vda2',
      fstype: 'vfat',
      options: 'rw,relatime,fmask=0077,dmask=0077,codepage=437,iocharset=iso8859-1,shortname=mixed,errors=remount-ro',
      root: getRel(s.root, 'boot')!,
      df: [522230, 78944],
    },
    // boot.nixStoreMountOpts = [ "ro" "nodev" "nosuid" ]: a read-only bind mount (§5.1, RECONSTRUCTED findmnt)
    {
      target: '/nix/store',
      source: '/dev/vda1[/nix/store]',
      fstype: 'ext4',
      options: 'ro,nosuid,nodev,relatime',
      root: s.store,
      bindRo: true,
    },
    tmpfs('/run', 'rw,nosuid,nodev,size=798952k,mode=755'),
    {
      ...tmpfs('/run/wrappers', 'rw,nodev,relatime,size=1997384k,mode=755'),
      root: buildTree({ 'bin/sudo': { data: elf('sudo'), mode: 0o4511 } }),
    },
  ];
}

export const nixos: SystemModule = {
  id: 'nixos',
  name: 'NixOS',
  user: 'alice',
  uid: 1000,
  primaryGroup: [100, 'users'],
  groups: [[1, 'wheel']],
  utf8: true,
  path: '/run/wrappers/bin:/home/alice/.nix-profile/bin:/nix/profile/bin:/home/alice/.local/state/nix/profile/bin:/etc/profiles/per-user/alice/bin:/nix/var/nix/profiles/default/bin:/run/current-system/sw/bin',
  rootPath:
    '/run/wrappers/bin:/root/.nix-profile/bin:/nix/profile/bin:/root/.local/state/nix/profile/bin:/etc/profiles/per-user/root/bin:/nix/var/nix/profiles/default/bin:/run/current-system/sw/bin',
  homeOf: homeInHome,
  updateTools: ['nixos-rebuild', 'nix-env', 'nix-collect-garbage', 'reboot', 'systemctl', 'shutdown'],
  hostname: () => 'nixos',
  init(k) {
    const store = dir(0o1775, 'root', 'nixbld');
    const home = dir();
    home.kids!.set('alice', homeDir('alice', 'users'));
    const root = buildTree({
      'usr/bin/env': { data: elf('env'), mode: 0o555 },
      'bin/sh': { link: '/nix/store/' + storeHash('bash') + '-bash-interactive-5.3p3/bin/sh' },
      'nix/var/nix/profiles/per-user': { dir: true },
      'nix/var/nix/gcroots': { dir: true },
      'etc/nixos/configuration.nix': DEFAULT_CONFIG,
      'etc/nixos/hardware-configuration.nix':
        '# Do not modify this file!  It was generated by \u2018nixos-generate-config\u2019\n{ config, lib, pkgs, modulesPath, ... }:\n\n{\n  fileSystems."/" = { device = "/dev/disk/by-label/nixos"; fsType = "ext4"; };\n}\n',
      'etc/machine-id': k.rng.hex(32) + '\n',
      'boot/loader/entries': { dir: true },
      ...SKELETON,
      var: { dir: true },
    });
    root.kids!.set('home', home);
    getRel(root, 'nix')!.kids!.set('store', store);
    // Files with a mode are copied, not linked; passwd/group/shadow with mutableUsers (§5.1)
    const etc = getRel(root, 'etc')!;
    etc.kids!.set(
      'passwd',
      file(passwd('alice', 1000, '/home/alice').replace('alice:x:1000:1000', 'alice:x:1000:100')),
    );
    etc.kids!.set('group', file('root:x:0:\nwheel:x:1:alice\nusers:x:100:\nnixbld:x:30000:\n'));
    etc.kids!.set('shadow', file('root:!:1::::::\nalice:!:1::::::\n', 0o000));
    k.sys = {
      root,
      store,
      gens: [],
      profile: 0,
      bootDefault: '',
      active: '',
      booted: '',
      bootEntries: [],
    } satisfies NixState;
    const s = st(k);
    const parsed = parseConfig(DEFAULT_CONFIG) as { packages: string[] };
    const { path } = build(k, parsed.packages);
    setProfile(s, path, k.clock.ms - 3 * 86400_000);
    s.gens[0].packages = parsed.packages;
    profileLinks(k);
    bootLoader(k);
    s.bootDefault = path;
    k.services.set('sshd.service', {
      unit: 'sshd.service',
      description: 'SSH Daemon',
      active: true,
      enabled: true,
      exec: 'sshd: /nix/store/sshd -D -f /etc/ssh/sshd_config [listener] 0 of 10-100 startups',
    });
    k.services.set('nix-daemon.service', {
      unit: 'nix-daemon.service',
      description: 'Nix Daemon',
      active: true,
      enabled: true,
      exec: 'nix-daemon --daemon',
    });
  },
  boot(k) {
    const s = st(k);
    k.fs.setMounts(mountsFor(k));
    activate(k, s.bootDefault);
    s.booted = s.bootDefault;
    k.fs.mountAt('/run')!.root.kids!.set('booted-system', link(s.booted));
    for (const sv of k.services.values()) sv.active = sv.enabled;
  },
  prompt(k) {
    const where = tildeCwd(k);
    return `[${k.user}@${k.hostname}:${where}]${k.user === 'root' ? '#' : '$'} `;
  },
  commands: { 'nixos-rebuild': nixosRebuild, 'nix-env': nixEnv, 'nix-collect-garbage': nixCollectGarbage },
  loginBanner(k) {
    return `Last login: ${cDate(k.clock.ms - 70_000)} from 192.168.122.1\n`;
  },
  procs() {
    return [
      { pid: 1, ppid: 0, user: 'root', cmd: '/run/current-system/systemd/lib/systemd/systemd' },
      { pid: 540, ppid: 1, user: 'root', cmd: '/nix/store/systemd/lib/systemd/systemd-journald' },
      { pid: 901, ppid: 1, user: 'root', cmd: 'nix-daemon --daemon' },
      {
        pid: 980,
        ppid: 1,
        user: 'root',
        cmd: 'sshd: /nix/store/sshd -D -f /etc/ssh/sshd_config [listener] 0 of 10-100 startups',
      },
    ];
  },
  kernelRelease: () => '6.12.58',
  pkgVersion: (name) => PACKAGES[Object.keys(BINS).find((p) => BINS[p].includes(name)) ?? name],
  prettyName: () => 'NixOS 26.05',
  timeline(k) {
    const s = st(k);
    const older = s.gens.filter((g) => g.n < s.profile);
    return {
      kind: 'generations',
      entries: s.gens.map((g) => ({
        id: `system-${g.n}`,
        label: `Generation ${g.n}`,
        version: NIXOS_VERSION,
        packages: g.packages,
        booted: g.path === s.booted,
        nextBoot: g.path === s.bootDefault,
        pinned: false,
        rollbackTarget: older.length > 0 && g === older[older.length - 1],
        description:
          [g.n === s.profile ? 'current' : '', g.path === s.active ? 'active' : ''].filter(Boolean).join(', ') ||
          undefined,
      })),
    };
  },
  fsMap(k) {
    const info = (t: string) => mountInfo(k, t);
    return [
      { path: '/', kind: 'writable', detail: 'ext4, rw', mount: info('/') },
      {
        path: '/nix/store',
        kind: 'read-only',
        detail: 'read-only bind mount: every package and generation',
        mount: info('/nix/store'),
      },
      { path: '/etc', kind: 'writable', detail: 'managed entries are links into the store, put back at activation' },
      { path: '/usr', kind: 'writable', detail: 'almost empty: only /usr/bin/env' },
      {
        path: '/run/current-system',
        kind: 'link',
        detail: `-> ${storeName(st(k).active).slice(0, 12)}…-nixos-system-nixos`,
      },
      { path: '/home', kind: 'persistent', detail: 'part of the root file system' },
      { path: '/var', kind: 'persistent', detail: 'part of the root file system' },
      {
        path: '/boot',
        kind: 'writable',
        detail: 'EFI system partition with one entry per generation',
        mount: info('/boot'),
      },
      { path: '/run', kind: 'reset-at-boot', detail: 'tmpfs', mount: info('/run') },
    ];
  },
  actions(k) {
    const s = st(k);
    const cfg = getRel(s.root, CONFIG.slice(1))?.data ?? '';
    const has = /systemPackages[^\]]*\bhtop\b/.test(cfg);
    return [
      has
        ? {
            id: 'uninstall',
            label: 'Remove htop from configuration.nix and switch',
            command: "sudo sed -i 's/ htop//' /etc/nixos/configuration.nix && sudo nixos-rebuild switch",
          }
        : {
            id: 'install',
            label: 'Add htop to configuration.nix and switch',
            command:
              "sudo sed -i 's/with pkgs; \\[/with pkgs; [ htop/' /etc/nixos/configuration.nix && sudo nixos-rebuild switch",
          },
      { id: 'reboot', label: 'Reboot', command: 'sudo reboot' },
      { id: 'rollback', label: 'Roll back one generation', command: 'sudo nixos-rebuild switch --rollback' },
      { id: 'cleanup', label: 'Delete old generations', command: 'sudo nix-collect-garbage -d' },
    ];
  },
};
