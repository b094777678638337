import { describe, it, expect } from 'vitest';
import { run, machine, code } from '../helpers.ts';

const ZINCATI =
  "error: Updates and deployments are driven by Zincati (zincati.service)\nSee Zincati's documentation at https://github.com/coreos/zincati\nUse --bypass-driver to bypass Zincati and perform the operation anyways\n";
const QUEUED = 'Changes queued for next boot. Run "systemctl reboot" to start a reboot\n';

describe('rpm-ostree status (src/app/rpmostree-builtin-status.cxx)', () => {
  it('prints the header, the booted marker and right-aligned keys of width 23', () => {
    const out = run(machine('fcos'), 'rpm-ostree status');
    expect(out).toMatch(
      /^State: idle\nAutomaticUpdatesDriver: Zincati\n {2}DriverState: active; periodically polling for updates \(last checked Thu 2026-11-26 10:00:0\d UTC\)\nDeployments:\n● ostree-image-signed:docker:\/\/quay\.io\/fedora\/fedora-coreos:stable\n {19}Digest: sha256:[0-9a-f]{64}\n {18}Version: 44\.20261102\.3\.0 \(2026-11-10T14:02:31Z\)\n$/,
    );
  });
  it('shows the staged deployment on top with Diff and LayeredPackages', () => {
    const out = run(machine('fcos', 'sudo rpm-ostree install htop'), 'rpm-ostree status');
    const [pending, booted] = out.split('Deployments:\n')[1].split('\n\n');
    expect(pending).toMatch(/^ {2}ostree-image-signed:/);
    expect(pending).toContain('\n                     Diff: 1 added\n');
    expect(pending).toContain('\n          LayeredPackages: htop');
    expect(booted).toMatch(/^● ostree-image-signed:/);
  });
  it('adds the driver unit, indexes, commits, Staged, StateRoot and the full diff with -v', () => {
    const out = run(machine('fcos', 'sudo rpm-ostree install htop'), 'rpm-ostree status -v');
    expect(out).toContain('AutomaticUpdatesDriver: Zincati (zincati.service)\n');
    expect(out).toContain('ostree-image-signed:docker://quay.io/fedora/fedora-coreos:stable (index: 0)\n');
    expect(out).toContain('ostree-image-signed:docker://quay.io/fedora/fedora-coreos:stable (index: 1)\n');
    expect(out).toMatch(
      /\n {15}BaseCommit: [0-9a-f]{64}\n {19}Commit: [0-9a-f]{64}\n {19}Staged: yes\n {16}StateRoot: fedora-coreos\n/,
    );
    expect(out).toContain('\n                    Added: htop-3.4.1-3.fc44.x86_64\n');
    expect(out).toMatch(/\n {19}Commit: [0-9a-f]{64}\n {16}StateRoot: fedora-coreos\n/);
  });
});

describe('layering', () => {
  it('stages a deployment and queues it for the next boot (rpm-ostree upgrade)', () => {
    const m = machine('fcos');
    const out = run(m, 'sudo rpm-ostree install htop');
    expect(out).toMatch(
      /^Checking out tree [0-9a-f]{7}\.\.\. done\nEnabled rpm-md repositories: fedora-cisco-openh264 updates fedora updates-archive\n/,
    );
    expect(
      out.endsWith(
        'Writing OSTree commit... done\nStaging deployment... done\nAdded:\n  htop-3.4.1-3.fc44.x86_64\n' + QUEUED,
      ),
    ).toBe(true);
    expect(run(m, 'htop --version')).toBe('bash: htop: command not found\n');
    run(m, 'sudo systemctl reboot');
    expect(run(m, 'htop --version')).toBe('htop 3.4.1\n');
  });
  it('refuses the same package twice, base packages and unknown ones', () => {
    const m = machine('fcos', 'sudo rpm-ostree install htop');
    expect(run(m, 'sudo rpm-ostree install htop')).toBe("error: Package/capability 'htop' is already requested\n");
    expect(run(m, 'sudo rpm-ostree install podman')).toMatch(
      /error: "podman" is already provided by: podman-5:5\.7\.0-1\.fc44\.x86_64\. Use --allow-inactive to explicitly require it\.\n$/,
    );
    expect(run(m, 'sudo rpm-ostree install nope')).toMatch(/error: Packages not found: nope\n$/);
  });
  it('stacks installs into the pending deployment', () => {
    const out = run(
      machine('fcos', 'sudo rpm-ostree install htop', 'sudo rpm-ostree install tmux'),
      'rpm-ostree status',
    );
    expect(out).toContain('LayeredPackages: htop tmux');
    expect(out.split('ostree-image-signed').length - 1).toBe(2);
  });
  it('uninstalls a layered package', () => {
    const m = machine('fcos', 'sudo rpm-ostree install htop', 'sudo reboot');
    expect(run(m, 'sudo rpm-ostree uninstall htop')).toMatch(
      /Removed:\n {2}htop-3\.4\.1-3\.fc44\.x86_64\nChanges queued/,
    );
  });
});

