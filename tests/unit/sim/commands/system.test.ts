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
    expect(run(machine('nixos'), 'uname -a')).toMatch(/PREEMPT_DYNAMIC x86_64 GNU\/Linux\n$/);
  });
});
