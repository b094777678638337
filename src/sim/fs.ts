// Virtual file system: inodes, a mount table, path resolution with symlinks and
// mount points, and write checks in the order the Linux kernel makes them.

export type Errno =
  | 'EROFS'
  | 'EACCES'
  | 'ENOENT'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'EEXIST'
  | 'ENOTEMPTY'
  | 'ENOSPC'
  | 'ELOOP'
  | 'EPERM'
  | 'EINVAL'
  | 'EBUSY'
  | 'EXDEV'
  | 'ENAMETOOLONG';

export const ERRNO_TEXT: Record<Errno, string> = {
  EROFS: 'Read-only file system',
  EACCES: 'Permission denied',
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  ENOSPC: 'No space left on device',
  ELOOP: 'Too many levels of symbolic links',
  EPERM: 'Operation not permitted',
  EINVAL: 'Invalid argument',
  EBUSY: 'Device or resource busy',
  EXDEV: 'Invalid cross-device link',
  ENAMETOOLONG: 'File name too long',
};

export class FsError extends Error {
  readonly code: Errno;
  constructor(code: Errno) {
    super(ERRNO_TEXT[code]);
    this.code = code;
  }
}

interface NodeBase {
  mode: number;
  uid: string;
  gid: string;
  mtime: number;
}
/** A directory. The other kinds' fields are declared absent so code that has not narrowed can still test them. */
export interface DirNode extends NodeBase {
  t: 'd';
  kids: Map<string, Node>;
  /**
   * The root of a read-only btrfs subvolume (`btrfs property set … ro true`): nothing below it can be
   * changed, whichever mount it is reached through (btrfs-property(8)). A copy (cloneTree) starts writable.
   */
  subvolRo?: boolean;
  data?: undefined;
  target?: undefined;
}
export interface FileNode extends NodeBase {
  t: 'f';
  data: string;
  kids?: undefined;
  target?: undefined;
}
export interface LinkNode extends NodeBase {
  t: 'l';
  target: string;
  kids?: undefined;
  data?: undefined;
}
/** A character device; `dev` says what reading it gives (null, zero, urandom). */
export interface DevNode extends NodeBase {
  t: 'c';
  dev?: 'null' | 'zero' | 'urandom';
  kids?: undefined;
  data?: undefined;
  target?: undefined;
}
/** An inode: a discriminated union on `t`. */
export type Node = DirNode | FileNode | LinkNode | DevNode;

export interface Mount {
  target: string;
  source: string;
  fstype: string;
  options: string;
  root: Node;
  /** A read-only bind mount of a writable file system: permission bits are checked before the mount flag
   * (Linux fs/namei.c: may_open() calls inode_permission() before mnt_want_write() is reached). */
  bindRo?: boolean;
  /** Pseudo file systems that `findmnt --real` and `df` leave out. */
  pseudo?: boolean;
  /** `mount -o remount,rw` fails: the device itself is read-only (squashfs, composefs). */
  writeProtected?: boolean;
  /** A btrfs snapshot whose subvolume has ro=true: writes fail even after a rw remount (btrfs-property(8), `ro`). */
  subvolRo?: boolean;
  /** df figures in 1K blocks: [size, used]. */
  df?: [number, number];
}

export const LIMITS = {
  maxUserInodes: 3000,
  maxFileSize: 64 * 1024,
  maxSymlinkHops: 40,
};

export function dir(mode = 0o755, uid = 'root', gid = uid): DirNode {
  return { t: 'd', mode, uid, gid, mtime: 0, kids: new Map() };
}
export function file(data = '', mode = 0o644, uid = 'root', gid = uid): FileNode {
  return { t: 'f', mode, uid, gid, mtime: 0, data };
}
export function link(target: string, uid = 'root'): LinkNode {
  return { t: 'l', mode: 0o777, uid, gid: uid, mtime: 0, target };
}

