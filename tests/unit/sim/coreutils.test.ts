import { describe, it, expect } from 'vitest';
import { Machine } from '../../../src/sim/index.ts';
import { run, machine } from './helpers.ts';

// GNU coreutils' messages, each run as root on a read-only mount, exit status 1.
const TABLE: [string, string][] = [
  ['touch /usr/bin/foo', "touch: cannot touch '/usr/bin/foo': Read-only file system\n"],
  ['mkdir /usr/bin/newdir', 'mkdir: cannot create directory \u2018/usr/bin/newdir\u2019: Read-only file system\n'],
  ['rm /usr/bin/ls', "rm: cannot remove '/usr/bin/ls': Read-only file system\n"],
  ['rm -f /usr/bin/ls', "rm: cannot remove '/usr/bin/ls': Read-only file system\n"],
  ['rm -rf /usr/bin/ls', "rm: cannot remove '/usr/bin/ls': Read-only file system\n"],
  ['rmdir /usr/lib', "rmdir: failed to remove '/usr/lib': Read-only file system\n"],
  ['cp x /usr/bin/', "cp: cannot create regular file '/usr/bin/x': Read-only file system\n"],
  ['mv /usr/bin/ls /usr/bin/b', "mv: cannot move '/usr/bin/ls' to '/usr/bin/b': Read-only file system\n"],
  ['ln -s x /usr/bin/l', "ln: failed to create symbolic link '/usr/bin/l': Read-only file system\n"],
  ['chmod 755 /usr/bin/ls', "chmod: changing permissions of '/usr/bin/ls': Read-only file system\n"],
  ['chown root /usr/bin/ls', "chown: changing ownership of '/usr/bin/ls': Read-only file system\n"],
  ['install -m755 x /usr/bin/h', "install: cannot create regular file '/usr/bin/h': Read-only file system\n"],
  ['truncate -s0 /usr/bin/ls', "truncate: cannot open '/usr/bin/ls' for writing: Read-only file system\n"],
  ['dd of=/usr/bin/ls', "dd: failed to open '/usr/bin/ls': Read-only file system\n"],
  ['echo x | tee /usr/bin/ls', 'tee: /usr/bin/ls: Read-only file system\nx\n'],
];

describe('coreutils error strings, as root on every system with a read-only /usr', () => {
  for (const system of ['fcos', 'microos', 'k3os'] as const) {
    for (const [cmd, expected] of TABLE) {
      it(`${system}: ${cmd}`, () => {
        const m = machine(system, 'sudo -i', 'touch x');
        const r = m.run(cmd);
        const want = system === 'k3os' ? expected.replace('\u2018', "'").replace('\u2019', "'") : expected;
        expect(r.output).toBe(want);
        expect(r.exitCode).toBe(1);
      });
    }
    it(`${system}: sed -i names a random temporary file`, () => {
      const r = machine(system).run('sudo sed -i s/a/b/ /usr/bin/ls');
      expect(r.output).toMatch(
        /^sed: couldn't open temporary file \/usr\/bin\/sed[A-Za-z0-9]{6}: Read-only file system\n$/,
      );
      expect(r.exitCode).toBe(4);
    });
  }
  it('rm -rf on a read-only tree reports each entry it could not remove', () => {
    const out = run(machine('fcos'), 'sudo rm -rf /usr/lib');
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^rm: cannot remove '\/usr\/lib\/.+': Read-only file system$/);
  });
  it('refuses rm -rf / without --no-preserve-root', () => {
    expect(run(machine('fcos'), 'sudo rm -rf /')).toBe(
      "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
    );
  });
});

