import { describe, it, expect } from 'vitest';
import { NixError, formatNixError, parseNix } from '../../../../../src/sim/systems/nix/parse.ts';

const FILE = '/etc/nixos/configuration.nix';

/** The error text Nix prints for `src`, or '' when it parses. */
function nixError(src: string): string {
  try {
    parseNix(src);
    return '';
  } catch (e) {
    if (e instanceof NixError) return formatNixError(e, FILE, src);
    throw e;
  }
}

describe('parseNix: the subset a configuration.nix uses', () => {
  it('parses the function header, nested and dotted attributes, lists, strings, with, imports and comments', () => {
    const src = `# comment
{ config, lib, pkgs, ... }:
/* block
   comment */
{
  imports = [ ./hardware-configuration.nix ];
  boot.loader.systemd-boot.enable = true;
  users.users.alice = { isNormalUser = true; extraGroups = [ "wheel" "video" ]; };
  environment.systemPackages = with pkgs; [ vim pkgs.git ];
  environment.etc."motd".text = ''
    hello
  '';
  networking.firewall.allowedTCPPorts = [ 22 80 ];
}
`;
    const e = parseNix(src);
    expect(e.k).toBe('lambda');
    if (e.k !== 'lambda') return;
    expect(e.formals).toEqual(['config', 'lib', 'pkgs']);
    expect(e.body.k).toBe('attrs');
    if (e.body.k !== 'attrs') return;
    expect(e.body.binds.map((b) => (b.k === 'set' ? b.path.join('.') : 'inherit'))).toEqual([
      'imports',
      'boot.loader.systemd-boot.enable',
      'users.users.alice',
      'environment.systemPackages',
      'environment.etc.motd.text',
      'networking.firewall.allowedTCPPorts',
    ]);
  });
  it('parses let, if, rec, inherit, operators and application', () => {
    expect(() =>
      parseNix(
        'let x = 1; y = { inherit x; }; in if x == 1 && !false then rec { a = x + 1; b = a; } else y // { z = [ 1 ] ++ [ 2 ]; }',
      ),
    ).not.toThrow();
    expect(() => parseNix('{ pkgs ? import <nixpkgs> {} }: pkgs.lib.mkDefault (pkgs.hello or null)')).not.toThrow();
  });
});

describe('parseNix errors: Bison messages and printCodeLines() excerpts', () => {
  it('reports a missing semicolon before the closing brace', () => {
    expect(nixError('{ config, ... }:\n{\n  networking.hostName = "x"\n}\n')).toBe(
      [
        "error: syntax error, unexpected '}', expecting ';'",
        `       at ${FILE}:4:1:`,
        '            3|   networking.hostName = "x"',
        '            4| }',
        '             | ^',
        '',
      ].join('\n'),
    );
  });
  it('reports a line after the closing brace as expecting end of file', () => {
    expect(nixError('{\n  a = 1;\n}\nfoo = 1;\n')).toBe(
      [
        "error: syntax error, unexpected '=', expecting end of file",
        `       at ${FILE}:4:5:`,
        '            3| }',
        '            4| foo = 1;',
        '             |     ^',
        '',
      ].join('\n'),
    );
  });
  it('reports an unclosed set at the end of the file', () => {
    expect(nixError('{\n  a = 1;\n')).toBe(
      ['error: syntax error, unexpected end of file', `       at ${FILE}:3:1:`, '            2|   a = 1;', ''].join(
        '\n',
      ),
    );
  });
  it('lists the expected tokens only when there are four or fewer', () => {
    expect(nixError('{ a b = 1; }')).toMatch(/^error: syntax error, unexpected identifier, expecting '\.' or '='\n/);
    expect(nixError('{ a = ; }')).toMatch(/^error: syntax error, unexpected ';'\n/);
    expect(nixError('{ a = [ 1 2 ; }')).toMatch(/^error: syntax error, unexpected ';'\n/);
    expect(nixError('{ a = "x"; }} ')).toMatch(/^error: syntax error, unexpected '}', expecting end of file\n/);
  });
  it('reports an unterminated string and a path with a trailing slash', () => {
    expect(nixError('{ a = "x; }\n')).toMatch(/^error: syntax error, unexpected end of file\n/);
    expect(nixError('{ a = ./foo/; }')).toMatch(/^error: path '\.\/foo\/' has a trailing slash\n/);
  });
});