/** Deep copy, used when a deployment or snapshot gets its own tree. */
export function cloneTree(n: DirNode): DirNode;
export function cloneTree(n: Node): Node;
export function cloneTree(n: Node): Node {
  if (n.t !== 'd') return { ...n };
  const c: DirNode = { ...n, kids: new Map([...n.kids].map(([k, v]) => [k, cloneTree(v)])) };
  delete c.subvolRo; // a copy starts writable
  return c;
}

/**
 * Builds a tree from a compact spec: keys are slash paths relative to `root`,
 * values are file contents (string), `{link}` or `{dir}`. Parent dirs are created.
 */
export type Spec = Record<
  string,
  string | { link: string } | { dir: true; mode?: number; uid?: string } | { data: string; mode?: number; uid?: string }
>;
export function buildTree(spec: Spec, root: DirNode = dir()): DirNode {
  for (const [path, v] of Object.entries(spec)) {
    const { dirs, name } = parentAndName(path);
    const cur = ensureDirs(root, dirs, false);
    if (typeof v === 'string') cur.kids.set(name, file(v, v.startsWith('ELF ') ? 0o755 : 0o644));
    else if ('link' in v) cur.kids.set(name, link(v.link));
    else if ('dir' in v) {
      const existing = cur.kids.get(name);
      const d = existing?.t === 'd' ? existing : dir();
      d.mode = v.mode ?? 0o755;
      d.uid = d.gid = v.uid ?? 'root';
      cur.kids.set(name, d);
    } else cur.kids.set(name, file(v.data, v.mode ?? 0o644, v.uid ?? 'root'));
  }
  return root;
}

/** A relative path split into the directories above its last name, and that name. A path with no names
 * (`''`, `'/'`) names no entry: a caller that reaches here with one has a bug, so it throws. */
function parentAndName(rel: string): { dirs: string[]; name: string } {
  const dirs = splitPath(rel);
  const name = dirs.pop();
  if (name === undefined) throw new Error(`path names no entry: '${rel}'`);
  return { dirs, name };
}

/**
 * Walks `names` down from `root`, creating each missing directory. An entry in the way that is not a directory
 * is replaced by one when `replaceOthers` is set (setRel), else it is an error in the caller's spec (buildTree).
 */
function ensureDirs(root: DirNode, names: string[], replaceOthers: boolean): DirNode {
  let cur = root;
  for (const p of names) {
    let next = cur.kids.get(p);
    if (!next || (replaceOthers && next.t !== 'd')) {
      next = dir();
      cur.kids.set(p, next);
    }
    if (next.t !== 'd') throw new FsError('ENOTDIR');
    cur = next;
  }
  return cur;
}

