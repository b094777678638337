import { describe, it, expect } from 'vitest';
import { run, machine } from '../helpers.ts';
import { parseConfig } from '../../../../src/sim/systems/nixos.ts';

const ADD_HTOP = "sudo sed -i 's/vim wget/vim wget htop/' /etc/nixos/configuration.nix";
const LOCK = 'error: opening lock file "/nix/var/nix/profiles/system.lock": Permission denied\n';

describe('what is read-only on NixOS (stage-2.nix nixStoreMountOpts, setup-etc.pl)', () => {
  it('makes /nix/store read-only and /usr writable for root', () => {
    const m = machine('nixos');
    expect(run(m, 'sudo touch /nix/store/foo')).toBe("touch: cannot touch '/nix/store/foo': Read-only file system\n");
    expect(run(m, 'touch /usr/bin/foo')).toBe("touch: cannot touch '/usr/bin/foo': Permission denied\n");
    expect(run(m, 'sudo touch /usr/bin/foo && ls /usr/bin')).toBe('env  foo\n');
  });
  it('links managed /etc files into the store; writing through them fails', () => {
    const m = machine('nixos');
    expect(run(m, 'readlink /etc/hosts')).toBe('/etc/static/hosts\n');
    expect(run(m, 'echo x | sudo tee -a /etc/hosts')).toBe('tee: /etc/hosts: Read-only file system\nx\n');
    expect(run(m, 'echo x | tee -a /etc/hosts')).toBe('tee: /etc/hosts: Permission denied\nx\n');
  });
  it('lets sed -i replace the link, and the next activation puts it back', () => {
    const m = machine('nixos', "sudo sed -i 's/localhost/lh/' /etc/hosts", 'echo mine | sudo tee /etc/unmanaged.conf');
    expect(run(m, 'readlink /etc/hosts')).toBe('');
    expect(run(m, 'head -1 /etc/hosts')).toBe('127.0.0.1 lh\n');
    run(m, 'sudo nixos-rebuild switch');
    expect(run(m, 'readlink /etc/hosts')).toBe('/etc/static/hosts\n');
    expect(run(m, 'cat /etc/unmanaged.conf')).toBe('mine\n');
  });
});