describe('ordinary-user errors (EACCES)', () => {
  it('gives Permission denied on a ro bind mount for users, Read-only file system for root', () => {
    const m = machine('nixos');
    expect(run(m, 'touch /etc/static/hosts')).toBe("touch: cannot touch '/etc/static/hosts': Permission denied\n");
    expect(run(m, 'sudo touch /etc/static/hosts')).toBe(
      "touch: cannot touch '/etc/static/hosts': Read-only file system\n",
    );
    expect(run(m, 'echo x >> /etc/static/hosts')).toBe('bash: /etc/static/hosts: Permission denied\n');
    expect(run(m, 'echo x > /etc/static/hosts')).toBe('bash: /etc/static/hosts: Read-only file system\n');
  });
  it('gives Read-only file system to everyone on a read-only file system', () => {
    expect(run(machine('k3os'), 'touch /usr/bin/ls')).toBe(
      "touch: cannot touch '/usr/bin/ls': Read-only file system\n",
    );
  });
  it('says Permission denied for root-owned places and Operation not permitted for chown', () => {
    const m = machine('fcos');
    expect(run(m, 'touch /etc/foo')).toBe("touch: cannot touch '/etc/foo': Permission denied\n");
    expect(run(m, 'cat /etc/shadow')).toBe('cat: /etc/shadow: Permission denied\n');
    expect(run(m, 'touch f', 'chown root f')).toBe("chown: changing ownership of 'f': Operation not permitted\n");
  });
});

describe('file commands', () => {
  it('creates, copies, moves, links and removes in writable places', () => {
    const m = machine('fcos', 'mkdir -p a/b', 'echo hi > a/b/f', 'cp a/b/f g', 'mv g h', 'ln -s h l', 'chmod 600 h');
    expect(run(m, 'cat l')).toBe('hi\n');
    expect(run(m, 'ls a/b')).toBe('f\n');
    expect(run(m, 'cp a c')).toBe("cp: -r not specified; omitting directory 'a'\n");
    expect(run(m, 'cp -r a c', 'cat c/b/f')).toBe('hi\n');
    expect(run(m, 'rm a')).toBe("rm: cannot remove 'a': Is a directory\n");
    expect(run(m, 'rm -r a', 'ls a')).toBe("ls: cannot access 'a': No such file or directory\n");
    expect(run(m, 'mkdir c')).toBe('mkdir: cannot create directory \u2018c\u2019: File exists\n');
    expect(run(m, 'rmdir c')).toBe("rmdir: failed to remove 'c': Directory not empty\n");
    expect(run(m, 'cat nope')).toBe('cat: nope: No such file or directory\n');
    expect(run(m, 'mv nope x')).toBe("mv: cannot stat 'nope': No such file or directory\n");
    expect(run(m, 'chmod 7z9 h')).toBe(
      "chmod: invalid mode: \u20187z9\u2019\nTry 'chmod --help' for more information.\n",
    );
  });
  it('moves across file systems by copying, and fails on removal from a read-only one', () => {
    const m = machine('fcos');
    expect(run(m, 'sudo mv /usr/bin/ls /var/tmp/ls')).toBe("mv: cannot remove '/usr/bin/ls': Read-only file system\n");
    expect(run(m, 'ls /var/tmp')).toBe('ls\n');
  });
  it('edits with sed -i s///g and prints with sed', () => {
    const m = machine('microos', 'echo "a a" > f', "sed -i 's/a/b/g' f");
    expect(run(m, 'cat f')).toBe('b b\n');
    expect(run(m, "sed 's/b/c/' f")).toBe('c b\n');
    expect(run(m, "sed -n '/b/p' f")).toBe('b b\n');
    expect(run(m, "sed 's/a/b' f")).toBe("sed: -e expression #1, char 5: unterminated `s' command\n");
  });
  it('greps, heads and counts', () => {
    const m = machine('fcos', 'echo one > f', 'echo two >> f', 'echo three >> f');
    expect(run(m, 'grep -n t f')).toBe('2:two\n3:three\n');
    expect(run(m, 'grep -c t f')).toBe('2\n');
    expect(m.run('grep zzz f').exitCode).toBe(1);
    expect(run(m, 'head -n 1 f')).toBe('one\n');
    expect(run(m, 'tail -1 f')).toBe('three\n');
    expect(run(m, 'wc -l f')).toBe('3 f\n');
  });
});

