import { describe, it, expect } from 'vitest';
import { Machine } from '../../../../src/sim/index.ts';
import { run, machine, code } from '../helpers.ts';

const START_WARNING =
  'WARNING: You are creating a snapshot from a different base (2) than the\n         current default snapshot (3).\n         If you want to continue a previous snapshot use the --continue\n         option, otherwise the previous changes will be discarded.\n';
const END_WARNING =
  'WARNING: This snapshot has been created from a different base (2)\n         than the previous default snapshot (3) and does not\n         contain the changes from the latter.\n';

describe('zypper (src/commands/conditions.cc)', () => {
  it('refuses on a transactional system with exit 5', () => {
    const r = Machine.create('microos').run('sudo zypper in neovim');
    expect(r.output).toBe(
      'This is a transactional-server, please use transactional-update to update or modify the system.\n',
    );
    expect(r.exitCode).toBe(5);
  });
});

describe('transactional-update (sbin/transactional-update.in)', () => {
  it('prints the documented sequence and makes the new snapshot the default', () => {
    const out = run(machine('microos'), 'sudo transactional-update -n pkg install htop');
    const expected = [
      'Checking for newer version.',
      'transactional-update 6.1.3 started',
      'Options: -n pkg install htop',
      'Separate /var detected.',
      'tukit 6.1.3 started',
      'Options: --log=console -c2 open',
      'Using snapshot 2 as base for new snapshot 3.',
      'ID: 3',
      'Transaction completed.',
      'Calling zypper install',
    ].join('\n');
    expect(out.startsWith(expected + '\n')).toBe(true);
    expect(out).toContain('The following NEW package is going to be installed:\n  htop\n');
    expect(out).toContain('Continue? [y/n/v/...? shows all options] (y): y\n');
    expect(
      out.endsWith(
        'tukit 6.1.3 started\nOptions: --log=console close 3\nNew default snapshot is #3 (/.snapshots/3/snapshot).\nTransaction completed.\n\nPlease reboot your machine to activate the changes and avoid data loss.\nNew default snapshot is #3 (/.snapshots/3/snapshot).\ntransactional-update finished\n',
      ),
    ).toBe(true);
  });
  it('asks for confirmation without -n and takes the next line as the answer', () => {
    const m = Machine.create('microos');
    const r = m.run('sudo transactional-update pkg install htop');
    expect(r.question).toBe('Continue? [y/n/v/...? shows all options] (y): ');
    expect(r.output).not.toContain('tukit 6.1.3 started\nOptions: --log=console close');
    const a = m.run('y');
    expect(a.output).toContain('New default snapshot is #3');
    expect(m.prompt()).toBe('tux@microos:~> ');
  });
  it('discards the snapshot when the answer is no', () => {
    const m = Machine.create('microos');
    m.run('sudo transactional-update pkg install htop');
    expect(m.run('n').output).toContain('Removing snapshot #3...\ntransactional-update finished\n');
    expect(m.timeline().entries.map((e) => e.id)).toEqual(['1', '2']);
  });
  it('Ctrl+C at the question: zypper exits silently, transactional-update traps INT and discards the snapshot', () => {
    const m = Machine.create('microos');
    m.run('sudo transactional-update pkg install htop');
    const r = m.cancel('y');
    expect(r.output).toBe('\nReceived termination signal...\nRemoving snapshot #3...\ntransactional-update finished\n');
    expect(r.exitCode).toBe(1);
    expect(m.question()).toBeNull();
    expect(m.prompt()).toBe('tux@microos:~> ');
    expect(m.timeline().entries.map((e) => e.id)).toEqual(['1', '2']);
    expect(run(m, 'echo $?')).toBe('1\n');
  });
  it('branches every run from the running snapshot and warns (the first change is lost)', () => {
    const m = machine('microos', 'sudo transactional-update -n pkg install htop');
    const out = run(m, 'sudo transactional-update -n pkg install tmux');
    expect(out).toContain(START_WARNING);
    expect(out).toContain(END_WARNING);
    run(m, 'sudo reboot');
    expect(run(m, 'htop --version')).toBe('bash: htop: command not found\n');
    expect(run(m, 'tmux -V')).toBe('tmux 3.5a\n');
  });
  it('keeps both changes with --continue', () => {
    const m = machine('microos', 'sudo transactional-update -n pkg install htop');
    const out = run(m, 'sudo transactional-update -n --continue pkg install tmux');
    expect(out).not.toContain('WARNING');
    expect(out).toContain('Using snapshot 3 as base for new snapshot 4.');
    run(m, 'sudo reboot');
    expect(run(m, 'htop --version')).toBe('htop 3.4.1\n');
  });
  it('rolls back with the documented output', () => {
    const m = machine('microos', 'sudo transactional-update -n pkg install htop', 'sudo reboot');
    expect(run(m, 'sudo transactional-update rollback 2')).toBe(
      'transactional-update 6.1.3 started\nOptions: rollback 2\nSeparate /var detected.\nRollback to snapshot 2...\ntukit 6.1.3 started\nOptions: --log=console rollback 2\nTransaction completed.\nPlease reboot to finish rollback!\ntransactional-update finished\n',
    );
    run(m, 'sudo reboot');
    expect(run(m, 'htop --version')).toBe('bash: htop: command not found\n');
  });
  it('needs root', () => {
    expect(Machine.create('microos').run('transactional-update').exitCode).not.toBe(0);
  });
  it('says nothing to do for an installed package and removes the empty snapshot', () => {
    expect(run(machine('microos'), 'sudo transactional-update -n pkg install podman')).toContain(
      "'podman' is already installed.\n",
    );
  });
  it('upgrades the distribution with dup', () => {
    const m = machine('microos', 'sudo transactional-update dup', 'sudo reboot');
    expect(run(m, 'grep VERSION_ID /etc/os-release')).toBe('VERSION_ID="20261125"\n');
    expect(run(m, 'sudo transactional-update dup')).toContain(
      'Nothing to do.\nzypper: nothing to update\nRemoving snapshot #4...\n',
    );
  });
});

