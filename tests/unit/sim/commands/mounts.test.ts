import { describe, it, expect } from 'vitest';
import { run, machine } from '../helpers.ts';

describe('lsblk', () => {
  it('shows the disk behind the mounts, with every mount point of a partition', () => {
    const out = run(machine('fcos'), 'lsblk');
    expect(out.split('\n')[0]).toBe('NAME   MAJ:MIN RM SIZE RO TYPE MOUNTPOINTS');
    expect(out).toMatch(/^vda +252:0 +0 +\S+ +0 disk$/m);
    expect(out).toMatch(/^└─vda4 +252:4 +0 +\S+ +0 part \/sysroot$/m);
    expect(out).toMatch(/^ +\/var$/m);
  });
  it('marks the read-only squashfs of k3OS as a read-only loop device', () => {
    expect(run(machine('k3os'), 'lsblk')).toMatch(/^loop0 +7:0 +0 +\S+ +1 loop \/usr$/m);
  });
});

describe('df after a write ran out of space', () => {
  const fill = (system: 'fcos' | 'nixos') => {
    const m = machine(system, 'echo ' + 'x'.repeat(4000) + ' > big');
    let out = '';
    for (let i = 0; i < 20 && !out; i++) out = run(m, 'cat big >> big2');
    expect(out).toBe('cat: write error: No space left on device\n');
    return m;
  };
  it('shows the device full wherever it is mounted, until a file on it is removed', () => {
    const m = fill('fcos');
    expect(run(m, 'df -h ~')).toBe(
      'Filesystem      Size  Used Avail Use% Mounted on\n/dev/vda4       9.8G  9.8G     0 100% /var\n',
    );
    expect(run(m, 'df -h')).toContain('\n/dev/vda4       9.8G  9.8G     0 100% /sysroot\n');
    expect(run(m, 'df -h /tmp')).toMatch(/ 1% \/tmp\n$/);
    run(m, 'rm big2');
    expect(run(m, 'df -h ~')).toMatch(/ 25% \/var\n$/);
  });
  it('frees the space when the file is truncated', () => {
    const m = fill('nixos');
    expect(run(m, 'df /')).toMatch(/100% \/\n$/);
    run(m, ': > big2');
    expect(run(m, 'df /')).not.toMatch(/100% \/\n$/);
  });
});
