import { describe, it, expect } from 'vitest';
import { run, machine, code } from '../../helpers.ts';

describe('nixos-version (nixos/modules/installer/tools/nixos-version.sh)', () => {
  it('prints the version and code name, and the fields it knows', () => {
    const m = machine('nixos');
    expect(run(m, 'nixos-version')).toBe('26.05.20261120.4f1c8b7 (Yarara)\n');
    expect(run(m, 'nixos-version --revision')).toMatch(/^4f1c8b7[0-9a-f]{33}\n$/);
    expect(run(m, 'nixos-version --kernel-version')).toBe('6.18.5\n');
    expect(JSON.parse(run(m, 'nixos-version --json'))).toEqual({
      nixosVersion: '26.05.20261120.4f1c8b7',
      nixpkgsRevision: run(m, 'nixos-version --hash').trim(),
    });
  });
  it('fails with the script message for what the build does not record', () => {
    const m = machine('nixos');
    expect(run(m, 'nixos-version --configuration-revision')).toBe(
      '/run/current-system/sw/bin/nixos-version: configuration revision is unknown\n',
    );
    expect(code(m, 'nixos-version --configuration-revision')).toBe(1);
    expect(code(m, 'nixos-version --specialisations')).toBe(1);
  });
  it('agrees with /etc/os-release (version.nix osReleaseContents)', () => {
    const m = machine('nixos');
    expect(run(m, 'grep -E "^(PRETTY_NAME|VERSION|VERSION_CODENAME)=" /etc/os-release')).toBe(
      'PRETTY_NAME="NixOS 26.05 (Yarara)"\nVERSION="26.05 (Yarara)"\nVERSION_CODENAME=yarara\n',
    );
  });
});

describe('nix-channel (src/nix/nix-channel/nix-channel.cc)', () => {
  it("lists root's channel; an ordinary user has none", () => {
    const m = machine('nixos');
    expect(run(m, 'sudo nix-channel --list')).toBe('nixos https://nixos.org/channels/nixos-26.05\n');
    expect(run(m, 'nix-channel --list')).toBe('');
    expect(code(m, 'nix-channel --list')).toBe(0);
  });
  it('adds channels to ~/.nix-channels as "url name" and lists them by name', () => {
    const m = machine('nixos', 'nix-channel --add https://channels.nixos.org/nixpkgs-unstable');
    expect(run(m, 'cat ~/.nix-channels')).toBe('https://channels.nixos.org/nixpkgs-unstable nixpkgs\n');
    run(m, 'nix-channel --add https://nixos.org/channels/nixos-26.05 abc');
    expect(run(m, 'nix-channel --list')).toBe(
      'abc https://nixos.org/channels/nixos-26.05\nnixpkgs https://channels.nixos.org/nixpkgs-unstable\n',
    );
    expect(run(m, 'nix-channel --add ftp://x')).toBe("error: invalid channel URL 'ftp://x'\n");
  });
  it('updates every channel and reports usage errors as Nix does', () => {
    const m = machine('nixos');
    expect(run(m, 'sudo nix-channel --update')).toBe('unpacking 1 channels...\n');
    expect(run(m, 'sudo nixos-rebuild switch --upgrade')).toMatch(
      /^unpacking 1 channels\.\.\.\nbuilding the system configuration\.\.\.\n/,
    );
    expect(run(m, 'nix-channel')).toBe("error: no command specified\nTry 'nix-channel --help' for more information.\n");
    expect(code(m, 'nix-channel --frobnicate')).toBe(1);
    expect(run(m, 'nix-channel --list x')).toBe(
      "error: '--list' expects no arguments\nTry 'nix-channel --help' for more information.\n",
    );
  });
});