describe('nixos-rebuild (nixos-rebuild-ng, src/libstore/profiles.cc)', () => {
  it('builds a generation and ends with the Done line', () => {
    const m = machine('nixos', ADD_HTOP);
    const out = run(m, 'sudo nixos-rebuild switch');
    expect(out.startsWith('building the system configuration...\n')).toBe(true);
    expect(out).toContain(
      'Checking switch inhibitors... done\nactivating the configuration...\nsetting up /etc...\nreloading user units for alice...\n',
    );
    expect(out).toMatch(
      /\nDone\. The new configuration is \/nix\/store\/[0-9a-z]{32}-nixos-system-nixos-26\.05\.20261120\.4f1c8b7\n$/,
    );
    expect(run(m, 'htop --version')).toBe('htop 3.4.1\n');
    expect(run(m, 'readlink /nix/var/nix/profiles/system')).toBe('system-2-link\n');
  });
  it("lists generations in nix-env's format, for root only", () => {
    const m = machine('nixos', ADD_HTOP, 'sudo nixos-rebuild switch');
    expect(run(m, 'nix-env --list-generations --profile /nix/var/nix/profiles/system')).toBe(LOCK);
    expect(run(m, 'sudo nix-env --list-generations --profile /nix/var/nix/profiles/system')).toMatch(
      /^ {3}1 {3}2026-11-23 10:00:00 {3}\n {3}2 {3}2026-11-26 10:00:\d\d {3}\(current\)\n$/,
    );
  });
  it('rolls back to the highest older generation, not as a toggle', () => {
    const m = machine(
      'nixos',
      ADD_HTOP,
      'sudo nixos-rebuild switch',
      "sudo sed -i 's/htop/htop tmux/' /etc/nixos/configuration.nix",
      'sudo nixos-rebuild switch',
    );
    const out = run(m, 'sudo nixos-rebuild switch --rollback');
    expect(out).toBe(
      'building the system configuration...\nswitching profile from version 3 to 2\nactivating the configuration...\nsetting up /etc...\nreloading user units for alice...\nrestarting sysinit-reactivation.target\nDone. The new configuration is /nix/var/nix/profiles/system\n',
    );
    expect(run(m, 'sudo nixos-rebuild switch --rollback')).toContain('switching profile from version 2 to 1\n');
    expect(run(m, 'sudo nixos-rebuild switch --rollback')).toBe(
      'building the system configuration...\nerror: no profile version older than the current (1) exists\n',
    );
    expect(run(m, 'htop --version')).toBe('bash: htop: command not found\n');
  });
  it('numbers a new build max+1 and reuses the highest generation when identical', () => {
    const m = machine('nixos', ADD_HTOP, 'sudo nixos-rebuild switch', 'sudo nixos-rebuild switch --rollback');
    run(m, 'sudo nixos-rebuild switch'); // same configuration as generation 2, the highest
    expect(run(m, 'readlink /nix/var/nix/profiles/system')).toBe('system-2-link\n');
    run(
      m,
      'sudo nixos-rebuild switch --rollback',
      "sudo sed -i 's/htop/tmux/' /etc/nixos/configuration.nix",
      'sudo nixos-rebuild switch',
    );
    expect(run(m, 'readlink /nix/var/nix/profiles/system')).toBe('system-3-link\n');
  });
  it('activates with test but boots the old default; boot waits for the reboot', () => {
    const m = machine('nixos', ADD_HTOP, 'sudo nixos-rebuild test');
    expect(run(m, 'htop --version')).toBe('htop 3.4.1\n');
    run(m, 'sudo reboot');
    expect(run(m, 'htop --version')).toBe('bash: htop: command not found\n');
    run(m, 'sudo nixos-rebuild boot');
    expect(run(m, 'htop --version')).toBe('bash: htop: command not found\n');
    run(m, 'sudo reboot');
    expect(run(m, 'htop --version')).toBe('htop 3.4.1\n');
  });
  it('refuses switch for ordinary users with the profile lock error', () => {
    expect(run(machine('nixos'), 'nixos-rebuild switch')).toBe('building the system configuration...\n' + LOCK);
  });
  it('reports an unknown package with the position in configuration.nix', () => {
    const out = run(
      machine('nixos', "sudo sed -i 's/wget/wgett/' /etc/nixos/configuration.nix"),
      'sudo nixos-rebuild switch',
    );
    expect(out).toContain("error: undefined variable 'wgett'\n       at /etc/nixos/configuration.nix:20:49:\n");
  });
  it('parses package lists written with and without `with pkgs;`', () => {
    expect(parseConfig('{ pkgs, ... }: { environment.systemPackages = [ pkgs.htop pkgs.git ]; }')).toMatchObject({
      packages: ['git', 'htop'],
    });
    expect(parseConfig('{ environment.systemPackages = with pkgs; [ vim ];')).toMatchObject({
      error: expect.stringContaining('error: syntax error, unexpected end of file'),
    });
  });
  it("refuses a line appended after the closing brace with Nix's syntax error", () => {
    const m = machine('nixos', "echo 'services.nginx.enable = true;' | sudo tee -a /etc/nixos/configuration.nix");
    const r = m.run('sudo nixos-rebuild switch');
    expect(r.output).toContain(
      "error: syntax error, unexpected '=', expecting end of file\n       at /etc/nixos/configuration.nix:26:23:\n",
    );
    expect(r.exitCode).toBe(1);
    expect(m.timeline().entries).toHaveLength(1);
  });
  it('reports a missing semicolon where Nix does', () => {
    const m = machine('nixos', "sudo sed -i 's/enable = true;/enable = true/' /etc/nixos/configuration.nix");
    expect(run(m, 'sudo nixos-rebuild switch')).toContain("error: syntax error, unexpected '=', expecting ';'\n");
  });
});