describe('upgrade and Zincati', () => {
  it('refuses while Zincati drives updates', () => {
    const m = machine('fcos');
    const r = m.run('sudo rpm-ostree upgrade');
    expect(r.output).toBe(ZINCATI);
    expect(r.exitCode).toBe(1);
  });
  it('upgrades with --bypass-driver, without the "Changes queued" prefix', () => {
    const m = machine('fcos');
    const out = run(m, 'sudo rpm-ostree upgrade --bypass-driver');
    expect(out).toMatch(/^Pulling manifest: ostree-image-signed:docker:\/\/quay\.io\/fedora\/fedora-coreos:stable\n/);
    expect(out).toContain('Upgraded:\n  kernel 6.19.14-200.fc44 -> 6.19.16-200.fc44\n');
    expect(out.endsWith('\nRun "systemctl reboot" to start a reboot\n')).toBe(true);
    expect(out).not.toContain('Changes queued');
    run(m, 'sudo reboot');
    expect(run(m, 'sudo rpm-ostree upgrade --bypass-driver')).toBe('No upgrade available.\n');
    expect(m.run('rpm-ostree upgrade --check --bypass-driver').exitCode).toBe(77);
  });
  it('upgrades once Zincati is stopped', () => {
    const m = machine('fcos', 'sudo systemctl stop zincati.service');
    expect(run(m, 'rpm-ostree status')).toContain('  DriverState: inactive\n');
    expect(code(m, 'sudo rpm-ostree upgrade')).toBe(0);
  });
});

