import { describe, it, expect } from 'vitest';
import { run, machine } from '../helpers.ts';

describe('k3OS layout (README "File System Structure")', () => {
  it('has a read-only squashfs /usr, even for root, with ASCII mkdir quotes', () => {
    const m = machine('k3os');
    expect(run(m, 'sudo touch /usr/bin/foo')).toBe("touch: cannot touch '/usr/bin/foo': Read-only file system\n");
    expect(run(m, 'sudo mkdir /usr/foo')).toBe("mkdir: cannot create directory '/usr/foo': Read-only file system\n");
    expect(run(m, 'sudo mount -o remount,rw /usr')).toBe(
      'mount: /usr: cannot remount /dev/loop0 read-write, is write-protected.\n       dmesg(1) may have more information after failed mount system call.\n',
    );
    expect(run(m, 'findmnt /usr')).toBe('TARGET SOURCE     FSTYPE   OPTIONS\n/usr   /dev/loop0 squashfs ro,relatime\n');
  });
  it('rebuilds /etc at every boot but keeps /var, /home, /opt and /usr/local', () => {
    const m = machine(
      'k3os',
      'echo x | sudo tee /etc/motd.local',
      'echo y > ~/kept',
      'sudo touch /opt/kept /usr/local/bin/tool',
      'sudo touch /root/gone',
      'sudo reboot',
    );
    expect(run(m, 'cat /etc/motd.local')).toBe('cat: /etc/motd.local: No such file or directory\n');
    expect(run(m, 'cat ~/kept')).toBe('y\n');
    expect(run(m, 'ls /opt /usr/local/bin')).toBe('/opt:\nkept\n\n/usr/local/bin:\ntool\n');
    expect(run(m, 'sudo ls /root')).toBe('');
  });
  it('applies the hostname from config.yaml at boot', () => {
    const m = machine('k3os', 'echo "hostname: edge-1" | sudo tee /var/lib/rancher/k3os/config.yaml', 'sudo reboot');
    expect(m.prompt()).toBe('edge-1 [~]$ ');
  });
});

describe('k3s is an OpenRC service, not PID 1 (overlay/etc/inittab, pkg/cc/funcs.go)', () => {
  it('shows busybox init as PID 1 and k3s under supervise-daemon', () => {
    const out = run(machine('k3os'), 'ps -ef');
    expect(out).toMatch(/\nroot\s+1\s+0 .* \/sbin\/init\n/);
    expect(out).toMatch(/supervise-daemon k3s-service/);
  });
  it('manages k3s with rc-service', () => {
    const m = machine('k3os');
    expect(run(m, 'rc-service k3s-service status')).toBe(' * status: started\n');
    expect(run(m, 'rc-service k3s-service stop')).toBe(' * k3s-service: superuser access required\n');
    expect(run(m, 'sudo rc-service k3s-service stop')).toMatch(/^ \* Stopping k3s-service \.\.\. +\[ ok \]\n$/);
    expect(run(m, 'kubectl get nodes')).toBe(
      'The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?\n',
    );
    expect(run(m, 'sudo rc-status')).toMatch(/ k3s-service +\[ {2}stopped {2}\]\n/);
  });
});

