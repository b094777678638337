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

describe('redirection (bash: errors come from open(2) and write(2))', () => {
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
  it('sends 2>/dev/null and 2>&1 where they point', () => {
    const m = machine('fcos');
    expect(run(m, 'echo ok 2>&1')).toBe('ok\n');
    expect(run(m, 'echo x > /dev/null')).toBe('');
    expect(run(m, 'ls /nope 2>/dev/null; echo status=$?')).toBe('status=2\n');
    expect(run(m, 'ls /nope 2>&1 | wc -l')).toBe('1\n');
    expect(run(m, 'ls /nope > /tmp/o 2>&1; cat /tmp/o')).toBe("ls: cannot access '/nope': No such file or directory\n");
    // Order matters: 2>&1 first copies the terminal, then > moves only stdout.
    expect(run(m, 'ls /nope 2>&1 > /tmp/p')).toBe("ls: cannot access '/nope': No such file or directory\n");
    expect(run(m, 'ls /nope 2> /tmp/e; cat /tmp/e')).toBe("ls: cannot access '/nope': No such file or directory\n");
    expect(run(m, 'echo to-err >&2 2>/dev/null')).toBe('to-err\n');
    expect(run(m, 'ls /nope &> /tmp/both; wc -l < /tmp/both')).toBe('1\n');
  });
  it('parses `echo 2 > file` as a word, not a descriptor', () => {
    expect(run(machine('fcos'), 'echo 2 > /tmp/a; cat /tmp/a')).toBe('2\n');
  });
  it('reads a here-string', () => {
    expect(run(machine('fcos'), 'wc -w <<< "a b c"')).toBe('3\n');
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
  it("reports syntax errors in bash's words", () => {
    expect(run(machine('fcos'), 'echo a ;; echo b')).toBe("bash: syntax error near unexpected token `;;'\n");
    expect(run(machine('fcos'), '| ls')).toBe("bash: syntax error near unexpected token `|'\n");
    expect(run(machine('fcos'), 'echo >')).toBe("bash: syntax error near unexpected token `newline'\n");
    expect(run(machine('fcos'), 'fi')).toBe("bash: syntax error near unexpected token `fi'\n");
    expect(run(machine('fcos'), 'for x in a b; echo $x; done')).toBe(
      "bash: syntax error near unexpected token `echo'\n",
    );
    expect(run(machine('fcos'), 'if true; then echo')).toBe('bash: syntax error: unexpected end of file\n');
    expect(machine('fcos').run('ls &&').exitCode).toBe(2);
  });
});

describe('variables and expansion per command', () => {
  it('sees an export made earlier on the same line', () => {
    expect(run(machine('fcos'), 'export FOO=bar; echo $FOO')).toBe('bar\n');
  });
  it('keeps plain assignments as shell variables, not in the environment', () => {
    const m = machine('fcos', 'a=1');
    expect(run(m, 'echo "a is $a"')).toBe('a is 1\n');
    expect(run(m, 'env | grep -c ^a=')).toBe('0\n');
    expect(run(m, 'export a; env | grep ^a=')).toBe('a=1\n');
    expect(run(m, 'unset a; echo "[$a]"')).toBe('[]\n');
  });
  it('gives a command its own NAME=value environment only', () => {
    const m = machine('fcos');
    expect(run(m, 'GREETING=hi env | grep GREETING')).toBe('GREETING=hi\n');
    expect(run(m, 'echo "[$GREETING]"')).toBe('[]\n');
  });
  it('expands $? per command', () => {
    expect(run(machine('fcos'), 'false; echo $?; true; echo $?')).toBe('1\n0\n');
    expect(run(machine('fcos'), 'ls /nope 2>/dev/null || echo failed with $?')).toBe('failed with 2\n');
  });
  it('substitutes commands with $( ) and backquotes, and does arithmetic', () => {
    const m = machine('fcos');
    expect(run(m, 'echo "host: $(hostname)"')).toBe('host: fcos\n');
    expect(run(m, 'echo `whoami`')).toBe('core\n');
    expect(run(m, "echo $(printf 'a   b')")).toBe('a b\n');
    expect(run(m, 'echo "$(printf \'a   b\')"')).toBe('a   b\n');
    expect(run(m, 'echo $((2 + 3 * 4)) $(( (2+3)*4 ))')).toBe('14 20\n');
    expect(run(m, 'n=5; echo $((n - 1))')).toBe('4\n');
  });
  it('does not let a $( ) subshell change the working directory', () => {
    expect(run(machine('fcos'), 'x=$(cd /; pwd); echo $x; pwd')).toBe('/\n/var/home/core\n');
  });
  it('uses ${var:-default} and ${#var}', () => {
    expect(run(machine('fcos'), 'echo ${NOPE:-fallback} ${#USER}')).toBe('fallback 4\n');
  });
  it('globs in any path component, and keeps a pattern without matches', () => {
    const m = machine('fcos');
    expect(run(m, 'echo /e*/os-rel*')).toBe('/etc/os-release\n');
    expect(run(m, 'echo /u*/lib*/os-release')).toBe('/usr/lib/os-release\n');
    expect(run(m, 'echo /nonexistent/*')).toBe('/nonexistent/*\n');
    expect(run(m, 'echo "/e*"')).toBe('/e*\n');
  });
});

describe('compound commands on one line', () => {
  it('loops with for', () => {
    expect(run(machine('fcos'), 'for x in a b c; do echo item $x; done')).toBe('item a\nitem b\nitem c\n');
    expect(run(machine('fcos'), 'for f in /etc/host*; do echo $f; done')).toContain('/etc/hostname\n');
  });
  it('branches with if/elif/else and test or [ ]', () => {
    const m = machine('fcos');
    expect(run(m, 'if [ -w /usr ]; then echo writable; else echo read-only; fi')).toBe('read-only\n');
    expect(run(m, 'if test -d /var; then echo dir; fi')).toBe('dir\n');
    expect(run(m, 'if false; then echo a; elif true; then echo b; fi')).toBe('b\n');
  });
  it('stops a loop that never ends', () => {
    const r = machine('fcos').run('while true; do :; done');
    expect(r.output).toMatch(/loop stopped after 1000 rounds/);
    expect(r.exitCode).toBe(1);
  });
  it('runs { } groups and ( ) subshells, with redirections on them', () => {
    expect(run(machine('fcos'), '{ echo a; echo b; } > /tmp/g; cat /tmp/g')).toBe('a\nb\n');
    expect(run(machine('fcos'), '(cd /; pwd); pwd')).toBe('/\n/var/home/core\n');
  });
  it('negates with !', () => {
    expect(run(machine('fcos'), '! false && echo yes')).toBe('yes\n');
  });
});

describe('commands', () => {
  it('says command not found as bash does, with status 127', () => {
    const r = Machine.create('fcos').run('frobnicate');
    expect(r.exitCode).toBe(127);
    expect(r.output).toBe('bash: frobnicate: command not found\n');
    expect(run(machine('fcos'), 'help')).toContain('rpm-ostree');
  });
  it('says so, and fails, for a program the real system has but the simulator does not emulate', () => {
    const r = Machine.create('fcos').run('vi /etc/hostname');
    expect(r.output).toBe('vi: /usr/bin/vi is installed on Fedora CoreOS; this simulator does not emulate it\n');
    expect(r.exitCode).toBe(1);
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
    // The writing command reports it, as write(2) fails in it, not in the shell.
    expect(out).toBe('cat: write error: No space left on device\n');
  });
});