describe('rollback, cleanup and pinning', () => {
  it('refuses rollback while a deployment is staged, and with nothing to roll back to', () => {
    const m = machine('fcos');
    expect(run(m, 'sudo rpm-ostree rollback')).toBe('error: No rollback deployment found\n');
    run(m, 'sudo rpm-ostree install htop');
    expect(run(m, 'sudo rpm-ostree rollback')).toBe('error: Staged deployment (remove with cleanup -p)\n');
    run(m, 'sudo rpm-ostree cleanup -p');
    expect(run(m, 'rpm-ostree status')).not.toContain('LayeredPackages');
    expect(run(m, 'sudo rpm-ostree cleanup -p')).toBe('Deployments unchanged.\n');
  });
  it('moves the rollback deployment first and prints the diff from the booted one', () => {
    const m = machine('fcos', 'sudo rpm-ostree install htop', 'sudo systemctl reboot');
    const out = run(m, 'sudo rpm-ostree rollback');
    expect(out).toMatch(
      /^Moving '[0-9a-f]{64}\.0' to be first deployment\nRemoved:\n {2}htop-3\.4\.1-3\.fc44\.x86_64\n/,
    );
    expect(out.endsWith(QUEUED)).toBe(true);
  });
  it('undoes a rollback without printing a package diff (booted back on top)', () => {
    const m = machine('fcos', 'sudo rpm-ostree install htop', 'sudo systemctl reboot', 'sudo rpm-ostree rollback');
    const out = run(m, 'sudo rpm-ostree rollback');
    expect(out).toMatch(/^Moving '[0-9a-f]{64}\.0' to be first deployment\n/);
    expect(out).not.toContain('Added:');
    expect(out).not.toContain('Removed:');
    run(m, 'sudo reboot');
    expect(run(m, 'htop --version')).toBe('htop 3.4.1\n');
  });
  it('bases the next change on the first deployment after a rollback (the merge deployment)', () => {
    const m = machine('fcos', 'sudo rpm-ostree install htop', 'sudo systemctl reboot', 'sudo rpm-ostree rollback');
    // The first deployment has no htop: installing it again is a new request, not "already requested".
    // The booted deployment has htop too, so the diff printed (booted -> new first) is empty.
    expect(run(m, 'sudo rpm-ostree install htop')).toMatch(/Staging deployment\.\.\. done\nChanges queued/);
    const m2 = machine('fcos', 'sudo rpm-ostree install htop', 'sudo systemctl reboot', 'sudo rpm-ostree rollback');
    run(m2, 'sudo rpm-ostree install tmux');
    expect(run(m2, 'rpm-ostree status')).toContain('LayeredPackages: tmux\n');
    expect(run(m2, 'rpm-ostree status')).not.toContain('LayeredPackages: htop tmux');
    const m3 = machine('fcos', 'sudo rpm-ostree install htop', 'sudo systemctl reboot', 'sudo rpm-ostree rollback');
    expect(run(m3, 'sudo rpm-ostree uninstall htop')).toBe(
      "error: Package/capability 'htop' is not currently requested\n",
    );
    expect(m3.actions().find((a) => a.id === 'install' || a.id === 'uninstall')?.id).toBe('install');
  });
  it('picks the deployment after the booted one as the rollback target', () => {
    const m = machine('fcos', 'sudo rpm-ostree install htop', 'sudo reboot', 'sudo ostree admin pin 1');
    run(m, 'sudo rpm-ostree install tmux', 'sudo reboot');
    // deployments: tmux+htop (booted), htop, base (pinned)
    run(m, 'sudo rpm-ostree rollback', 'sudo reboot');
    expect(run(m, 'rpm-ostree status -b')).toContain('LayeredPackages: htop\n');
  });
  it('reboots at once with -r, without the diff or the "Changes queued" hint', () => {
    const m = machine('fcos', 'sudo rpm-ostree install htop', 'sudo systemctl reboot');
    const out = run(m, 'sudo rpm-ostree rollback -r');
    expect(out).not.toContain('Changes queued');
    expect(out).not.toContain('Removed:');
    expect(out).toContain('Connection to fcos closed by remote host.');
    const install = run(machine('fcos'), 'sudo rpm-ostree install -r htop');
    expect(install).not.toContain('Changes queued');
    expect(install).toMatch(/Staging deployment\.\.\. done\nConnection to fcos closed by remote host\./);
  });
  it('pins and unpins with the real messages (ostree admin pin)', () => {
    const m = machine('fcos');
    expect(run(m, 'ostree admin pin 0')).toBe('error: You must be root to perform this command\n');
    run(m, 'sudo rpm-ostree install htop');
    expect(run(m, 'sudo ostree admin pin 0')).toBe('error: Cannot pin staged deployment\n');
    expect(run(m, 'sudo ostree admin pin 5')).toBe('error: Out of range deployment index 5, expected < 2\n');
    expect(run(m, 'sudo ostree admin pin 1')).toBe('Deployment 1 is now pinned\n');
    expect(run(m, 'sudo ostree admin pin 1')).toBe('Deployment 1 is already pinned\n');
    expect(run(m, 'rpm-ostree status')).toContain('                   Pinned: yes\n');
    expect(run(m, 'sudo ostree admin pin -u 1')).toBe('Deployment 1 is now unpinned\n');
  });
  it('keeps pinned deployments through updates', () => {
    const m = machine(
      'fcos',
      'sudo ostree admin pin booted',
      'sudo rpm-ostree install htop',
      'sudo reboot',
      'sudo rpm-ostree install tmux',
      'sudo reboot',
    );
    expect(run(m, 'rpm-ostree status').split('ostree-image-signed').length - 1).toBe(3);
    expect(run(m, 'sudo rpm-ostree cleanup -r')).toMatch(/^Freed: /);
    expect(run(m, 'rpm-ostree status').split('ostree-image-signed').length - 1).toBe(2);
  });
  it('prints ostree admin status in its format', () => {
    const out = run(machine('fcos', 'sudo rpm-ostree install htop'), 'ostree admin status');
    expect(out).toMatch(
      /^ {2}fedora-coreos [0-9a-f]{64}\.0 \(staged\)\n {4}Version: 44\.20261102\.3\.0\n {4}origin: <unknown origin type>\n\* fedora-coreos [0-9a-f]{64}\.0\n/,
    );
  });
});