describe('ls', () => {
  it('lists in columns on the terminal and one per line in a pipe', () => {
    const m = machine('nixos', 'touch a b c');
    expect(run(m, 'ls')).toBe('a  b  c\n');
    expect(run(m, 'ls | cat')).toBe('a\nb\nc\n');
  });
  it('prints ls -l with the SELinux dot on Fedora and the link target', () => {
    const out = run(machine('fcos'), 'ls -l /home');
    expect(out).toBe('lrwxrwxrwx. 1 root root 8 Jan  1  1970 /home -> var/home\n');
    expect(run(machine('nixos'), 'ls -l /usr')).toMatch(
      /^total 4\ndrwxr-xr-x 2 root root 4096 Jan {2}1 {2}1970 bin\n$/,
    );
  });
  it('shows dotfiles with -a', () => {
    expect(run(machine('k3os'), 'ls -a')).toBe('.  ..  .bashrc\n');
  });
});

describe('system information', () => {
  it('prints whoami, id, uname, hostname', () => {
    const m = machine('fcos');
    expect(run(m, 'whoami')).toBe('core\n');
    expect(run(m, 'id')).toBe(
      'uid=1000(core) gid=1000(core) groups=1000(core),4(adm),10(wheel),190(systemd-journal) context=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023\n',
    );
    expect(run(m, 'sudo id')).toBe(
      'uid=0(root) gid=0(root) groups=0(root) context=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023\n',
    );
    expect(run(m, 'uname -r')).toMatch(/fc44\.x86_64\n$/);
    expect(run(m, 'hostname')).toBe('fcos\n');
  });
  it('prints the findmnt / line of composefs-era Fedora CoreOS', () => {
    expect(run(machine('fcos'), 'findmnt /')).toBe(
      'TARGET SOURCE    FSTYPE  OPTIONS\n/      composefs overlay ro,relatime,seclabel,lowerdir+=/run/ostree/.private/cfsroot-lower,datadir+=/sysroot/ostree/repo/objects,redirect_dir=on,metacopy=on\n',
    );
  });
  it('prints df with GNU column widths', () => {
    const out = run(machine('fcos'), 'df -h /');
    expect(out).toBe('Filesystem      Size  Used Avail Use% Mounted on\ncomposefs       5.0M  5.0M     0 100% /\n');
  });
  it('lists mounts with mount', () => {
    expect(run(machine('nixos'), 'mount')).toContain('/dev/vda1 on /nix/store type ext4 (ro,nosuid,nodev,relatime)\n');
    expect(run(machine('nixos'), 'mount -o remount,rw /nix/store')).toBe(
      'mount: only root can use "--options" option (effective UID is 1000)\n',
    );
  });
  it('lists processes', () => {
    expect(run(machine('fcos'), 'ps')).toMatch(/^ {4}PID TTY {10}TIME CMD\n/);
    expect(run(machine('fcos'), 'ps -ef')).toMatch(/\n\s*root\s+1\s+0 .*systemd/);
  });
  it('refuses systemctl changes for ordinary users', () => {
    expect(run(machine('fcos'), 'systemctl stop zincati')).toBe(
      "Failed to stop zincati.service: Interactive authentication required.\nSee system logs and 'systemctl status zincati.service' for details.\n",
    );
    expect(run(machine('fcos'), 'reboot')).toBe('Call to Reboot failed: Interactive authentication required.\n');
  });
  it('never throws on odd input', () => {
    const m = Machine.create('fcos');
    for (const l of [
      'ls -',
      'cp',
      'mv a',
      'ln',
      'chmod',
      'chown',
      'sed',
      'grep',
      'head -n x',
      'dd',
      'findmnt -T',
      'df /nope',
      'systemctl status',
      'ps aux',
    ]) {
      expect(typeof m.run(l).output).toBe('string');
    }
  });
});