describe('nix-shell -p (src/nix/nix-build/nix-build.cc)', () => {
  it('fetches the package, opens a shell with it on PATH, and exit leaves it', () => {
    const m = machine('nixos');
    const out = run(m, 'nix-shell -p htop');
    expect(out).toMatch(/^this path will be fetched \(204\.8 KiB download, 614\.4 KiB unpacked\):\n {2}\/nix\/store\//);
    expect(out).toMatch(
      /copying path '\/nix\/store\/[0-9a-z]{32}-htop-3\.4\.1' from 'https:\/\/cache\.nixos\.org'\.\.\.\n$/,
    );
    expect(m.prompt()).toBe('[nix-shell:~]$ ');
    expect(run(m, 'which htop')).toMatch(/^\/nix\/store\/[0-9a-z]{32}-htop-3\.4\.1\/bin\/htop\n$/);
    expect(run(m, 'echo $IN_NIX_SHELL')).toBe('impure\n');
    expect(run(m, 'exit')).toBe('exit\n');
    expect(m.prompt()).toBe('[alice@nixos:~]$ ');
    expect(code(m, 'which htop')).toBe(1);
  });
  it('fetches nothing the store already has, and a reboot ends the shell', () => {
    const m = machine('nixos');
    expect(run(m, 'nix-shell -p vim')).toBe('');
    run(m, 'sudo reboot');
    expect(m.prompt()).toBe('[alice@nixos:~]$ ');
  });
  it('reports an unknown package as the evaluator does, pointing at it', () => {
    const m = machine('nixos');
    const out = run(m, 'nix-shell -p htopp');
    expect(out.split('\n').slice(0, 2)).toEqual(["error: undefined variable 'htopp'", '       at «string»:1:107:']);
    const [, , src, caret] = out.split('\n');
    expect(src.indexOf('htopp')).toBe(caret.indexOf('^'));
    expect(code(m, 'nix-shell -p htopp')).toBe(1);
    expect(m.prompt()).toBe('[alice@nixos:~]$ ');
  });
  it('says what it does not emulate, with a failure status', () => {
    const m = machine('nixos');
    expect(run(m, 'nix-shell -p cowsay --run "cowsay hi"')).toContain('this simulator does not emulate it');
    expect(code(m, 'nix-shell -p cowsay --run "cowsay hi"')).toBe(1);
    expect(code(m, 'nix-shell')).toBe(1);
  });
});

describe('nixos-option (pkgs/by-name/ni/nixos-option)', () => {
  it('renders an option as renderOption does, from configuration.nix on disk', () => {
    const m = machine('nixos');
    expect(run(m, 'nixos-option services.openssh.enable')).toBe(
      'Value:\n  true\n\nDefault:\n  false\n\nType:\n  boolean\n\nDescription:\n' +
        '  Whether to enable the OpenSSH secure shell daemon, which\n  allows secure remote logins.\n\n' +
        'Declared by:\n  /nix/var/nix/profiles/per-user/root/channels/nixos/nixos/modules/services/networking/ssh/sshd.nix\n\n' +
        'Defined by:\n  /etc/nixos/configuration.nix\n',
    );
    run(m, "sudo sed -i 's/openssh.enable = true/openssh.enable = false/' /etc/nixos/configuration.nix");
    expect(run(m, 'nixos-option services.openssh.enable')).toMatch(/^Value:\n {2}false\n/);
  });
  it('prints path = value; with -r, and drops a trailing dot', () => {
    const m = machine('nixos', 'sudo sed -i \'s/"nixos"/"web1"/\' /etc/nixos/configuration.nix');
    expect(run(m, 'nixos-option -r networking.hostName.')).toBe('networking.hostName = "web1";\n');
    expect(run(m, 'nixos-option -r system.stateVersion')).toBe('system.stateVersion = "26.05";\n');
  });
  it('fails honestly on options the simulator does not model, and on bad arguments', () => {
    const m = machine('nixos');
    expect(run(m, 'nixos-option boot.loader.timeout')).toContain('this simulator does not emulate');
    expect(code(m, 'nixos-option boot.loader.timeout')).toBe(1);
    expect(run(m, 'nixos-option a b')).toBe('Only one option path can be provided\n');
    expect(run(m, 'nixos-option --bogus')).toBe('Unsupported option --bogus\n');
  });
  it('shows the evaluation error of a broken configuration', () => {
    const m = machine('nixos', 'echo "garbage }" | sudo tee -a /etc/nixos/configuration.nix');
    expect(run(m, 'nixos-option -r networking.hostName')).toMatch(/^error: syntax error/);
    expect(code(m, 'nixos-option -r networking.hostName')).toBe(1);
  });
});

describe('nix is installed but not emulated (issue 13, item 12)', () => {
  it('says so and fails instead of pretending to run', () => {
    const m = machine('nixos');
    expect(run(m, 'nix run nixpkgs#hello')).toBe(
      'nix: /run/current-system/sw/bin/nix is installed on NixOS; this simulator does not emulate it\n',
    );
    expect(code(m, 'nix run nixpkgs#hello')).toBe(1);
  });
});

describe('nix-env on the system profile (src/nix/nix-env/nix-env.cc, src/libstore/profiles.cc)', () => {
  it('quotes the profile when refusing to delete the current generation', () => {
    const m = machine('nixos');
    expect(run(m, 'sudo nix-env -p /nix/var/nix/profiles/system --delete-generations 1')).toBe(
      'error: cannot delete current version of profile "/nix/var/nix/profiles/system"\n',
    );
  });
  it('lists generations in the opListGenerations format and rolls back to the next lower one', () => {
    const m = machine('nixos', "sudo sed -i 's/vim wget/vim wget htop/' /etc/nixos/configuration.nix");
    run(m, 'sudo nixos-rebuild boot');
    expect(run(m, 'sudo nix-env --list-generations -p /nix/var/nix/profiles/system')).toMatch(
      /^ {3}1 {3}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {3}\n {3}2 {3}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {3}\(current\)\n$/,
    );
    expect(run(m, 'sudo nix-env --rollback -p /nix/var/nix/profiles/system')).toBe(
      'switching profile from version 2 to 1\n',
    );
    expect(run(m, 'sudo nix-env --rollback -p /nix/var/nix/profiles/system')).toBe(
      'error: no profile version older than the current (1) exists\n',
    );
  });
});