describe('snapper list (client/snapper/cmd-list.cc, client/utils/Table.cc)', () => {
  it('draws the table with -, + and * marks', () => {
    const m = machine('microos', 'sudo transactional-update -n pkg install htop');
    const lines = run(m, 'sudo snapper list').split('\n');
    expect(lines[0]).toBe(
      ' # │ Type   │ Pre # │ Date                     │ User │ Used Space │ Cleanup │ Description           │ Userdata',
    );
    expect(lines[1]).toMatch(/^───┼────────┼───────┼─+┼──────┼─+┼─────────┼─+┼─+$/);
    expect(lines[2]).toBe(
      ' 0 │ single │       │                          │ root │            │         │ current               │',
    );
    expect(lines[4]).toMatch(/^2- │ single │ {7}│ Tue Nov 24 10:00:00 2026 │ root │/);
    expect(lines[5]).toMatch(
      /^3\+ │ single │ {7}│ Thu Nov 26 10:00:\d\d 2026 │ root │ .* │ number {2}│ Snapshot Update of #2 │$/,
    );
    run(m, 'sudo reboot');
    expect(run(m, 'sudo snapper list').split('\n')[5]).toMatch(/^3\* │/);
  });
  it('refuses to delete the mounted snapshot', () => {
    expect(run(machine('microos'), 'sudo snapper delete 2')).toBe(
      'Cannot delete snapshot 2 since it is the currently mounted snapshot.\n',
    );
    expect(run(machine('microos'), 'sudo snapper delete 0')).toBe(
      'Cannot delete snapshot 0 since it is the current system.\n',
    );
  });
});

describe('snapper diff (client/snapper/cmd-diff.cc: diff --new-file --unified)', () => {
  it('prints a unified diff of each changed file, with the paths inside the snapshots', () => {
    const m = machine('microos', 'echo "10.0.0.9 db" | sudo tee -a /etc/hosts');
    expect(run(m, 'sudo snapper diff 1..2')).toMatch(
      /^--- \/\.snapshots\/1\/snapshot\/etc\/hosts\t1970-01-01 00:00:00\.000000000 \+0000\n\+\+\+ \/\.snapshots\/2\/snapshot\/etc\/hosts\t2026-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9} \+0000\n@@ -0,0 \+1 @@\n\+10\.0\.0\.9 db\n$/,
    );
    expect(run(m, 'sudo snapper diff 2..1 /etc/hosts')).toContain('@@ -1 +0,0 @@\n-10.0.0.9 db\n');
  });
  it('says binary files differ, limits to the files named, and rejects bad ranges as snapper does', () => {
    const m = machine('microos', 'sudo transactional-update -n pkg install htop');
    expect(run(m, 'sudo snapper diff 2..3')).toBe(
      'Binary files /.snapshots/2/snapshot/usr/bin/htop and /.snapshots/3/snapshot/usr/bin/htop differ\n',
    );
    expect(run(m, 'sudo snapper diff 2..3 /etc')).toBe('');
    expect(run(m, 'sudo snapper diff 2')).toBe('Invalid snapshots.\n');
    expect(run(m, 'sudo snapper diff 2..9')).toBe("Snapshot '9' not found.\n");
    expect(run(m, 'sudo snapper diff')).toBe("Command 'diff' needs at least one argument.\n");
    expect(code(m, 'sudo snapper diff 2..9')).toBe(1);
  });
});

