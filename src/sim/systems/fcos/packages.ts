// Package tools besides rpm-ostree on Fedora CoreOS: dnf (refuses to change the image), rpm's
// queries of the booted deployment, and toolbox (needs containers, so not emulated).
import type { CmdFn, Io } from '../../kernel.ts';
import { opts } from '../../coreutils.ts';
import { installedPackages, st } from './model.ts';

/** A command or subcommand that exists on the real system but is not simulated: said plainly, exit 1. */
export function notEmulated(io: Io, what: string, why = ''): number {
  io.err(`${what}: installed on Fedora CoreOS; this simulator does not emulate it${why ? ` (${why})` : ''}\n`);
  return 1;
}

export const dnf: CmdFn = (io, args) => {
  const sub = args[0];
  if (!sub || ['list', 'info', 'search', 'repolist', 'repoquery', '--version', 'history'].includes(sub))
    return notEmulated(io, sub ? `dnf ${sub}` : 'dnf');
  // dnf5 on an image-based host resolves the transaction, then refuses to touch /usr
  // (dnf5's bootc check: https://github.com/rpm-software-management/dnf5/blob/main/dnf5/main.cpp).
  io.err('Error: this bootc system is configured to be read-only. For more information, run `bootc --help`.\n');
  return 1;
};

/** The packages of the booted deployment, as `rpm -qa` lists them (those the simulator knows). */
function installed(io: Io): string[] {
  // rpm's default query format is %{NAME}-%{VERSION}-%{RELEASE}.%{ARCH}: no epoch.
  return [...installedPackages(st(io.k).booted).values()].map((p) => p.replace(/-\d+:/, '-')).sort();
}

/** rpm -q NAME…, rpm -qa and rpm --version; rpm's other modes are not emulated. */
export const rpm: CmdFn = (io, args) => {
  const { flags, long, rest } = opts(args);
  if (long.includes('--version')) {
    // printVersion() in lib/poptALL.cc prints "RPM version %s" (rpm-software-management/rpm, tag
    // rpm-6.0.1-release, 2025-12-10). Fedora 44 was built with rpm-6.0.1-2.fc44: the Fedora package
    // database (https://packages.fedoraproject.org/pkgs/rpm/rpm-libs/) listed it for Rawhide while
    // Rawhide was fc44. rpm 6.0.2 (2026-07-15) may have reached Fedora 44 updates by November 2026;
    // no source we read says so, so the simulator keeps the version Fedora 44 shipped with.
    io.out('RPM version 6.0.1\n');
    return 0;
  }
  const query = flags.has('q') || long.includes('--query');
  if (!query) return notEmulated(io, 'rpm', 'only queries: rpm -q, rpm -qa');
  const all = installed(io);
  if (flags.has('a') || long.includes('--all')) {
    io.out(all.map((p) => p + '\n').join(''));
    return 0;
  }
  if (!rest.length) {
    io.err('rpm: no arguments given for query\n');
    return 1;
  }
  let code = 0;
  for (const name of rest) {
    const hit = all.find(
      (p) => p === name || (p.startsWith(name + '-') && /^\d/.test(p.slice(name.length + 1).replace(/^\d+:/, ''))),
    );
    if (hit) io.out(hit + '\n');
    else {
      io.out(`package ${name} is not installed\n`);
      code = 1;
    }
  }
  return code;
};

export const toolbox: CmdFn = (io, args) =>
  notEmulated(io, args[0] ? `toolbox ${args[0]}` : 'toolbox', 'it runs a Fedora container with podman');
