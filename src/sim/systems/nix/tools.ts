// NixOS's everyday query and shell tools: nixos-version, nix-channel, nix-shell -p and nixos-option,
// each built from its source (cited per command). What they cannot do here they say, and fail.
import { getRel } from '../../fs.ts';
import type { CmdFn, Io, Kernel } from '../../kernel.ts';
import { evalConfig } from './config.ts';
import {
  CODENAME,
  CONFIG,
  KERNEL,
  NIXOS_VERSION,
  PACKAGES,
  REVISION,
  packageNode,
  pkgPath,
  printFetch,
  st,
  storeName,
} from './system.ts';

/** The script's $0: bash runs it by the path it found on PATH. */
const NIXOS_VERSION_PATH = '/run/current-system/sw/bin/nixos-version';

/** nixos-version: nixpkgs nixos/modules/installer/tools/nixos-version.sh, filled in by tools.nix. */
export const nixosVersion: CmdFn = (io, args) => {
  switch (args[0]) {
    case '-h':
    case '--help':
      io.err('nixos-version: --help opens the man page, which this simulator does not have\n');
      return 1;
    case '--hash':
    case '--revision':
      io.out(`${REVISION}\n`);
      return 0;
    case '--configuration-revision':
      // system.configurationRevision is null unless a flake sets it
      io.err(`${NIXOS_VERSION_PATH}: configuration revision is unknown\n`);
      return 1;
    case '--kernel-version':
      io.out(`${KERNEL}\n`);
      return 0;
    case '--specialisations':
      io.err(`${NIXOS_VERSION_PATH}: no specialisations found\n`);
      return 1;
    case '--json':
      // builtins.toJSON of { nixosVersion; nixpkgsRevision } (configurationRevision only when set)
      io.out(`${JSON.stringify({ nixosVersion: NIXOS_VERSION, nixpkgsRevision: REVISION })}\n`);
      return 0;
    default:
      io.out(`${NIXOS_VERSION} (${CODENAME})\n`);
      return 0;
  }
};

/** A legacy-command usage error as libmain's handleExceptions() prints it. */
function usageError(io: Io, program: string, message: string): number {
  io.err(`error: ${message}\nTry '${program} --help' for more information.\n`);
  return 1;
}