describe('/etc, /var and what a reboot keeps (ostree-sysroot-deploy.c 3-way /etc merge)', () => {
  it('carries /etc edits made after staging, and the rollback boots the old /etc', () => {
    const m = machine(
      'fcos',
      'sudo rpm-ostree install htop',
      'echo tuned | sudo tee /etc/after-stage.conf',
      'sudo reboot',
    );
    expect(run(m, 'cat /etc/after-stage.conf')).toBe('tuned\n');
    run(m, 'echo new | sudo tee /etc/only-in-new.conf', 'sudo rpm-ostree rollback', 'sudo reboot');
    expect(run(m, 'cat /etc/only-in-new.conf')).toBe('cat: /etc/only-in-new.conf: No such file or directory\n');
    // written while the old deployment was booted, so its own /etc has it too
    expect(run(m, 'cat /etc/after-stage.conf')).toBe('tuned\n');
  });
  it('shows config-diff with A/M/D', () => {
    const out = run(machine('fcos', 'echo x | sudo tee /etc/example.txt'), 'ostree admin config-diff');
    expect(out).toContain('A   example.txt\n');
    expect(out).toContain('M   passwd\n');
  });
  it('keeps /var, /home and /usr/local, and empties /tmp', () => {
    const m = machine(
      'fcos',
      'echo hi > ~/notes',
      'sudo touch /usr/local/bin/tool',
      'touch /tmp/scratch',
      'sudo reboot',
    );
    expect(run(m, 'cat ~/notes')).toBe('hi\n');
    expect(run(m, 'ls /usr/local/bin')).toBe('tool\n');
    expect(run(m, 'ls /tmp')).toBe('');
    expect(run(m, 'readlink /home')).toBe('var/home\n');
  });
  it('refuses top-level directories with EROFS under composefs', () => {
    expect(run(machine('fcos'), 'sudo mkdir /foo')).toBe(
      'mkdir: cannot create directory \u2018/foo\u2019: Read-only file system\n',
    );
  });
  it('makes /usr writable until the reboot with usroverlay', () => {
    const m = machine('fcos');
    expect(run(m, 'sudo rpm-ostree usroverlay')).toBe(
      'Development mode enabled.  A writable overlayfs is now mounted on /usr.\nAll changes there will be discarded on reboot.\n',
    );
    expect(run(m, 'sudo touch /usr/bin/foo', 'ls /usr/bin/foo')).toBe('/usr/bin/foo\n');
    expect(run(m, 'rpm-ostree status')).toContain('                 Unlocked: development\n');
    expect(run(m, 'sudo rpm-ostree usroverlay')).toBe('error: Deployment is already in unlocked state: development\n');
    run(m, 'sudo reboot');
    expect(run(m, 'ls /usr/bin/foo')).toBe("ls: cannot access '/usr/bin/foo': No such file or directory\n");
  });
  it('refuses dnf on the read-only host', () => {
    expect(run(machine('fcos'), 'sudo dnf install htop')).toBe(
      'Error: this bootc system is configured to be read-only. For more information, run `bootc --help`.\n',
    );
  });
  it('prints the login banner after a reboot', () => {
    expect(run(machine('fcos'), 'sudo systemctl reboot')).toMatch(
      /^Connection to fcos closed by remote host\.\nConnection to fcos closed\.\n\nFedora CoreOS 44\.20261102\.3\.0\nTracker: https:\/\/github\.com\/coreos\/fedora-coreos-tracker\n/,
    );
  });
});

describe('timeline and map', () => {
  it('describes deployments for the picture', () => {
    const m = machine('fcos', 'sudo rpm-ostree install htop');
    const t = m.timeline();
    expect(t.kind).toBe('deployments');
    expect(t.entries.map((e) => [e.id, e.label, e.booted, e.nextBoot, e.staged])).toEqual([
      ['0', 'Deployment 0', false, true, true],
      ['1', 'Deployment 1', true, false, false],
    ]);
    expect(t.entries[0].packages).toEqual(['htop']);
    expect(m.fsMap().find((e) => e.path === '/usr')!.kind).toBe('read-only');
    expect(m.fsMap().find((e) => e.path === '/home')).toMatchObject({ kind: 'link', detail: '-> var/home' });
  });
});

