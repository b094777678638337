import { describe, it, expect } from 'vitest';
import {
  Fs,
  type FsError,
  dir,
  file,
  link,
  buildTree,
  diffTrees,
  threeWayMerge,
  LIMITS,
  ROOT,
  type Mount,
  type Cred,
  digestTree,
  normalize,
} from '../../../src/sim/fs.ts';

const user: Cred = { user: 'core', groups: ['core'] };

function fsWith(extra: Partial<Mount>[] = []): Fs {
  const root = buildTree({
    'usr/bin/ls': 'ELF sim:ls\n',
    'home/core': { dir: true, uid: 'core' },
    'etc/hosts': 'x\n',
    'a/loop1': { link: 'loop2' },
    'a/loop2': { link: 'loop1' },
    lnk: { link: 'usr/bin' },
    'nix/store': { dir: true },
    var: { dir: true },
  });
  const fs = new Fs();
  fs.setMounts([
    { target: '/', source: 'root', fstype: 'ext4', options: 'rw', root },
    ...extra.map((m) => ({ source: 'x', fstype: 'ext4', options: 'ro', root: dir(), ...m }) as Mount),
  ]);
  return fs;
}

function code(f: () => void): string | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as FsError).code;
  }
}

describe('path resolution', () => {
  it('follows symlinks in the middle and at the end', () => {
    const fs = fsWith();
    expect(fs.resolve('/lnk/ls', '/', ROOT).path).toBe('/usr/bin/ls');
    expect(fs.resolve('../../usr/bin', '/home/core', ROOT).path).toBe('/usr/bin');
  });
  it('reports ELOOP for symlink cycles', () => {
    expect(code(() => fsWith().get('/a/loop1', '/', ROOT))).toBe('ELOOP');
  });
  it('normalizes paths', () => {
    expect(normalize('/a/./b/../c//')).toBe('/a/c');
  });
  it('switches to a mounted root at the mount point', () => {
    const inner = buildTree({ f: 'mounted\n' });
    const fs = fsWith([{ target: '/usr', root: inner, options: 'ro' }]);
    expect(fs.get('/usr/f', '/', ROOT).data).toBe('mounted\n');
    expect(fs.mountOf('/usr/f').target).toBe('/usr');
  });
});

describe('write checks follow the kernel (EROFS before EACCES, root bypasses modes)', () => {
  it('gives EROFS for creation on a read-only mount, for root and users alike', () => {
    const fs = fsWith([{ target: '/usr', options: 'ro' }]);
    expect(code(() => fs.writeFile('/usr/x', '/', ROOT, '', false))).toBe('EROFS');
    expect(code(() => fs.writeFile('/usr/x', '/', user, '', false))).toBe('EROFS');
  });
  it('gives EACCES to users writing an existing file on a ro bind mount, EROFS to root', () => {
    const store = buildTree({ f: 'x' });
    const fs = fsWith([{ target: '/nix/store', options: 'ro', bindRo: true, root: store }]);
    expect(code(() => fs.writeFile('/nix/store/f', '/', user, 'y', true))).toBe('EACCES');
    expect(code(() => fs.writeFile('/nix/store/f', '/', ROOT, 'y', true))).toBe('EROFS');
    // O_TRUNC gives EROFS to everyone
    expect(code(() => fs.writeFile('/nix/store/f', '/', user, 'y', false))).toBe('EROFS');
  });
  it('gives EACCES for users in root-owned directories', () => {
    expect(code(() => fsWith().writeFile('/etc/new', '/', user, '', false))).toBe('EACCES');
  });
  it('refuses more files than the limit with ENOSPC', () => {
    const fs = fsWith();
    let err: string | undefined;
    for (let i = 0; i <= LIMITS.maxUserInodes && !err; i++)
      err = code(() => fs.writeFile(`/home/core/f${i}`, '/', user, '', false));
    expect(err).toBe('ENOSPC');
  });
  it('refuses files larger than the limit with ENOSPC', () => {
    expect(code(() => fsWith().writeFile('/home/core/big', '/', user, 'x'.repeat(LIMITS.maxFileSize + 1), false))).toBe(
      'ENOSPC',
    );
  });
  it('refuses rename across mounts with EXDEV', () => {
    const fs = fsWith([{ target: '/var', options: 'rw' }]);
    fs.writeFile('/home/core/a', '/', ROOT, '', false);
    expect(code(() => fs.rename('/home/core/a', '/var/a', '/', ROOT))).toBe('EXDEV');
  });
});

describe('tree helpers', () => {
  it('diffs trees with A/M/D', () => {
    const a = buildTree({ x: '1', y: '2', 'd/z': '3' });
    const b = buildTree({ x: '1', y: 'changed', 'd/w': '4' });
    expect(
      diffTrees(a, b)
        .map((d) => d.op + d.path)
        .sort(),
    ).toEqual(['Ad/w', 'Dd/z', 'My']);
  });
  it('keeps admin changes and takes new defaults in a 3-way merge (the /etc merge of ostree)', () => {
    const oldDef = buildTree({ a: 'old-a', b: 'old-b' });
    const current = buildTree({ a: 'mine', b: 'old-b', extra: 'added' });
    const newDef = buildTree({ a: 'new-a', b: 'new-b' });
    const merged = threeWayMerge(oldDef, current, newDef);
    expect(merged.kids!.get('a')!.data).toBe('mine');
    expect(merged.kids!.get('b')!.data).toBe('new-b');
    expect(merged.kids!.get('extra')!.data).toBe('added');
  });
  it('digests content, owner and mode', () => {
    const t = buildTree({ f: 'x' });
    const d1 = digestTree(t, '/', new Set()).join();
    t.kids!.get('f')!.mode = 0o600;
    expect(digestTree(t, '/', new Set()).join()).not.toBe(d1);
    void file;
    void link;
  });
});