/** The channels file of the user running the command (~/.nix-channels) and its parsed entries. */
function channelsOf(io: Io): { path: string; channels: Map<string, string> } {
  const path = `${io.k.home(io.cred.user)}/.nix-channels`;
  const channels = new Map<string, string>();
  const text = io.k.fs.tryGet(path)?.data ?? '';
  // readChannels(): skip comments; the name is the second word, else the URL's base name
  for (const line of text.split('\n')) {
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const [raw = '', name] = line.split(' '); // split gives at least one word
    const url = raw.replace(/\/*$/, '');
    channels.set(name ?? url.split('/').pop() ?? url, url);
  }
  return { path, channels };
}

/** What `nix-channel --update` prints: update() installs every subscribed channel again. */
export function channelUpdate(io: Io): void {
  io.err(`unpacking ${channelsOf(io).channels.size} channels...\n`);
}

/** nix-channel: src/nix/nix-channel/nix-channel.cc in NixOS/nix. */
export const nixChannel: CmdFn = (io, args) => {
  const cmds = ['--add', '--remove', '--list', '--update', '--list-generations', '--rollback'];
  let cmd = '';
  const rest: string[] = [];
  for (const a of args) {
    if (a === '--help') {
      io.err('nix-channel: --help opens the man page, which this simulator does not have\n');
      return 1;
    }
    if (cmds.includes(a)) cmd = a;
    else if (a.startsWith('-')) return usageError(io, 'nix-channel', `unsupported argument '${a.slice(0, 80)}'`);
    else rest.push(a);
  }
  const { path, channels } = channelsOf(io);
  const write = () => {
    // writeChannels(): "url name" per line, in name order (a std::map)
    const text = [...channels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    io.k.fs.writeFile(path, '/', io.cred, text.map(([n, u]) => `${u} ${n}\n`).join(''), false);
  };
  switch (cmd) {
    case '':
      return usageError(io, 'nix-channel', 'no command specified');
    case '--list':
      if (rest.length) return usageError(io, 'nix-channel', "'--list' expects no arguments");
      for (const [name, url] of [...channels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        io.out(`${name} ${url}\n`);
      return 0;
    case '--add': {
      const [url, given] = rest;
      if (url === undefined || rest.length > 2)
        return usageError(io, 'nix-channel', "'--add' requires one or two arguments");
      const name = given ?? (url.split('/').pop() ?? '').replace(/-unstable$/, '').replace(/-stable$/, '');
      if (!/^(file|http|https):\/\//.test(url)) {
        io.err(`error: invalid channel URL '${url.slice(0, 200)}'\n`);
        return 1;
      }
      if (!/^[a-zA-Z0-9_][a-zA-Z0-9_.-]*$/.test(name)) {
        io.err(`error: invalid channel identifier '${name.slice(0, 200)}'\n`);
        return 1;
      }
      channels.set(name, url);
      write();
      return 0;
    }
    case '--update':
      // update(): every channel is downloaded again and installed into the channels profile. The
      // simulator has no network: the channels stay at the release the machine runs.
      channelUpdate(io);
      return 0;
    default:
      io.err(`nix-channel ${cmd}: part of nix-channel; this simulator does not emulate it\n`);
      return 1;
  }
};

/** nix-shell -p PKG…: src/nix/nix-build/nix-build.cc (the `packages` branch and the rc file it sources). */
export const nixShell: CmdFn = (io, args) => {
  const k = io.k;
  const s = st(k);
  const pkgs: string[] = [];
  let packages = false;
  for (const a of args) {
    if (a === '-p' || a === '--packages') packages = true;
    else if (a === '--run' || a === '--command' || a === '--pure') {
      io.err(`nix-shell ${a}: this simulator does not emulate it; run nix-shell -p PKG, then the command\n`);
      return 1;
    } else if (a.startsWith('-')) return usageError(io, 'nix-shell', `unrecognised flag '${a.slice(0, 80)}'`);
    else if (packages) pkgs.push(a);
  }
  if (!packages) {
    // without -p it evaluates shell.nix or default.nix in the current directory
    io.err('nix-shell without -p: this simulator does not emulate it (try nix-shell -p htop)\n');
    return 1;
  }
  for (const p of pkgs) {
    if (!Object.hasOwn(PACKAGES, p)) {
      // The expression nix-build.cc builds: each package becomes "(NAME) " in buildInputs.
      const expr = `{...}@args: with import <nixpkgs> args; (pkgs.runCommandCC or pkgs.runCommand) "shell" { buildInputs = [ ${pkgs.map((x) => `(${x}) `).join('')}]; } ""`;
      const col = expr.indexOf(`(${p})`) + 2;
      io.err(
        `error: undefined variable '${p.slice(0, 80)}'\n       at «string»:1:${col}:\n` +
          `            1| ${expr.slice(0, 200)}\n             | ${' '.repeat(col - 1)}^\n`,
      );
      return 1;
    }
  }
  const missing = pkgs.filter((p) => !s.store.kids?.has(storeName(pkgPath(p))));
  printFetch(io, missing);
  for (const p of missing) s.store.kids.set(storeName(pkgPath(p)), packageNode(p));
  // The rc file puts the inputs' bin directories in front of the caller's PATH (impure shell).
  const path = k.env.PATH ?? '';
  if (!s.nixShell) s.nixShell = { packages: [], path };
  s.nixShell.packages.push(...pkgs);
  k.env.PATH = [...pkgs.map((p) => `${pkgPath(p)}/bin`), path].join(':');
  k.env.IN_NIX_SHELL = 'impure';
  return 0;
};

/** `exit` in a nix-shell: back to the shell it started from. */
export function leaveNixShell(k: Kernel, io: Io): boolean {
  const s = st(k);
  if (!s.nixShell) return false;
  k.env.PATH = s.nixShell.path;
  delete k.env.IN_NIX_SHELL;
  s.nixShell = undefined;
  io.out('exit\n');
  return true;
}

/** The prompt the rc file sets: PS1='\n\[\033[1;32m\][nix-shell:\w]\$\[\033[0m\] ' (red for root). */
export function nixShellPrompt(k: Kernel, where: string): string | undefined {
  return st(k).nixShell ? `[nix-shell:${where}]${k.user === 'root' ? '#' : '$'} ` : undefined;
}

/** The few options whose declarations the simulator carries (text from their nixpkgs modules). */
const OPTION_DOCS: Record<string, { type: string; default: string; description: string; declared: string }> = {
  'services.openssh.enable': {
    type: 'boolean',
    default: 'false',
    // nixos/modules/services/networking/ssh/sshd.nix: mkOption { type = types.bool; default = false; ... }
    description: 'Whether to enable the OpenSSH secure shell daemon, which\nallows secure remote logins.',
    declared: 'nixos/modules/services/networking/ssh/sshd.nix',
  },
};

/** Where <nixpkgs> points on a channel-based NixOS (root's channel "nixos"). */
const NIXPKGS = '/nix/var/nix/profiles/per-user/root/channels/nixos';

/** nixos-option: nixpkgs pkgs/by-name/ni/nixos-option/nixos-option.sh and nixos-option.nix. */
export const nixosOption: CmdFn = (io, args) => {
  const k = io.k;
  let recursive = false;
  const positional: string[] = [];
  const queue = [...args];
  for (let a = queue.shift(); a !== undefined; a = queue.shift()) {
    if (a === '-r' || a === '--recursive') recursive = true;
    else if (a === '-I' || a === '-F' || a === '--flake' || a === '--extra-experimental-features') queue.shift();
    else if (a === '--no-flake' || a === '--show-trace') continue;
    else if (a === '--help') {
      io.err('nixos-option: --help opens the man page, which this simulator does not have\n');
      return 1;
    } else if (a.startsWith('-')) {
      io.err(`Unsupported option ${a.slice(0, 80)}\n`);
      return 1;
    } else positional.push(a);
  }
  if (positional.length > 1) {
    io.err('Only one option path can be provided\n');
    return 1;
  }
  const path = (positional[0] ?? '').replace(/\.$/, '');
  // It evaluates <nixos-config>, the file on disk, not the running system.
  const files: Record<string, string> = {};
  for (const [name, n] of getRel(st(k).root, 'etc/nixos')?.kids ?? [])
    if (n.t === 'f') files[`/etc/nixos/${name}`] = n.data ?? '';
  if (!(CONFIG in files)) {
    io.err(`error: file 'nixos-config' was not found in the Nix search path (add it using $NIX_PATH or -I)\n`);
    return 1;
  }
  const r = evalConfig({ files, entry: CONFIG, packages: Object.keys(PACKAGES), defaults: { hostName: 'nixos' } });
  if ('error' in r) {
    io.err(r.error);
    return 1;
  }
  const c = r.config;
  const values: Record<string, string> = {
    'services.openssh.enable': String(c.sshd),
    'networking.hostName': JSON.stringify(c.hostName),
    'system.stateVersion': JSON.stringify(c.stateVersion),
  };
  const value = values[path];
  if (value === undefined) {
    io.err(
      `nixos-option: the simulator models only ${Object.keys(values).join(', ')}; ` +
        `NixOS has many more options, which this simulator does not emulate\n`,
    );
    return 1;
  }
  if (recursive) {
    // renderRecursive on a leaf: "${showOption path} = ${toPretty value};"
    io.out(`${path} = ${value};\n`);
    return 0;
  }
  const doc = OPTION_DOCS[path];
  if (!doc) {
    io.err(`nixos-option: this simulator has the value of ${path} (try -r), not its documentation\n`);
    return 1;
  }
  // renderOption: headings joined by blank lines, each value indented by two spaces
  const indent = (t: string) => t.replace(/^/gm, '  ');
  // option.files: the files that define it (none when only the default applies)
  const defined = Object.entries(files)
    .filter(([, text]) => /\bopenssh\b/.test(text))
    .map(([f]) => f);
  io.out(
    [
      `Value:\n${indent(value)}`,
      `Default:\n${indent(doc.default)}`,
      `Type:\n${indent(doc.type)}`,
      `Description:\n${indent(doc.description)}`,
      `Declared by:\n${indent(`${NIXPKGS}/${doc.declared}`)}`,
      `Defined by:\n  ${defined.join('\n  ')}`,
    ].join('\n\n') + '\n',
  );
  return 0;
};