describe('kargs, overrides, rebase and deploy (rpm-ostree src/app, src/daemon)', () => {
  it('prints the kernel arguments and stages a deployment with an appended one', () => {
    const m = machine('fcos');
    expect(run(m, 'rpm-ostree kargs')).toMatch(
      /^mitigations=auto,nosmt .* ostree=\/ostree\/boot\.1\/fedora-coreos\/[0-9a-f]{64}\/0\n$/,
    );
    expect(run(m, 'sudo rpm-ostree kargs --append=quiet')).toBe('Staging deployment... done\n' + QUEUED);
    expect(run(m, 'rpm-ostree kargs')).toContain(' quiet ostree=');
    expect(run(m, 'sudo rpm-ostree kargs --delete=nosuch')).toBe("error: No karg 'nosuch' found\n");
    expect(run(m, 'sudo rpm-ostree kargs -r')).toBe('error: Cannot reboot when kernel arguments not changed\n');
    run(m, 'sudo reboot');
    expect(run(m, 'cat /boot/loader/entries/ostree-2-fedora-coreos.conf')).toContain(' quiet ostree=');
  });
  it('removes a base package and resets the override', () => {
    const m = machine('fcos');
    expect(run(m, 'sudo rpm-ostree override remove nano')).toMatch(/Removed:\n {2}nano-8\.6-1\.fc44\.x86_64\n/);
    expect(run(m, 'rpm-ostree status')).toContain('      RemovedBasePackages: nano 8.6-1.fc44\n');
    expect(run(m, 'sudo rpm-ostree override remove nano')).toBe("error: Override already exists for package 'nano'\n");
    expect(run(m, 'sudo rpm-ostree override remove nosuch')).toBe('error: Package "nosuch" not found\n');
    expect(run(m, 'sudo rpm-ostree override reset tmux')).toBe("error: No overrides for package 'tmux'\n");
    run(m, 'sudo reboot');
    expect(run(m, 'nano --version')).toMatch(/^bash: nano: command not found\n/);
    run(m, 'sudo rpm-ostree override reset --all', 'sudo reboot');
    expect(run(m, 'rpm -q nano')).toBe('nano-8.6-1.fc44.x86_64\n');
  });
  it('rebases to a derived container image; status and bootc show its reference', () => {
    const m = machine('fcos');
    expect(run(m, 'sudo rpm-ostree rebase ostree-unverified-registry:quay.io/me/fcos:latest')).toBe(
      "error: Updates and deployments are driven by Zincati (zincati.service)\nSee Zincati's documentation at https://github.com/coreos/zincati\nUse --bypass-driver to bypass Zincati and perform the operation anyways\n",
    );
    const out = run(m, 'sudo rpm-ostree rebase --bypass-driver ostree-unverified-registry:quay.io/me/fcos:latest');
    expect(out).toMatch(/^Pulling manifest: ostree-unverified-registry:quay\.io\/me\/fcos:latest\n/);
    expect(out.endsWith(QUEUED)).toBe(true);
    expect(run(m, 'rpm-ostree status')).toMatch(/^ {2}ostree-unverified-registry:quay\.io\/me\/fcos:latest\n/m);
    expect(run(m, 'bootc status')).toMatch(/^ {2}Staged image: quay\.io\/me\/fcos:latest\n/);
    expect(code(m, 'sudo rpm-ostree rebase --bypass-driver fedora:fedora/x86_64/coreos/testing')).toBe(1);
  });
  it('deploys a pinned version (a downgrade) and refuses an unknown one', () => {
    const m = machine('fcos', 'sudo rpm-ostree upgrade --bypass-driver', 'sudo reboot');
    const out = run(m, 'sudo rpm-ostree deploy --bypass-driver 44.20261102.3.0');
    expect(out).toContain('Downgraded:\n  kernel 6.19.16-200.fc44 -> 6.19.14-200.fc44\n');
    expect(out.endsWith('Run "systemctl reboot" to start a reboot\n')).toBe(true);
    expect(code(m, 'sudo rpm-ostree deploy --bypass-driver 1.2.3')).toBe(1);
    expect(run(m, 'sudo rpm-ostree deploy --bypass-driver')).toBe('error: REVISION must be specified\n');
  });
  it('prints --version, the usage for an unknown command, and rpm queries', () => {
    const m = machine('fcos');
    expect(run(m, 'rpm-ostree --version')).toMatch(/^rpm-ostree:\n Version: '2026\.2'\n Features:\n {2}- rust\n/);
    const r = m.run('rpm-ostree frobnicate');
    expect(r.output).toMatch(/^Usage:\n {2}rpm-ostree \[OPTION…\] COMMAND\n/);
    expect(r.output.endsWith("error: Unknown command 'frobnicate'\n")).toBe(true);
    expect(r.exitCode).toBe(1);
    expect(run(m, 'rpm -q podman htop')).toBe('podman-5.7.0-1.fc44.x86_64\npackage htop is not installed\n');
    expect(code(m, 'rpm -q htop')).toBe(1);
    run(m, 'sudo rpm-ostree install -r htop');
    expect(run(m, 'rpm -q htop')).toBe('htop-3.4.1-3.fc44.x86_64\n');
  });
  it('says toolbox and dnf queries are not emulated, with a non-zero exit', () => {
    const m = machine('fcos');
    const t = m.run('toolbox enter');
    expect(t.output).toContain('this simulator does not emulate it');
    expect(t.exitCode).toBe(1);
    expect(code(m, 'dnf list')).toBe(1);
  });
});

