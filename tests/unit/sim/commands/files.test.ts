import { describe, it, expect } from 'vitest';
import { run, machine } from '../helpers.ts';

describe('writable places are writable', () => {
  it('empties /var with rm -rf, and only the mount point itself stays', () => {
    const m = machine('fcos', 'touch /var/tmp/x');
    expect(run(m, 'sudo rm -rf /var')).toBe("rm: cannot remove '/var': Read-only file system\n");
    expect(run(m, 'sudo ls -A /var')).toBe('');
  });
  it('empties /tmp, a tmpfs whose parent is writable on k3OS: the mount point is busy', () => {
    const m = machine('k3os', 'touch /tmp/x', 'mkdir /tmp/d');
    const out = run(m, 'sudo rm -rf /etc');
    expect(out).toBe("rm: cannot remove '/etc': Device or resource busy\n");
    expect(run(m, 'sudo ls -A /etc')).toBe('');
  });
  it('refuses . and ..', () => {
    expect(run(machine('fcos'), 'rm -rf .')).toBe("rm: refusing to remove '.' or '..' directory: skipping '.'\n");
  });
  it('says "cannot create regular file" when cp meets an existing file on a read-only file system', () => {
    expect(run(machine('fcos'), 'sudo cp /etc/hostname /usr/bin/ls')).toBe(
      "cp: cannot create regular file '/usr/bin/ls': Read-only file system\n",
    );
    expect(run(machine('fcos'), 'cp /etc/hostname /etc/passwd')).toBe(
      "cp: cannot open '/etc/passwd' for writing: Permission denied\n",
    );
  });
});
