import { describe, it, expect } from 'vitest';
import { evalConfig } from '../../../../../src/sim/systems/nix/config.ts';

const FILE = '/etc/nixos/configuration.nix';
const PKGS = ['vim', 'wget', 'htop', 'git'];

function evaluate(text: string, extra: Record<string, string> = {}) {
  return evalConfig({
    files: { [FILE]: text, ...extra },
    entry: FILE,
    packages: PKGS,
    defaults: { hostName: 'nixos' },
  });
}

describe('evalConfig: the options the lessons touch', () => {
  it('reads packages, sshd, users, the host name and the state version', () => {
    const r = evaluate(`{ config, pkgs, ... }:
{
  networking.hostName = "lab";
  users.users.alice = { isNormalUser = true; extraGroups = [ "wheel" ]; };
  users.users.bob.isNormalUser = true;
  environment.systemPackages = with pkgs; [ wget vim ] ++ [ pkgs.htop ];
  services.openssh.enable = false;
  system.stateVersion = "26.05";
}`);
    expect(r).toEqual({
      config: {
        packages: ['htop', 'vim', 'wget'],
        sshd: false,
        hostName: 'lab',
        stateVersion: '26.05',
        users: [
          { name: 'alice', isNormalUser: true, extraGroups: ['wheel'], description: '', home: '/home/alice' },
          { name: 'bob', isNormalUser: true, extraGroups: [], description: '', home: '/home/bob' },
        ],
      },
    });
  });
  it('merges imported modules and follows let bindings', () => {
    const r = evaluate(
      '{ pkgs, ... }: let extra = [ pkgs.git ]; in { imports = [ ./more.nix ]; environment.systemPackages = extra; }',
      {
        '/etc/nixos/more.nix':
          '{ pkgs, ... }: { environment.systemPackages = [ pkgs.vim ]; services.openssh.enable = true; }',
      },
    );
    expect(r).toMatchObject({ config: { packages: ['git', 'vim'], sshd: true } });
  });
  it('reports an unknown package as an undefined variable inside with, and a missing attribute of pkgs', () => {
    expect(evaluate('{ pkgs, ... }: { environment.systemPackages = with pkgs; [ vimm ]; }')).toEqual({
      error: expect.stringMatching(
        /^error: undefined variable 'vimm'\n {7}at \/etc\/nixos\/configuration\.nix:1:60:\n/,
      ),
    });
    expect(evaluate('{ pkgs, ... }: { environment.systemPackages = [ pkgs.vimm ]; }')).toEqual({
      error: expect.stringMatching(/^error: attribute 'vimm' missing\n/),
    });
  });
  it('reports a duplicate attribute and wrong option types', () => {
    expect(evaluate('{ a = 1; a = 2; }')).toEqual({
      error: expect.stringMatching(/^error: attribute 'a' already defined at 1:3\n/),
    });
    expect(evaluate('{ networking.hostName = 42; }')).toEqual({
      error: expect.stringContaining("A definition for option `networking.hostName' is not of type `string'."),
    });
    expect(evaluate('{ environment.systemPackages = [ "vim" ]; }')).toEqual({
      error: expect.stringContaining(
        'A definition for option `environment.systemPackages."[definition 1-entry 1]"\' is not of type `package\'.',
      ),
    });
  });
  it('reports a missing imported file', () => {
    expect(evaluate('{ imports = [ ./nope.nix ]; }')).toEqual({
      error: "error: path '/etc/nixos/nope.nix' does not exist\n",
    });
  });
});