describe('bootc (bootc-dev/bootc crates/lib/src/status.rs, deploy.rs)', () => {
  it('shows the same deployments as rpm-ostree, staged, booted and rollback', () => {
    const m = machine('fcos');
    expect(run(m, 'bootc status')).toMatch(
      /^● Booted image: quay\.io\/fedora\/fedora-coreos:stable\n {8}Digest: sha256:[0-9a-f]{64} \(amd64\)\n {7}Version: 44\.20261102\.3\.0 \(2026-11-10T14:02:31Z\)\n$/,
    );
    expect(run(m, 'sudo bootc upgrade')).toBe(
      'Queued for next boot: quay.io/fedora/fedora-coreos:stable\n  Version: 44.20261116.3.0\n',
    );
    expect(run(m, 'rpm-ostree status')).toContain('Version: 44.20261116.3.0');
    run(m, 'sudo reboot');
    expect(run(m, 'sudo bootc upgrade')).toBe('No update available.\n');
    expect(run(m, 'bootc status')).toContain('\n  Rollback image: quay.io/fedora/fedora-coreos:stable\n');
    expect(run(m, 'sudo bootc rollback')).toBe('Next boot: rollback deployment\n');
    expect(run(m, 'sudo bootc rollback')).toBe(
      'notice: Reverting queued rollback state\nNext boot: current deployment\n',
    );
  });
  it('refuses to upgrade a deployment with rpm-ostree layering', () => {
    const m = machine('fcos', 'sudo rpm-ostree install -r htop');
    expect(run(m, 'sudo bootc upgrade')).toContain('Deployment contains local rpm-ostree modifications');
    expect(code(m, 'sudo bootc upgrade')).toBe(1);
  });
  it('lands sudo -i in /root, as /etc/passwd says', () => {
    const m = machine('fcos', 'sudo -i');
    expect(run(m, 'pwd')).toBe('/root\n');
    expect(run(machine('fcos'), 'grep ^root /etc/passwd')).toBe('root:x:0:0:Super User:/root:/bin/bash\n');
  });
});

describe('transaction lines against the release being built on (rpmostree-sysroot-upgrader.cxx)', () => {
  it('checks out the base commit of the image the change builds on, and names providers at its version', () => {
    const m = machine('fcos', 'sudo rpm-ostree upgrade --bypass-driver');
    const base = run(m, 'rpm-ostree status -v').match(/ Commit: ([0-9a-f]{64})\n/)?.[1] ?? 'none'; // the staged image's own commit
    expect(run(m, 'sudo rpm-ostree install tree')).toMatch(
      new RegExp(`^Checking out tree ${base.slice(0, 7)}\\.\\.\\. done\\n`),
    );
    expect(run(m, 'sudo rpm-ostree install podman')).toContain(
      'error: "podman" is already provided by: podman-5:5.7.1-1.fc44.x86_64.',
    );
  });
  it('prints "Staging deployment... done" for an image deployment too (progress_begin_task)', () => {
    expect(run(machine('fcos'), 'sudo rpm-ostree upgrade --bypass-driver')).toContain('Staging deployment... done\n');
  });
});
