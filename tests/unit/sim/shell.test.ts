import { describe, it, expect } from 'vitest';
import { Machine } from '../../../src/sim/index.ts';
import { MAX_LINE } from '../../../src/sim/shell.ts';
import { run, machine } from './helpers.ts';

describe('lists and pipes', () => {
  it('runs ; && || with bash semantics', () => {
    const m = machine('fcos');
    expect(run(m, 'true && echo yes || echo no')).toBe('yes\n');
    expect(run(m, 'false && echo yes || echo no')).toBe('no\n');
    expect(run(m, 'echo a; echo b')).toBe('a\nb\n');
    expect(run(m, 'false; echo $?')).toBe('1\n');
  });
  it('pipes into grep, head, wc and tee', () => {
    const m = machine('fcos');
    expect(run(m, 'cat /etc/os-release | grep ^ID=')).toBe('ID=fedora\n');
    expect(run(m, 'cat /etc/passwd | head -1')).toBe('root:x:0:0:Super User:/root:/bin/bash\n');
    expect(run(m, 'cat /etc/passwd | wc -l')).toBe('2\n');
    expect(run(m, 'echo hi | tee a.txt', 'cat a.txt')).toBe('hi\n');
  });
});

describe('redirection (§1.1, §1.2)', () => {
  it("prints bash's interactive error for a read-only target", () => {
    const m = machine('fcos');
    const r = m.run('echo x > /usr/x');
    expect(r.output).toBe('bash: /usr/x: Read-only file system\n');
    expect(r.exitCode).toBe(1);
  });
  it('opens the file in the calling shell, so sudo does not help', () => {
    expect(run(machine('fcos'), 'sudo echo x > /etc/foo')).toBe('bash: /etc/foo: Permission denied\n');
  });
  it('appends with >> and reads with <', () => {
    const m = machine('microos', 'echo a > f', 'echo b >> f');
    expect(run(m, 'cat f')).toBe('a\nb\n');
    expect(run(m, 'wc -l < f')).toBe('2\n');
  });
  it('sends 2>/dev/null and 2>&1 through without errors', () => {
    const m = machine('fcos');
    expect(run(m, 'echo ok 2>&1')).toBe('ok\n');
    expect(run(m, 'echo x > /dev/null')).toBe('');
  });
});

describe('words and expansions', () => {
  it('handles quotes, variables, ~ and globs', () => {
    const m = machine('nixos', 'touch a1 a2 b1');
    expect(run(m, 'echo "a  b" \'$HOME\' $USER')).toBe('a  b $HOME alice\n');
    expect(run(m, 'echo ~')).toBe('/home/alice\n');
    expect(run(m, 'echo a*')).toBe('a1 a2\n');
    expect(run(m, 'echo z*')).toBe('z*\n');
  });
  it('refuses unbalanced quotes like bash -c', () => {
    const r = Machine.create('fcos').run('echo "abc');
    expect(r.output).toBe('bash: unexpected EOF while looking for matching `"\'\n');
    expect(r.exitCode).toBe(2);
  });
  it('reports syntax errors', () => {
    expect(run(machine('fcos'), 'echo a ;; echo b')).toMatch(/^bash: syntax error near unexpected token/);
    expect(run(machine('fcos'), '| ls')).toBe("bash: syntax error near unexpected token `|'\n");
  });
});

describe('commands', () => {
  it('says command not found with a hint listing the simulated commands', () => {
    const r = Machine.create('fcos').run('frobnicate');
    expect(r.exitCode).toBe(127);
    expect(r.output.split('\n')[0]).toBe('bash: frobnicate: command not found');
    expect(r.output).toContain('Simulated commands:');
    expect(r.output).toContain('rpm-ostree');
  });
  it('says it without a hint for a package that is simply not installed', () => {
    expect(run(machine('fcos'), 'htop')).toBe('bash: htop: command not found\n');
  });
  it('runs sudo as root, sudo -i as a root shell, exit back', () => {
    const m = machine('fcos');
    expect(run(m, 'sudo whoami')).toBe('root\n');
    run(m, 'sudo -i');
    expect(m.prompt()).toBe('[root@fcos ~]# ');
    run(m, 'exit');
    expect(m.prompt()).toBe('[core@fcos ~]$ ');
    expect(run(m, 'sudo cd /')).toBe('sudo: cd: command not found\n');
  });
  it('changes directory with cd and shows it in the prompt', () => {
    const m = machine('fcos', 'cd /etc');
    expect(m.prompt()).toBe('[core@fcos etc]$ ');
    expect(run(m, 'pwd')).toBe('/etc\n');
    expect(run(m, 'cd /nope')).toBe('bash: cd: /nope: No such file or directory\n');
    expect(run(m, 'cd /etc/hostname')).toBe('bash: cd: /etc/hostname: Not a directory\n');
  });
  it("keeps history in bash's format", () => {
    const m = machine('fcos', 'ls', 'pwd');
    expect(run(m, 'history')).toBe('    1  ls\n    2  pwd\n    3  history\n');
    expect(m.history()).toEqual(['ls', 'pwd', 'history']);
  });
  it('clears the screen', () => {
    expect(Machine.create('fcos').run('clear').cleared).toBe(true);
  });
  it('lists what works with help', () => {
    expect(run(machine('k3os'), 'help')).toContain('simulated k3OS machine');
  });
});

describe('bounds', () => {
  it('refuses overlong lines with a message', () => {
    const r = Machine.create('fcos').run('echo ' + 'x'.repeat(MAX_LINE));
    expect(r.exitCode).toBe(1);
    expect(r.output).toMatch(/at most 4096/);
  });
  it('truncates huge output', () => {
    const m = machine('fcos', 'echo ' + 'x'.repeat(4000) + ' > big');
    for (let i = 0; i < 15; i++) run(m, 'cat big big big big >> big2');
    const r = m.run('cat big2 big2 big2 big2');
    expect(r.output.length).toBeLessThan(70_000);
  });
  it('fills up with No space left on device', () => {
    const m = machine('fcos', 'echo ' + 'x'.repeat(4000) + ' > big');
    let out = '';
    for (let i = 0; i < 20 && !out; i++) out = run(m, 'cat big >> big2');
    expect(out).toBe('bash: big2: No space left on device\n');
  });
});