describe('snapper rollback (client/snapper/cmd-rollback.cc, transactional ambit)', () => {
  it('only changes the default subvolume, to N or to the running snapshot', () => {
    const m = machine('microos', 'sudo transactional-update -n pkg install htop');
    expect(run(m, 'sudo snapper rollback 1')).toBe(
      'Ambit is transactional.\nSetting default subvolume to snapshot 1.\n',
    );
    expect(run(m, 'sudo btrfs subvolume get-default /')).toMatch(/path @\/\.snapshots\/1\/snapshot\n$/);
    expect(run(m, 'sudo snapper list').split('\n')[3]).toMatch(/^1\+ │/);
    expect(run(m, 'sudo snapper rollback')).toBe('Ambit is transactional.\nSetting default subvolume to snapshot 2.\n');
    expect(run(m, 'sudo snapper list').split('\n')[4]).toMatch(/^2\* │ .* │ {9}│ Snapshot Update of #1 │$/);
    run(m, 'sudo reboot');
    expect(code(m, 'which htop')).toBe(1);
  });
  it('fails as snapper does on the default snapshot and on unknown ones', () => {
    const m = machine('microos');
    expect(run(m, 'sudo snapper rollback')).toBe(
      'Ambit is transactional.\nActive snapshot is already default snapshot.\n',
    );
    expect(code(m, 'sudo snapper rollback')).toBe(1);
    expect(run(m, 'sudo snapper rollback 7')).toBe("Ambit is transactional.\nSnapshot '7' not found.\n");
    expect(run(m, 'sudo snapper rollback x')).toBe("Ambit is transactional.\nInvalid snapshot 'x'.\n");
    expect(run(m, 'sudo snapper rollback 1 2')).toBe("Command 'rollback' takes either one or no argument.\n");
    expect(run(m, 'sudo snapper -q rollback 1')).toBe('');
  });
});

describe('/etc and the subvolumes (Portal:MicroOS/Design, transactional-update NEWS 5.0.0)', () => {
  it('rolls /etc back with the snapshot but keeps /var and /home', () => {
    const m = machine(
      'microos',
      'sudo transactional-update -n pkg install htop',
      'sudo reboot',
      'echo x | sudo tee /etc/in-snapshot-3',
      'echo y | sudo tee /var/kept',
      'echo z > ~/kept',
    );
    run(m, 'sudo transactional-update rollback 2', 'sudo reboot');
    expect(run(m, 'cat /etc/in-snapshot-3')).toBe('cat: /etc/in-snapshot-3: No such file or directory\n');
    expect(run(m, 'cat /var/kept ~/kept')).toBe('y\nz\n');
  });
  it('carries /etc edits made after the snapshot was taken into its first boot', () => {
    const m = machine(
      'microos',
      'sudo transactional-update -n pkg install htop',
      'echo late | sudo tee /etc/late.conf',
      'sudo reboot',
    );
    expect(run(m, 'cat /etc/late.conf')).toBe('late\n');
  });
  it('writes to /usr/local but not to /usr', () => {
    const m = machine('microos');
    expect(run(m, 'sudo touch /usr/local/bin/x && echo ok')).toBe('ok\n');
    expect(run(m, 'sudo touch /usr/bin/foo')).toBe("touch: cannot touch '/usr/bin/foo': Read-only file system\n");
    expect(run(m, 'sudo mount -o remount,rw /', 'sudo touch /usr/bin/foo')).toBe(
      "touch: cannot touch '/usr/bin/foo': Read-only file system\n",
    );
  });
  it('shows the btrfs snapshot in findmnt', () => {
    expect(run(machine('microos'), 'findmnt /')).toBe(
      'TARGET SOURCE                              FSTYPE OPTIONS\n/      /dev/vda3[/@/.snapshots/2/snapshot] btrfs  ro,relatime,ssd,space_cache=v2,subvolid=268,subvol=/@/.snapshots/2/snapshot\n',
    );
  });
  it('uses openSUSE prompts', () => {
    const m = machine('microos');
    expect(m.prompt()).toBe('tux@microos:~> ');
    run(m, 'sudo -i');
    expect(m.prompt()).toBe('microos:~ # ');
  });
});

describe('transactional-update usage, cleanup (sbin/transactional-update.in)', () => {
  it('prints the usage on stdout with exit 1 for an unknown command, 0 for --help', () => {
    const m = machine('microos');
    const bad = m.run('sudo transactional-update frobnicate');
    expect(bad.output).toMatch(
      /^Syntax: transactional-update \[option\.\.\.\] \[general-command\.\.\.\] \[package-command\]\n/,
    );
    expect(bad.output).toContain('cleanup                    Mark unused snapshots for snapper removal\n');
    expect(bad.exitCode).toBe(1);
    const help = m.run('sudo transactional-update --help');
    expect(help.output).toBe(bad.output);
    expect(help.exitCode).toBe(0);
    expect(m.run('sudo transactional-update pkg').exitCode).toBe(1);
    expect(m.run('sudo transactional-update pkg install').output).toMatch(/^Syntax: /);
    expect(run(m, 'sudo transactional-update --version')).toBe('transactional-update 6.1.3\n');
  });
  it('marks unused snapshots for snapper instead of deleting them', () => {
    const m = machine(
      'microos',
      'sudo transactional-update -n pkg install htop',
      'sudo transactional-update -n pkg install tmux',
    );
    const out = run(m, 'sudo transactional-update cleanup');
    expect(out).toContain('Mark unused snapshot #3 for deletion\n');
    expect(out).not.toContain('Deleting');
    expect(run(m, 'sudo snapper list')).toMatch(/\n {1}3 │ .* │ number {2}│ Snapshot Update of #2/);
    // snapper's own cleanup keeps up to NUMBER_LIMIT=10 such snapshots
    run(m, 'sudo snapper cleanup number');
    expect(run(m, 'sudo snapper list')).toMatch(/\n {1}3 │/);
  });
  it('marks the snapshots it ran from as important once they are no longer booted', () => {
    const m = machine('microos', 'sudo transactional-update -n pkg install htop', 'sudo reboot');
    expect(run(m, 'sudo transactional-update cleanup')).toContain(
      'Adding cleanup algorithm to snapshot #2\nAdding "important=yes" to snapshot #2\n',
    );
    expect(run(m, 'sudo snapper list')).toMatch(/\n {1}2 │ .* │ important=yes\n/);
  });
});

describe('btrfs, snapper and health-checker', () => {
  it('shows the default subvolume move to the new snapshot after an update', () => {
    const m = machine('microos');
    expect(run(m, 'sudo btrfs subvolume get-default /')).toMatch(
      /^ID 267 gen \d+ top level 265 path @\/\.snapshots\/2\/snapshot\n$/,
    );
    run(m, 'sudo transactional-update -n pkg install htop');
    expect(run(m, 'sudo btrfs subvolume get-default /')).toMatch(
      /^ID 268 gen \d+ top level 265 path @\/\.snapshots\/3\/snapshot\n$/,
    );
    expect(run(m, 'sudo btrfs subvolume list /')).toMatch(
      /^ID 256 gen \d+ top level 5 path @\nID 257 gen \d+ top level 256 path @\/var\n/,
    );
    expect(run(m, 'sudo btrfs property get / ro')).toBe('ro=true\n');
    expect(run(m, 'sudo btrfs subvolume show /')).toMatch(
      /^@\/\.snapshots\/2\/snapshot\n\tName: \t\t\tsnapshot\n\tSubvolume ID: \t\t267\n/,
    );
  });
  it('creates a snapshot and lists what changed between two', () => {
    const m = machine('microos', 'sudo transactional-update -n pkg install htop');
    expect(run(m, 'sudo snapper status 2..3')).toBe('+..... /usr/bin/htop\n');
    expect(run(m, 'sudo snapper create -d before -p')).toBe('4\n');
    expect(run(m, 'sudo snapper list')).toContain('│ before');
    expect(m.run('sudo snapper diff 2..3').exitCode).toBe(0);
  });
  it('shows health-checker as a oneshot unit, active (exited)', () => {
    const out = run(machine('microos'), 'systemctl status health-checker');
    expect(out).toContain('     Active: active (exited) since ');
    expect(out).not.toContain('Main PID');
  });
  it('has an /etc/fstab with / read-only and the subvolumes', () => {
    const out = run(machine('microos'), 'cat /etc/fstab');
    expect(out).toMatch(/^UUID=\S+ +\/ +btrfs +ro +0 +0\n/);
    expect(out).toMatch(/\/var +btrfs +subvol=\/@\/var,x-initrd\.mount/);
    expect(out).toMatch(/\/\.snapshots +btrfs +subvol=\/@\/\.snapshots/);
  });
});

describe('btrfs --version (btrfs.c cmd_version, common/help.c help_builtin_features)', () => {
  it('prints the package string and says what it leaves out', () => {
    const r = machine('microos').run('sudo btrfs --version');
    expect(r.output).toBe(
      'btrfs-progs v6.19\n(simulator: the real command adds a line of build features, e.g. -EXPERIMENTAL -INJECT ...)\n',
    );
    expect(r.exitCode).toBe(0);
  });
});