describe('upgrade by switching images (pkg/system/component.go)', () => {
  it('needs a component and skips matching versions', () => {
    const m = machine('k3os');
    expect(run(m, 'sudo k3os upgrade')).toBe(
      'FATA[0000] must specify components to upgrade, e.g. `rootfs`, `kernel`\n',
    );
    expect(run(m, 'sudo k3os upgrade --rootfs --kernel')).toBe(
      'INFO[0000] skipping "k3os" because destination version matches source: v0.21.5-k3s2r1\nINFO[0000] skipping "k3s" because destination version matches source: v1.21.5+k3s2\nINFO[0000] skipping "kernel" because destination version matches source: 5.4.0-88-generic\n',
    );
  });
  it('installs the final release, boots it, and switches back by repointing current', () => {
    const m = machine('k3os', 'sudo /usr/share/rancher/k3os/scripts/k3os-upgrade-rootfs');
    expect(run(m, 'ls -l /k3os/system/k3os')).toMatch(/current -> v0\.22\.2-k3s2r0\n.*previous -> v0\.21\.5-k3s2r1\n/s);
    run(m, 'sudo reboot');
    expect(run(m, 'grep PRETTY /etc/os-release')).toBe('PRETTY_NAME="k3OS v0.22.2-k3s2r0"\n');
    expect(run(m, 'kubectl get nodes')).toMatch(/v1\.22\.2\+k3s2\n$/);
    expect(run(m, 'sudo ln -sfn v0.21.5-k3s2r1 /k3os/system/k3os/current')).toBe(
      "ln: failed to create symbolic link '/k3os/system/k3os/current': Read-only file system\n",
    );
    run(
      m,
      'sudo mount -o remount,rw /k3os/system && sudo ln -sfn v0.21.5-k3s2r1 /k3os/system/k3os/current',
      'sudo reboot',
    );
    expect(run(m, 'grep PRETTY /etc/os-release')).toBe('PRETTY_NAME="k3OS v0.21.5-k3s2r1"\n');
    expect(m.kernel.fs.mountAt('/k3os/system')!.options).toBe('ro,relatime');
  });
  it('offers the images on the timeline', () => {
    const m = machine('k3os', 'sudo /usr/share/rancher/k3os/scripts/k3os-upgrade-rootfs');
    const t = m.timeline();
    expect(t.kind).toBe('images');
    expect(t.entries.map((e) => [e.label, e.booted, e.nextBoot])).toEqual([
      ['k3OS Previous', true, false],
      ['k3OS Current', false, true],
    ]);
    expect(m.actions().map((a) => a.id)).toContain('rollback');
  });
  it('uses the k3OS prompt', () => {
    expect(machine('k3os').prompt()).toMatch(/^k3os-\d+ \[~\]\$ $/);
  });
});

describe('k3s and the image links (rancher/k3os images/20-rootfs/Dockerfile, overlay/)', () => {
  it('links /sbin/k3s and /sbin/k3os into /k3os/system, and /sbin/init to busybox', () => {
    const m = machine('k3os');
    expect(run(m, 'readlink /sbin/k3s')).toBe('/k3os/system/k3s/current/k3s\n');
    expect(run(m, 'readlink /sbin/k3os')).toBe('/k3os/system/k3os/current/k3os\n');
    expect(run(m, 'readlink /sbin/init')).toBe('/bin/busybox\n');
  });
  it('k3s --version follows the current link: the switch shows before the reboot, the server after', () => {
    const m = machine('k3os');
    expect(run(m, 'k3s --version')).toMatch(/^k3s version v1.21.5\+k3s2\n/);
    run(m, 'sudo /usr/share/rancher/k3os/scripts/k3os-upgrade-rootfs');
    expect(run(m, 'k3s --version')).toMatch(/^k3s version v1.22.2\+k3s2\n/);
    expect(run(m, 'kubectl version')).toBe('Client Version: v1.21.5+k3s2\nServer Version: v1.21.5+k3s2\n');
    run(m, 'sudo reboot');
    expect(run(m, 'kubectl version')).toBe('Client Version: v1.22.2+k3s2\nServer Version: v1.22.2+k3s2\n');
  });
  it('never shows a link name as a version when current points at previous', () => {
    const m = machine('k3os', 'sudo /usr/share/rancher/k3os/scripts/k3os-upgrade-rootfs', 'sudo reboot');
    run(m, 'sudo mount -o remount,rw /k3os/system', 'sudo ln -sfn previous /k3os/system/k3s/current', 'sudo reboot');
    expect(run(m, 'kubectl version')).toBe('Client Version: v1.21.5+k3s2\nServer Version: v1.21.5+k3s2\n');
    expect(run(m, 'k3s --version')).toMatch(/^k3s version v1.21.5\+k3s2\n/);
  });
  it("has the release's motd and os-release", () => {
    const m = machine('k3os');
    expect(run(m, 'cat /etc/motd')).toContain('Refer to https://github.com/rancher/k3os for README and issues.\n');
    expect(run(m, 'cat /etc/os-release')).toContain('VERSION="k3OS v0.21.5-k3s2r1"\nID=k3os\nID_LIKE=alpine\n');
  });
});
