import { describe, it, expect } from 'vitest';
import { run, machine } from '../helpers.ts';

describe('ls -R and stat', () => {
  it('lists directories recursively with ls -R', () => {
    const m = machine('fcos', 'mkdir -p t/a/b', 'touch t/a/f');
    expect(run(m, 'ls -R t')).toBe('t:\na\n\nt/a:\nb  f\n\nt/a/b:\n');
  });
  it("prints stat's default format, with the SELinux context on Fedora", () => {
    const out = run(machine('fcos'), 'stat /etc/hostname');
    expect(out).toMatch(/^ {2}File: \/etc\/hostname\n {2}Size: 5 +\tBlocks: 8 +IO Block: 4096 {3}regular file\n/);
    expect(out).toContain('Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)\n');
    expect(out).toContain('Context: system_u:object_r:etc_t:s0\n');
    expect(run(machine('nixos'), 'stat /etc/hostname')).not.toContain('Context:');
  });
  it('formats with stat -c and says when a file is missing', () => {
    const m = machine('fcos');
    expect(run(m, "stat -c '%a %U %F' /usr/bin")).toBe('755 root directory\n');
    expect(run(m, 'stat -c %N /bin')).toBe("'/bin' -> 'usr/bin'\n");
    expect(run(m, 'stat /nope')).toBe("stat: cannot statx '/nope': No such file or directory\n");
  });
});
