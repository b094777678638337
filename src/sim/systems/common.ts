// Pieces the four system modules share: program files, standard /etc files and mounts.
import { buildTree, dir, file, type DirNode, type Spec, type Mount } from '../fs.ts';
import { COMMON_BINARIES, SYSTEMD_BINARIES } from '../coreutils.ts';
import { type Io, type FsMapEntry, Kernel } from '../kernel.ts';

/** A program file; the shell runs the implementation named after `sim:`. */
export function elf(name: string): string {
  return `ELF sim:${name}\n`;
}

export function binaries(names: string[], prefix = ''): Spec {
  const spec: Spec = {};
  for (const n of names) spec[`${prefix}${n}`] = elf(n);
  return spec;
}

/** /usr/bin with coreutils and friends, plus `extra` system tools. */
export function usrBin(extra: string[], withSystemd = true): Spec {
  const names = [...COMMON_BINARIES, 'bash', 'sh', ...extra];
  if (withSystemd) names.push(...SYSTEMD_BINARIES);
  return binaries(names, 'bin/');
}

export function passwd(user: string, uid: number, home: string): string {
  return `root:x:0:0:Super User:/root:/bin/bash\n${user}:x:${uid}:${uid}:${user}:${home}:/bin/bash\n`;
}

export function groupFile(user: string, uid: number, groups: [number, string][]): string {
  const lines = ['root:x:0:'];
  for (const [gid, g] of groups) lines.push(`${g}:x:${gid}:${user}`);
  lines.push(`${user}:x:${uid}:`);
  return lines.join('\n') + '\n';
}

/** The account files every /etc has; /etc/shadow is unreadable for users. */
export function etcAccounts(root: DirNode, user: string, uid: number, groups: [number, string][], home: string): void {
  buildTree({ passwd: passwd(user, uid, home), group: groupFile(user, uid, groups) }, root);
  root.kids.set('shadow', file(`root:!locked::0:99999:7:::\n${user}:!:20000:0:99999:7:::\n`, 0o000));
}

export function homeDir(user: string, group = user): DirNode {
  const h = dir(0o700, user, group);
  h.kids.set('.bashrc', file('# .bashrc\n', 0o644, user, group));
  return h;
}

export function tmpfs(target: string, options = 'rw,nosuid,nodev'): Mount {
  return {
    target,
    source: 'tmpfs',
    fstype: 'tmpfs',
    options,
    root: Kernel.tmpfsRoot(target === '/run' ? 0o755 : 0o1777),
    pseudo: true,
    df: [1014532, 1024],
  };
}

/** /proc, /sys and /dev, with /dev/null as a character device that swallows writes. */
export function pseudoMounts(): Mount[] {
  const devRoot = dir();
  for (const dev of ['null', 'zero', 'urandom'] as const)
    devRoot.kids.set(dev, { t: 'c', dev, mode: 0o666, uid: 'root', gid: 'root', mtime: 0 });
  return [
    {
      target: '/proc',
      source: 'proc',
      fstype: 'proc',
      options: 'rw,nosuid,nodev,noexec,relatime',
      root: dir(0o555),
      pseudo: true,
    },
    {
      target: '/sys',
      source: 'sysfs',
      fstype: 'sysfs',
      options: 'ro,nosuid,nodev,noexec,relatime',
      root: dir(0o555),
      pseudo: true,
    },
    {
      target: '/dev',
      source: 'devtmpfs',
      fstype: 'devtmpfs',
      options: 'rw,nosuid,size=4096k,nr_inodes=1048576,mode=755',
      root: devRoot,
      pseudo: true,
      df: [4096, 0],
    },
  ];
}

export function needRoot(io: Io, message: string): boolean {
  if (io.cred.user === 'root') return false;
  io.err(message);
  return true;
}

/** os-release text; keys in `bare` are written unquoted, a value starting with ' is kept as written. */
export function osRelease(fields: [string, string][], bare: string[] = []): string {
  return fields.map(([k, v]) => `${k}=${bare.includes(k) || v.startsWith("'") ? v : `"${v}"`}`).join('\n') + '\n';
}

/** A lookup table safe for names typed by the user (no prototype, so `__proto__` is just a miss). */
export function dict<T>(o: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, o);
}

/** A package a system can install, with the program files it adds. */
export interface Pkg {
  name: string;
  version: string;
  bins: string[];
  size: string;
}

/** The mount at `target` as the file-system map shows it. */
export function mountInfo(k: Kernel, target: string): FsMapEntry['mount'] {
  const m = k.fs.mountAt(target);
  return m ? { source: m.source, fstype: m.fstype, options: m.options } : undefined;
}

/**
 * The working directory as bash shows it: $PWD when it names the current directory through
 * symlinks (bash keeps the logical path, e.g. /root on Fedora CoreOS where /root -> var/roothome),
 * else the physical one.
 */
export function logicalCwd(k: Kernel): string {
  const pwd = k.env.PWD;
  if (!pwd || pwd === k.cwd) return k.cwd;
  try {
    return k.fs.resolve(pwd, '/', k.cred('root'), true).path === k.cwd ? pwd : k.cwd;
  } catch {
    return k.cwd;
  }
}

/** bash's \w: the working directory with the home directory shown as ~. */
export function tildeCwd(k: Kernel): string {
  const home = k.env.HOME ?? '/';
  return k.cwd === home ? '~' : k.cwd.startsWith(home + '/') ? '~' + k.cwd.slice(home.length) : k.cwd;
}

/** Top-level directories every root file system has; mount points for the pseudo file systems. */
export const SKELETON: Spec = {
  root: { dir: true, mode: 0o700 },
  tmp: { dir: true, mode: 0o1777 },
  run: { dir: true },
  dev: { dir: true },
  proc: { dir: true },
  sys: { dir: true },
};

/** /root for root, /home/<user> otherwise. */
export function homeInHome(user: string): string {
  return user === 'root' ? '/root' : '/home/' + user;
}
