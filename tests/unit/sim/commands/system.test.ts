import { describe, it, expect } from 'vitest';
import { run, machine, code } from '../helpers.ts';

describe('which and uname', () => {
  it('finds programs on PATH, with the messages of each system', () => {
    const m = machine('fcos');
    expect(run(m, 'which ls')).toBe('/usr/bin/ls\n');
    expect(run(m, 'which htop')).toMatch(/^\/usr\/bin\/which: no htop in \(.*\/usr\/bin.*\)\n$/);
    expect(code(m, 'which htop')).toBe(1);
    expect(run(machine('nixos'), 'which htop')).toMatch(/^which: no htop in /);
    expect(run(machine('k3os'), 'which htop')).toBe('');
  });
  it('prints uname -a with processor and platform only where the distribution patches them in', () => {
    expect(run(machine('fcos'), 'uname -a')).toMatch(/ x86_64 x86_64 x86_64 GNU\/Linux\n$/);
    expect(run(machine('nixos'), 'uname -a')).toMatch(
      /PREEMPT_DYNAMIC Sun Jan 11 14:26:20 UTC 2026 x86_64 GNU\/Linux\n$/,
    );
  });
  it('prints the kernel strings NixOS 26.05 and k3OS v0.21.5 ship', () => {
    expect(run(machine('nixos'), 'uname -a')).toBe(
      'Linux nixos 6.18.5 #1-NixOS SMP PREEMPT_DYNAMIC Sun Jan 11 14:26:20 UTC 2026 x86_64 GNU/Linux\n',
    );
    const k3os = machine('k3os');
    expect(run(k3os, 'uname -r')).toBe('5.4.0-88-generic\n');
    // The build number is sourced; the build date is not, so it is left out (k3os.ts KERNEL_BUILD).
    expect(run(k3os, 'uname -v')).toBe('#99 SMP\n');
    expect(run(k3os, 'uname -a')).toMatch(/^Linux k3os-\d+ 5\.4\.0-88-generic #99 SMP x86_64 GNU\/Linux\n$/);
  });
});