describe('configuration.nix options take effect on switch', () => {
  it('turns sshd off and on with services.openssh.enable', () => {
    const m = machine(
      'nixos',
      "sudo sed -i 's/openssh.enable = true/openssh.enable = false/' /etc/nixos/configuration.nix",
    );
    const out = run(m, 'sudo nixos-rebuild switch');
    expect(out).toContain('stopping the following units: sshd.service\nactivating the configuration...\n');
    expect(run(m, 'systemctl is-active sshd')).toMatch(/^inactive|^unknown/);
    expect(run(m, 'ls /etc/ssh/sshd_config')).toMatch(/No such file or directory/);
    run(m, "sudo sed -i 's/openssh.enable = false/openssh.enable = true/' /etc/nixos/configuration.nix");
    expect(run(m, 'sudo nixos-rebuild switch')).toContain('the following new units were started: sshd.service\n');
    expect(run(m, 'systemctl is-active sshd')).toBe('active\n');
  });
  it('shows units under /etc/systemd/system in systemctl status, never /usr/lib', () => {
    const out = run(machine('nixos'), 'systemctl status sshd');
    expect(out).toContain('Loaded: loaded (/etc/systemd/system/sshd.service; enabled;');
    expect(out).not.toContain('/usr/lib/systemd');
  });
  it('sets the host name from networking.hostName', () => {
    const m = machine('nixos', 'sudo sed -i \'s/hostName = "nixos"/hostName = "lab"/\' /etc/nixos/configuration.nix');
    expect(run(m, 'sudo nixos-rebuild switch')).toMatch(/-nixos-system-lab-26\.05/);
    expect(run(m, 'hostname')).toBe('lab\n');
    expect(run(m, 'cat /etc/hostname')).toBe('lab\n');
  });
  it('adds a user from users.users.<name> with a home directory and groups', () => {
    const m = machine(
      'nixos',
      'sudo sed -i \'s/^  environment/  users.users.bob = { isNormalUser = true; extraGroups = [ "wheel" ]; };\\n  environment/\' /etc/nixos/configuration.nix',
    );
    run(m, 'sudo nixos-rebuild switch');
    expect(run(m, 'grep ^bob /etc/passwd')).toMatch(/^bob:x:1001:100::\/home\/bob:/);
    expect(run(m, 'grep ^wheel /etc/group')).toBe('wheel:x:1:alice,bob\n');
    expect(run(m, 'ls -d /home/bob')).toBe('/home/bob\n');
  });
  it("reports a wrong option type with the module system's wording", () => {
    const m = machine(
      'nixos',
      'sudo sed -i \'s/openssh.enable = true/openssh.enable = "yes"/\' /etc/nixos/configuration.nix',
    );
    expect(run(m, 'sudo nixos-rebuild switch')).toContain(
      "error: A definition for option `services.openssh.enable' is not of type `boolean'. Definition values:\n       - In `/etc/nixos/configuration.nix': \"yes\"\n",
    );
  });
  it('says "this path will be fetched" for a single path (printMissing)', () => {
    const out = run(machine('nixos', ADD_HTOP), 'sudo nixos-rebuild switch');
    expect(out).toMatch(
      /\nthis path will be fetched \(204\.8 KiB download, 614\.4 KiB unpacked\):\n {2}\/nix\/store\/[0-9a-z]{32}-htop-3\.4\.1\n/,
    );
  });
});

describe('nix-collect-garbage -d (src/nix/nix-collect-garbage, profiles.cc)', () => {
  it('removes every generation but the current one and deletes unreachable paths', () => {
    const m = machine('nixos', ADD_HTOP, 'sudo nixos-rebuild switch', 'sudo nixos-rebuild switch --rollback');
    const out = run(m, 'sudo nix-collect-garbage -d');
    expect(out).toMatch(
      /^removing old generations of profile \/nix\/var\/nix\/profiles\/system\nremoving profile version 2\nfinding garbage collector roots\.\.\.\ndeleting garbage\.\.\.\n/,
    );
    expect(out).toMatch(/deleting '\/nix\/store\/[0-9a-z]{32}-htop-3\.4\.1'\n/);
    expect(out).toMatch(
      /deleting unused links\.\.\.\nnote: currently hard linking saves 0\.00 MiB\n\d+ store paths deleted, [\d.]+ MiB freed\n$/,
    );
    expect(m.timeline().entries.map((e) => e.id)).toEqual(['system-1']);
  });
});

describe('timeline', () => {
  it('shows generations with the rollback target', () => {
    const m = machine('nixos', ADD_HTOP, 'sudo nixos-rebuild switch');
    const t = m.timeline();
    expect(t.kind).toBe('generations');
    expect(t.entries.map((e) => [e.id, e.label, e.booted, e.nextBoot, e.rollbackTarget])).toEqual([
      ['system-1', 'Generation 1', true, false, true],
      ['system-2', 'Generation 2', false, true, false],
    ]);
    expect(t.entries[1].packages).toEqual(['htop', 'vim', 'wget']);
  });
  it('uses the NixOS prompt', () => {
    expect(machine('nixos').prompt()).toBe('[alice@nixos:~]$ ');
  });
});
