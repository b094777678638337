import { describe, it, expect } from 'vitest';
import { run, machine, code } from '../helpers.ts';

describe('test and [', () => {
  it('tests files, strings and numbers', () => {
    const m = machine('fcos');
    expect(code(m, 'test -d /etc')).toBe(0);
    expect(code(m, 'test -f /etc')).toBe(1);
    expect(code(m, '[ -e /nope ]')).toBe(1);
    expect(code(m, '[ -L /bin ]')).toBe(0);
    expect(code(m, '[ abc = abc ]')).toBe(0);
    expect(code(m, '[ -z "" ]')).toBe(0);
    expect(code(m, '[ 3 -lt 10 ]')).toBe(0);
    expect(code(m, '[ ! 3 -lt 10 ]')).toBe(1);
    expect(code(m, '[ -d /etc -a -d /var ]')).toBe(0);
  });
  it('says -w is false on a read-only file system even for root, as access(2) does', () => {
    const m = machine('fcos');
    expect(code(m, 'sudo test -w /usr/bin')).toBe(1);
    expect(code(m, 'sudo test -w /var')).toBe(0);
    expect(code(m, 'test -w /etc/hostname')).toBe(1);
  });
  it("prints bash's errors", () => {
    const m = machine('fcos');
    expect(m.run('[ 1 -eq 1').output).toBe("bash: [: missing `]'\n");
    const r = m.run('[ a -lt 1 ]');
    expect(r.output).toBe('bash: [: a: integer expression expected\n');
    expect(r.exitCode).toBe(2);
    expect(run(m, 'test -x')).toBe('');
  });
});
