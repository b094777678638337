import { describe, it, expect } from 'vitest';
import { run, machine } from '../helpers.ts';

const ABCD = 'printf "a\\nb\\nc\\nd\\n" > /tmp/f';

describe('text commands', () => {
  it('prints lines by number and range with sed -n', () => {
    const m = machine('fcos', ABCD);
    expect(run(m, 'sed -n 2p /tmp/f')).toBe('b\n');
    expect(run(m, 'sed -n 2,3p /tmp/f')).toBe('b\nc\n');
    expect(run(m, "sed -n '$p' /tmp/f")).toBe('d\n');
    expect(run(m, 'sed -n /b/,/c/p /tmp/f')).toBe('b\nc\n');
    expect(run(m, 'sed 1d /tmp/f')).toBe('b\nc\nd\n');
  });
  it('counts bytes with head -c and tail -c', () => {
    const m = machine('fcos', ABCD);
    // The simulator's terminal ends output with a newline, as a prompt on its own line would show it.
    expect(run(m, 'head -c 3 /tmp/f')).toBe('a\nb\n');
    expect(run(m, 'head -c 3 /tmp/f | wc -c')).toBe('3\n');
    expect(run(m, 'tail -c 2 /tmp/f')).toBe('d\n');
    expect(run(m, 'head -c x /tmp/f')).toBe("head: invalid number of bytes: 'x'\n");
  });
  it('sorts, counts duplicates and cuts fields', () => {
    const m = machine('fcos');
    expect(run(m, 'printf "b\\na\\nb\\n" | sort')).toBe('a\nb\nb\n');
    expect(run(m, 'printf "b\\na\\nb\\n" | sort -r -u')).toBe('b\na\n');
    expect(run(m, 'printf "10\\n9\\n100\\n" | sort -n')).toBe('9\n10\n100\n');
    expect(run(m, 'printf "b\\na\\nb\\n" | sort | uniq -c')).toBe('      1 a\n      2 b\n');
    expect(run(m, 'echo a:b:c | cut -d: -f2-')).toBe('b:c\n');
    expect(run(m, 'cut -d: -f1,7 /etc/passwd | head -n 1')).toBe('root:/bin/bash\n');
    expect(run(m, 'echo hello | cut -c 2-3')).toBe('el\n');
  });
  it('shows a file with less, which cannot page here', () => {
    expect(run(machine('fcos'), 'less /etc/hostname')).toBe('fcos\n');
    expect(run(machine('fcos'), 'less')).toBe('Missing filename ("less --help" for help)\n');
  });
  it('interprets escapes with echo -e and printf', () => {
    const m = machine('fcos');
    expect(run(m, "echo -e 'a\\tb\\nc'")).toBe('a\tb\nc\n');
    expect(run(m, "echo 'a\\tb'")).toBe('a\\tb\n');
    expect(run(m, "printf '%s=%d\\n' a 1 b 2")).toBe('a=1\nb=2\n');
    expect(run(m, "printf '%5s|%-3s|%03d\\n' x y 7")).toBe('    x|y  |007\n');
    expect(m.run('printf %d abc').output).toBe('bash: printf: abc: invalid number\n0\n');
  });
  it('reads /dev/zero and /dev/urandom without end, and writes to /dev/null', () => {
    const m = machine('fcos');
    expect(run(m, 'head -c 8 /dev/zero | wc -c')).toBe('8\n');
    expect(run(m, 'head -c 16 /dev/urandom | wc -c')).toBe('16\n');
    expect(run(m, 'cat /dev/null | wc -c')).toBe('0\n');
  });
});
