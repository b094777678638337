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
