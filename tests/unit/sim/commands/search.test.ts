import { describe, it, expect } from 'vitest';
import { run, machine, code } from '../helpers.ts';

describe('find', () => {
  it('finds by name, type and depth', () => {
    const m = machine('fcos', 'mkdir -p t/a', 'touch t/x.conf t/a/y.conf t/a/z.txt');
    expect(run(m, "find t -name '*.conf'")).toBe('t/a/y.conf\nt/x.conf\n');
    expect(run(m, 'find t -type d')).toBe('t\nt/a\n');
    expect(run(m, 'find t -maxdepth 1 -type f')).toBe('t/x.conf\n');
    expect(run(m, "find t -name '*.txt' -o -name 'x*'")).toBe('t/a/z.txt\nt/x.conf\n');
    expect(run(m, "find t ! -name '*.conf' -type f")).toBe('t/a/z.txt\n');
  });
  it('reports unreadable directories and missing starting points', () => {
    const m = machine('fcos');
    const r = m.run('find /var -maxdepth 1 -name roothome');
    expect(r.output).toBe('/var/roothome\n');
    expect(run(m, 'find /var/roothome')).toBe("/var/roothome\nfind: '/var/roothome': Permission denied\n");
    expect(code(m, 'find /nope')).toBe(1);
    expect(run(m, 'find . -frob')).toBe("find: unknown predicate `-frob'\n");
    expect(run(m, 'find . !')).toBe("find: expected an expression after '!'\n");
    expect(code(m, 'find . -not')).toBe(1);
  });
});