export function splitPath(p: string): string[] {
  return p.split('/').filter((s) => s !== '');
}
export function joinPath(base: string, rel: string): string {
  if (rel.startsWith('/')) return rel;
  return base === '/' ? '/' + rel : base + '/' + rel;
}
export function normalize(p: string): string {
  const out: string[] = [];
  for (const s of splitPath(p)) {
    if (s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return '/' + out.join('/');
}
export function basename(p: string): string {
  return splitPath(p).at(-1) ?? '/';
}

/** A directory on the way down a path. `up` is the one it was entered from (none for `/`), so `..` needs no
 * index into a stack. */
interface Frame {
  node: DirNode;
  path: string;
  up: Frame | undefined;
}

export interface Resolved {
  /** Canonical path with symlinks resolved (of the parent, plus the last name). */
  path: string;
  node: Node | undefined;
  /** The directory the last name is looked up in (resolve checks it is one before looking). */
  parent: DirNode;
  parentPath: string;
  name: string;
  mount: Mount;
  parentMount: Mount;
}

export interface Cred {
  user: string;
  /** The primary group first: files the user creates get it. */
  groups: [string, ...string[]];
}
export const ROOT: Cred = { user: 'root', groups: ['root'] };

function allowed(n: Node, c: Cred, bit: 4 | 2 | 1): boolean {
  if (c.user === 'root') return bit !== 1 || n.t === 'd' || (n.mode & 0o111) !== 0;
  if (n.uid === c.user) return ((n.mode >> 6) & bit) !== 0;
  if (c.groups.includes(n.gid)) return ((n.mode >> 3) & bit) !== 0;
  return (n.mode & bit) !== 0;
}

/** The device behind a mount: its source without a bind mount's [/subdir]. */
export function deviceOf(m: Mount): string {
  return m.source.replace(/\[.*\]$/, '');
}

export class Fs {
  mounts: Mount[] = [];
  private byTarget = new Map<string, Mount>();
  userInodes = 0;
  now = 0;
  /** Devices a write found full (ENOSPC) and nothing has freed since: df shows them with no space left. */
  full = new Set<string>();

  /** Installs a mount table; tmpfs and pseudo mounts keep their contents unless the machine boots (setMounts([]) first). */
  setMounts(ms: Mount[]): void {
    for (const m of ms) {
      const old = this.byTarget.get(m.target);
      if (old && old !== m && (m.pseudo || m.fstype === 'tmpfs') && old.fstype === m.fstype) m.root = old.root;
    }
    this.mounts = ms;
    this.byTarget = new Map(ms.map((m) => [m.target, m]));
  }
  mountAt(path: string): Mount | undefined {
    return this.byTarget.get(path);
  }
  /** The mount `/` resolves through: the first one installed (setMounts). */
  private get rootMount(): Mount {
    const m = this.mounts[0];
    if (!m) throw new Error('the file system has no mounts: call setMounts first');
    return m;
  }
  /** The mount a canonical path lives on (longest target prefix). */
  mountOf(path: string): Mount {
    let p = path;
    for (;;) {
      const m = this.byTarget.get(p);
      if (m) return m;
      if (p === '/') return this.rootMount;
      const i = p.lastIndexOf('/');
      p = i <= 0 ? '/' : p.slice(0, i);
    }
  }

  /** Resolves `p`; all components but the last must exist. Throws FsError. */
  resolve(p: string, cwd: string, cred: Cred, followLast = true): Resolved {
    if (p.length + cwd.length > 4096) throw new FsError('ENAMETOOLONG'); // PATH_MAX
    let hops = 0;
    const walk = (path: string, from: Frame, follow: boolean): Resolved => {
      let top = path.startsWith('/') ? this.rootFrame() : from;
      const parts = splitPath(path);
      for (const [i, name] of parts.entries()) {
        const last = i === parts.length - 1;
        if (!allowed(top.node, cred, 1)) throw new FsError('EACCES');
        if (name === '.' || name === '..') {
          if (name === '..' && top.up) top = top.up;
          if (last) return this.resolvedDir(top);
          continue;
        }
        const childPath = top.path === '/' ? '/' + name : top.path + '/' + name;
        const mounted = this.byTarget.get(childPath);
        const child = mounted ? mounted.root : top.node.kids.get(name);
        if (child && child.t === 'l' && (!last || follow)) {
          if (++hops > LIMITS.maxSymlinkHops) throw new FsError('ELOOP');
          const r = walk(child.target, top, true);
          if (last) return r;
          if (!r.node) throw new FsError('ENOENT');
          // Rebuild the frames for the resolved path so '..' works relative to the real location.
          top = this.frameFor(r.path);
          continue;
        }
        if (last) {
          return {
            path: childPath,
            node: child,
            parent: top.node,
            parentPath: top.path,
            name,
            mount: this.mountOf(childPath),
            parentMount: this.mountOf(top.path),
          };
        }
        if (!child) throw new FsError('ENOENT');
        if (child.t !== 'd') throw new FsError('ENOTDIR'); // a file used as a directory (`file/x`)
        top = { node: child, path: childPath, up: top };
      }
      // No names (`/`, ``): the directory itself, which is its own parent.
      return {
        path: top.path,
        node: top.node,
        parent: top.node,
        parentPath: top.path,
        name: '',
        mount: this.mountOf(top.path),
        parentMount: this.mountOf(top.path),
      };
    };
    return walk(p, this.frameFor(cwd), followLast);
  }

  /** A path that ends in `.` or `..`: the directory reached, with its real parent path and name. */
  private resolvedDir(f: Frame): Resolved {
    const pp = f.path === '/' ? '/' : f.path.slice(0, f.path.lastIndexOf('/')) || '/';
    return {
      path: f.path,
      node: f.node,
      parent: f.node,
      parentPath: pp,
      name: basename(f.path),
      mount: this.mountOf(f.path),
      parentMount: this.mountOf(pp),
    };
  }

  /** The frame of `/`. Every image's root is a directory; a mount table whose isn't is a bug, said as ENOTDIR. */
  private rootFrame(): Frame {
    const root = this.rootMount.root;
    if (root.t !== 'd') throw new FsError('ENOTDIR');
    return { node: root, path: '/', up: undefined };
  }

  /** The frames down to a canonical directory path (the cwd, or where a symlink led). */
  private frameFor(canon: string): Frame {
    let top = this.rootFrame();
    for (const name of splitPath(canon)) {
      const childPath = top.path === '/' ? '/' + name : top.path + '/' + name;
      const m = this.byTarget.get(childPath);
      const child = m ? m.root : top.node.kids.get(name);
      if (!child || child.t !== 'd') return top; // a vanished cwd: fall back to the deepest existing dir
      top = { node: child, path: childPath, up: top };
    }
    return top;
  }

  get(p: string, cwd: string, cred: Cred, follow = true): Node {
    const r = this.resolve(p, cwd, cred, follow);
    if (!r.node) throw new FsError('ENOENT');
    return r.node;
  }
  tryGet(p: string, cwd = '/', cred: Cred = ROOT, follow = true): Node | undefined {
    try {
      return this.resolve(p, cwd, cred, follow).node;
    } catch {
      return undefined;
    }
  }

  // --- checks, in the kernel's order -------------------------------------------------

  /** Creating or removing an entry in `r.parent`: the mount comes first, then permissions
   * (Linux fs/namei.c: filename_create() and do_unlinkat() call mnt_want_write() before may_create()/may_delete()). */
  checkDirWrite(r: Resolved, cred: Cred): void {
    if (isRo(r.parentMount) || this.inRoSubvol(r.parentPath)) throw new FsError('EROFS');
    if (!allowed(r.parent, cred, 2)) throw new FsError('EACCES');
  }
  /** Opening an existing file for writing: a read-only superblock wins, else permission bits, else the ro bind mount
   * (Linux fs/namei.c: inode_permission() checks sb_rdonly first, then the mode; mnt_want_write() later). */
  checkOpenWrite(r: Resolved, cred: Cred, truncate: boolean): void {
    const m = r.mount;
    if (isRo(m) && (!m.bindRo || truncate)) throw new FsError('EROFS');
    if (r.node && this.inRoSubvol(r.path)) throw new FsError('EROFS');
    if (r.node && r.node.t === 'd') throw new FsError('EISDIR');
    if (r.node && r.node.t === 'c') return;
    if (r.node && !allowed(r.node, cred, 2)) throw new FsError('EACCES');
    if (isRo(m)) throw new FsError('EROFS');
  }
  /** Whether a canonical path lies inside a read-only subvolume (below its mount's root). */
  inRoSubvol(canon: string): boolean {
    const m = this.mountOf(canon);
    let cur: Node | undefined = m.root;
    const rel = m.target === '/' ? canon : canon.slice(m.target.length);
    for (const name of splitPath(rel)) {
      if (cur?.t !== 'd') return false;
      if (cur.subvolRo && cur !== m.root) return true;
      cur = cur.kids.get(name);
    }
    return cur?.t === 'd' && cur.subvolRo === true && cur !== m.root;
  }
  checkRead(n: Node, cred: Cred): void {
    if (!allowed(n, cred, 4)) throw new FsError('EACCES');
  }
  canRead(n: Node, cred: Cred): boolean {
    return allowed(n, cred, 4);
  }
  canWrite(n: Node, cred: Cred): boolean {
    return allowed(n, cred, 2);
  }
  canExec(n: Node, cred: Cred): boolean {
    return allowed(n, cred, 1);
  }

  // --- operations ---------------------------------------------------------------

  /** ENOSPC from a write: the mount is full until something on it is freed. */
  private noSpace(m: Mount): never {
    this.full.add(deviceOf(m));
    throw new FsError('ENOSPC');
  }

  private count(delta: number): void {
    if (delta > 0 && this.userInodes + delta > LIMITS.maxUserInodes) throw new FsError('ENOSPC');
    this.userInodes = Math.max(0, this.userInodes + delta);
  }

  /** Writes (creating if needed) a regular file, the way open(O_CREAT) + write does. */
  writeFile(p: string, cwd: string, cred: Cred, data: string, append: boolean): void {
    const r = this.resolve(p, cwd, cred, true);
    if (r.node) {
      this.checkOpenWrite(r, cred, !append);
      if (r.node.t === 'c') return; // /dev/null
      const next = append ? (r.node.data ?? '') + data : data;
      if (next.length > LIMITS.maxFileSize) this.noSpace(r.mount);
      if (next.length < (r.node.data ?? '').length) this.full.delete(deviceOf(r.mount)); // truncating frees space
      r.node.data = next;
      r.node.mtime = this.now;
      return;
    }
    if (r.name === '' || p.endsWith('/')) throw new FsError('EISDIR');
    this.checkDirWrite(r, cred);
    if (data.length > LIMITS.maxFileSize) this.noSpace(r.parentMount);
    if (this.userInodes + 1 > LIMITS.maxUserInodes) this.noSpace(r.parentMount);
    this.count(1);
    const n = file(data, 0o644, cred.user, cred.groups[0]);
    n.mtime = this.now;
    r.parent.kids.set(r.name, n);
  }

  mkdir(p: string, cwd: string, cred: Cred): void {
    const r = this.resolve(p, cwd, cred, false);
    if (r.node) throw new FsError('EEXIST');
    this.create(r, cred, dir(0o755, cred.user, cred.groups[0]));
  }

  symlink(target: string, p: string, cwd: string, cred: Cred): void {
    const r = this.resolve(p, cwd, cred, false);
    if (r.node) throw new FsError('EEXIST');
    this.create(r, cred, link(target, cred.user));
  }

  /** Enters a new node as `r.name` in `r.parent`: the directory must be writable, then an inode must be free. */
  private create(r: Resolved, cred: Cred, n: Node): void {
    this.checkDirWrite(r, cred);
    this.count(1);
    n.mtime = this.now;
    r.parent.kids.set(r.name, n);
  }

  /** unlink(2) or rmdir(2). */
  remove(p: string, cwd: string, cred: Cred, isDir: boolean): void {
    const r = this.resolve(p, cwd, cred, false);
    if (!r.node) throw new FsError('ENOENT');
    if (this.mountAt(r.path) || r.path === '/') throw new FsError(isRo(r.parentMount) ? 'EROFS' : 'EBUSY');
    if (isDir) {
      if (r.node.t !== 'd') throw new FsError('ENOTDIR');
      this.checkDirWrite(r, cred);
      if (r.node.kids.size) throw new FsError('ENOTEMPTY');
    } else {
      if (r.node.t === 'd') throw new FsError('EISDIR');
      this.checkDirWrite(r, cred);
    }
    r.parent.kids.delete(r.name);
    this.count(-1);
    this.full.delete(deviceOf(r.parentMount));
  }

  rename(from: string, to: string, cwd: string, cred: Cred): void {
    const a = this.resolve(from, cwd, cred, false);
    if (!a.node) throw new FsError('ENOENT');
    let b = this.resolve(to, cwd, cred, true);
    if (b.node && b.node.t === 'd' && a.node.t !== 'd') b = this.resolve(joinPath(b.path, a.name), '/', cred, false);
    if (a.parentMount !== b.parentMount) throw new FsError('EXDEV'); // rename(2) compares mounts first
    this.checkDirWrite(a, cred);
    this.checkDirWrite(b, cred);
    if (b.path === a.path) return;
    if (a.node.t === 'd' && (b.path + '/').startsWith(a.path + '/')) throw new FsError('EINVAL');
    if (b.node && b.node.t === 'd') {
      if (a.node.t !== 'd') throw new FsError('EISDIR');
      if (b.node.kids.size) throw new FsError('ENOTEMPTY');
    }
    a.parent.kids.delete(a.name);
    b.parent.kids.set(b.name, a.node);
  }
}

export function isRo(m: Mount): boolean {
  return m.options.split(',')[0] === 'ro' || m.subvolRo === true;
}

/** A stable digest of a subtree (content, kind, owner, mode), skipping the given mount points. */
export function digestTree(n: Node, path: string, skip: Set<string>, acc: string[] = []): string[] {
  acc.push(`${path}|${n.t}|${n.mode}|${n.uid}|${n.gid}|${n.t === 'l' ? n.target : n.t === 'f' ? n.data : ''}`);
  if (n.kids) {
    for (const [k, v] of n.kids) {
      const cp = path === '/' ? '/' + k : path + '/' + k;
      if (!skip.has(cp)) digestTree(v, cp, skip, acc);
    }
  }
  return acc;
}

/** Files that differ between two trees: A added in `b`, D deleted, M modified (by content/target). */
export function diffTrees(
  a: Node | undefined,
  b: Node | undefined,
  prefix = '',
): { op: 'A' | 'M' | 'D'; path: string }[] {
  const out: { op: 'A' | 'M' | 'D'; path: string }[] = [];
  const names = new Set([...(a?.kids?.keys() ?? []), ...(b?.kids?.keys() ?? [])]);
  for (const name of [...names].sort()) {
    const x = a?.kids?.get(name);
    const y = b?.kids?.get(name);
    const p = prefix ? prefix + '/' + name : name;
    if (x && !y) out.push({ op: 'D', path: p });
    else if (!x && y) out.push({ op: 'A', path: p });
    else if (x && y) {
      if (x.t === 'd' && y.t === 'd') out.push(...diffTrees(x, y, p));
      else if (x.t !== y.t || x.data !== y.data || x.target !== y.target || x.mode !== y.mode)
        out.push({ op: 'M', path: p });
    }
  }
  return out;
}

export function getRel(root: Node, rel: string): Node | undefined {
  let cur: Node | undefined = root;
  for (const p of splitPath(rel)) cur = cur?.kids?.get(p);
  return cur;
}
/**
 * The directory at `rel` below `root`, for code that built that tree itself and knows the directory is there
 * (an image's /etc, /usr/bin). Its absence is a bug in that code, so it throws naming the path.
 */
export function dirAt(root: Node, rel: string): DirNode {
  const n = getRel(root, rel);
  if (n?.t !== 'd') throw new Error(`the tree has no directory at '${rel}'`);
  return n;
}
export function setRel(root: DirNode, rel: string, n: Node | undefined): void {
  const { dirs, name } = parentAndName(rel);
  const parent = ensureDirs(root, dirs, true);
  if (n) parent.kids.set(name, n);
  else parent.kids.delete(name);
}

/**
 * ostree's 3-way /etc merge (ostree src/libostree/ostree-sysroot-deploy.c, merge_configuration_from()): start from the new default, then carry over every
 * file the admin changed relative to the old default.
 */
export function threeWayMerge(oldDefault: Node, current: Node, newDefault: DirNode): DirNode {
  const merged = cloneTree(newDefault);
  for (const d of diffTrees(oldDefault, current)) {
    const n = getRel(current, d.path);
    setRel(merged, d.path, n ? cloneTree(n) : undefined);
  }
  return merged;
}
