// rpm-ostree on Fedora CoreOS: status, layering, upgrade/rebase/deploy, rollback, kargs, overrides,
// cleanup and usroverlay. Messages come from rpm-ostree's sources at
// https://github.com/coreos/rpm-ostree/tree/d5ef5f0cb5ace53f40a8d92933cc87e69ad8c7f4 (src/app, src/daemon, rust/src).
import { cloneTree } from '../../fs.ts';
import type { Io, CmdFn, Kernel } from '../../kernel.ts';
import { systemdDate } from '../../state.ts';
import { needRoot } from '../common.ts';
import { opts } from '../../coreutils.ts';
import {
  BASE_NAMES,
  BASE_PROVIDES,
  KEY_WIDTH,
  baseNevra,
  PACKAGES,
  RELEASES,
  STATEROOT,
  type Deployment,
  type DeploymentSpec,
  activeReplacements,
  bootEntries,
  bootOptions,
  diffSummary,
  driverRefusal,
  kv,
  mergeDeployment,
  mountsFor,
  pkgDiff,
  requireRoot,
  specOf,
  stage,
  st,
  zincatiActive,
} from './model.ts';
import {
  QUEUED,
  RUN_REBOOT,
  checkoutOnly,
  finishTransaction,
  repoLines,
  txnLines,
  wantsReboot,
  willDownload,
} from './transaction.ts';
import { override } from './override.ts';

function status(io: Io, args: string[]): number {
  const k = io.k;
  const s = st(k);
  const { flags, long } = opts(args);
  const verbose = flags.has('v') || long.includes('--verbose');
  const onlyBooted = flags.has('b') || long.includes('--booted');
  let out = 'State: idle\n';
  out += verbose ? 'AutomaticUpdatesDriver: Zincati (zincati.service)\n' : 'AutomaticUpdatesDriver: Zincati\n';
  out += zincatiActive(k)
    ? `  DriverState: active; periodically polling for updates (last checked ${systemdDate(s.lastChecked)})\n`
    : '  DriverState: inactive\n';
  out += 'Deployments:\n';
  const shown = onlyBooted ? [s.booted] : s.deps;
  out += shown
    .map((d) => {
      const index = s.deps.indexOf(d);
      const rel = RELEASES[d.release] ?? { version: '?', built: '?' };
      let t = (d === s.booted ? '● ' : '  ') + d.origin + (verbose ? ` (index: ${index})` : '') + '\n';
      t += kv('Digest', 'sha256:' + d.digest);
      t += kv('Version', `${rel.version} (${rel.built})`);
      if (verbose && localCommit(d)) {
        t += kv('BaseCommit', s.baseCommits[d.release] ?? '');
        t += kv('Commit', d.checksum);
      } else if (verbose) t += kv('Commit', d.checksum);
      if (verbose && (d.staged || index === 0)) t += kv('Staged', d.staged ? 'yes' : 'no');
      if (verbose) t += kv('StateRoot', STATEROOT);
      if (index === 0 && d !== s.booted) {
        if (verbose) t += pkgDiff(s.booted, d, true);
        else {
          const diff = diffSummary(s.booted, d);
          if (diff) t += kv('Diff', diff);
        }
      }
      if (d.removed.length) t += kv('RemovedBasePackages', d.removed.map(baseEvr).join(' '));
      t += overrideLines(d, verbose);
      if (d.packages.length) t += kv('LayeredPackages', d.packages.join(' '));
      if (d.pinned) t += kv('Pinned', 'yes');
      if (d === s.booted && s.unlocked) t += kv('Unlocked', 'development');
      return t;
    })
    .join('\n');
  io.out(out);
  return 0;
}

/** The base package that provides `name` ("vim" -> vim-minimal), at its version in a release. */
function providerIn(name: string, release: number): string {
  const nevra = BASE_PROVIDES[name] ?? name;
  const pkg = BASE_NAMES.find((n) => nevra.startsWith(`${n}-`) && /^\d/.test(nevra.slice(n.length + 1)));
  return (pkg && baseNevra(pkg, release)) ?? nevra;
}

/** Whether a deployment is a local commit on top of its image (layering or overrides). */
const localCommit = (d: DeploymentSpec) => [d.packages, d.removed, d.replaced, d.remote].some((l) => l.length > 0);

/**
 * LocalOverrides (names grouped by "old -> new"), InactiveLocalOverrides (-v: requested RPMs the
 * base already has) and RemoteOverrides (one block per repository, └─ under the source).
 */
function overrideLines(d: Deployment, verbose: boolean): string {
  const active = activeReplacements(d);
  const grouped = new Map<string, string[]>();
  for (const r of active.filter((x) => !x.source)) {
    const diff = `${r.from} -> ${r.to}`;
    grouped.set(diff, [...(grouped.get(diff) ?? []), r.name]);
  }
  let out = '';
  const local = [...grouped].map(([diff, names]) => `${names.join(' ')} ${diff}`).sort();
  if (local.length) out += kv('LocalOverrides', local.join(' '));
  const inactive = d.replaced.filter((n) => !active.some((r) => r.nevra === n)).sort();
  if (verbose && inactive.length) out += kv('InactiveLocalOverrides', inactive.join(' '));
  const sources = [...new Set(active.filter((x) => x.source).map((x) => x.source))];
  for (const source of sources) {
    const lines = active
      .filter((x) => x.source === source)
      .map((r) => `${r.name} ${r.from} -> ${r.to}`)
      .sort();
    out += kv('RemoteOverrides', source);
    out += lines.map((l, i) => `  ${''.padStart(KEY_WIDTH)}  ${i === lines.length - 1 ? '└─' : '├─'} ${l}\n`).join('');
  }
  return out;
}

/** "nano 8.6-1.fc44": status groups removed base packages by their EVR. */
function baseEvr(name: string): string {
  const n = BASE_PROVIDES[name] ?? name;
  const m = /^(.*?)-((?:\d+:)?[^-]+-[^-]+)\.[^.]+$/.exec(n);
  return m ? `${m[1]} ${m[2]}` : name;
}
function layer(io: Io, args: string[], remove: boolean): number {
  const k = io.k;
  const s = st(k);
  const { rest: names, long, flags } = opts(args);
  if (!names.length) {
    io.err(`error: At least one PACKAGE must be specified\n`);
    return 1;
  }
  if (requireRoot(io)) return 1;
  // The next deployment starts from the merge deployment, which is the first one, not the booted one.
  const base = specOf(mergeDeployment(s));
  const next = new Set(base.packages);
  for (const n of names) {
    if (remove) {
      if (!next.has(n)) {
        io.err(`error: Package/capability '${n}' is not currently requested\n`);
        return 1;
      }
      next.delete(n);
    } else if (next.has(n)) {
      io.err(`error: Package/capability '${n}' is already requested\n`);
      return 1;
    }
  }
  if (!remove) {
    io.out(repoLines(k, base.release));
    const notFound = names.filter((n) => !PACKAGES[n] && !BASE_PROVIDES[n]);
    if (notFound.length) {
      io.err(`error: Packages not found: ${notFound.join(', ')}\n`);
      return 1;
    }
    const provided = names.find((n) => BASE_PROVIDES[n]);
    if (provided && !long.includes('--allow-inactive')) {
      io.err(
        `error: "${provided}" is already provided by: ${providerIn(provided, base.release)}. Use --allow-inactive to explicitly require it.\n`,
      );
      return 1;
    }
    for (const n of names) next.add(n);
  }
  const spec = { ...base, packages: [...next].filter((p) => PACKAGES[p]) };
  if (!remove) io.out(willDownload(names.map((n) => PACKAGES[n]?.size ?? '0 bytes')) + txnLines(spec, 'download'));
  else io.out(checkoutOnly(k, base.release) + txnLines(spec, 'none'));
  stage(k, spec);
  io.out('Staging deployment... done\n');
  finishTransaction(io, wantsReboot(flags, long));
  return 0;
}

/** The pull lines of an OCI image origin. */
function pullLines(k: Kernel, origin: string, digest: string): string {
  let out = `Pulling manifest: ${origin}\nImporting: ${origin} (digest: sha256:${digest})\n`;
  out += 'ostree chunk layers already present: 51\nostree chunk layers needed: 14 (643.6 MB)\n';
  for (let i = 0; i < 14; i++)
    out += `[${i}/14] Fetching ostree chunk ${k.rng.hex(19)} (${(20 + k.rng.int(700) / 10).toFixed(1)} MB)...done\n`;
  return out;
}

/** Stages `spec` after pulling its image, as upgrade, rebase and deploy do. */
function deployImage(io: Io, spec: DeploymentSpec, reboot: boolean, hint: string): void {
  const k = io.k;
  const s = st(k);
  io.out(pullLines(k, spec.origin, s.digests[spec.release] ?? ''));
  if (localCommit(spec)) io.out(repoLines(k, spec.release) + txnLines(spec, 'import'));
  stage(k, spec);
  io.out('Staging deployment... done\n');
  finishTransaction(io, reboot, hint);
}

function upgrade(io: Io, args: string[]): number {
  const s = st(io.k);
  const { flags, long } = opts(args);
  if (driverRefusal(io, args)) return 1;
  const base = specOf(mergeDeployment(s));
  const latest = RELEASES.length - 1;
  const check = long.includes('--check') || long.includes('--preview');
  if (check)
    io.err('Note: --check and --preview may be unreliable.  See https://github.com/coreos/rpm-ostree/issues/1579\n');
  if (base.release >= latest) {
    io.out(check ? 'No updates available.\n' : 'No upgrade available.\n');
    return check ? 77 : 0;
  }
  if (requireRoot(io)) return 1;
  const rel = RELEASES[latest];
  if (check) {
    io.out(
      `AvailableUpdate:\n        Version: ${rel?.version} (${rel?.built})\n         Digest: sha256:${s.digests[latest]}\n`,
    );
    return 0;
  }
  deployImage(io, { ...base, release: latest }, wantsReboot(flags, long), RUN_REBOOT);
  return 0;
}

/** Container image transports rpm-ostree accepts as a rebase target (ostree-ext's SignatureSource). */
const IMAGE_PREFIXES = [
  'ostree-unverified-registry:',
  'ostree-unverified-image:',
  'ostree-image-signed:',
  'ostree-remote-image:',
];

function rebase(io: Io, args: string[]): number {
  const s = st(io.k);
  const { flags, long, rest } = opts(args, ['b', 'm']);
  if (!rest.length) {
    io.err('error: Must specify refspec, or -b branch or -m remote\n');
    return 1;
  }
  if (rest.length > 2) {
    io.err('error: Too many arguments\n');
    return 1;
  }
  if (driverRefusal(io, args)) return 1;
  if (requireRoot(io)) return 1;
  const target = rest[0] ?? '';
  if (!IMAGE_PREFIXES.some((p) => target.startsWith(p))) {
    io.err(
      `rpm-ostree rebase: "${target}" is an OSTree branch; this simulator only rebases to container images (ostree-unverified-registry:…, ostree-image-signed:docker://…)\n`,
    );
    return 1;
  }
  const base = specOf(mergeDeployment(s));
  deployImage(io, { ...base, origin: target, release: RELEASES.length - 1 }, wantsReboot(flags, long), QUEUED);
  return 0;
}

function deploy(io: Io, args: string[]): number {
  const s = st(io.k);
  const { flags, long, rest } = opts(args);
  if (!rest.length) {
    io.err('error: REVISION must be specified\n');
    return 1;
  }
  if (driverRefusal(io, args)) return 1;
  if (requireRoot(io)) return 1;
  const rev = (rest[0] ?? '').replace(/^version=/, '');
  const release = RELEASES.findIndex((r, i) => r.version === rev || `sha256:${s.digests[i]}` === rev);
  if (release < 0) {
    const base = mergeDeployment(s).origin;
    io.err(
      `error: Creating importer: failed to invoke method OpenImage: reading manifest ${rev} in ${base.replace(/^[^:]*:docker:\/\//, '')}: manifest unknown\n`,
    );
    return 1;
  }
  deployImage(io, { ...specOf(mergeDeployment(s)), release }, wantsReboot(flags, long), RUN_REBOOT);
  return 0;
}

function rollback(io: Io, args: string[]): number {
  const k = io.k;
  const s = st(k);
  const { flags, long } = opts(args);
  if (requireRoot(io)) return 1;
  const bi = s.deps.indexOf(s.booted);
  // ostree_sysroot_query_deployments_for(): the pending one is before the booted one, the rollback after it.
  const pending = bi > 0 ? s.deps[0] : undefined;
  const after = s.deps[bi + 1];
  if (!after && !pending) {
    io.err('error: No rollback deployment found\n');
    return 1;
  }
  if (pending?.staged) {
    io.err('error: Staged deployment (remove with cleanup -p)\n');
    return 1;
  }
  // Without a rollback deployment the booted one goes back on top: a rollback undoes a rollback.
  const target = after ?? s.booted;
  s.deps = [target, ...s.deps.filter((d) => d !== target)];
  bootEntries(k);
  io.out(`Moving '${target.checksum}.${target.serial}' to be first deployment\n`);
  finishTransaction(io, wantsReboot(flags, long));
  return 0;
}
function cleanup(io: Io, args: string[]): number {
  const k = io.k;
  const s = st(k);
  const { flags, long } = opts(args);
  if (requireRoot(io)) return 1;
  const pending = flags.has('p') || long.includes('--pending');
  const rb = flags.has('r') || long.includes('--rollback');
  const base = flags.has('b') || long.includes('--base');
  const repomd = flags.has('m') || long.includes('--repomd');
  if (!pending && !rb && !base && !repomd) {
    io.err('error: At least one cleanup option must be specified\n');
    return 1;
  }
  const bi = s.deps.indexOf(s.booted);
  // Pinned deployments are never removed (ostree-admin-pin(1)).
  const drop = s.deps.filter((d, i) => !d.pinned && d !== s.booted && ((pending && i < bi) || (rb && i > bi)));
  if (repomd) io.out('Freed: 0 bytes (pkgcache branches: 0)\n');
  if (!drop.length) {
    if (pending || rb) io.out('Deployments unchanged.\n');
    return 0;
  }
  s.deps = s.deps.filter((d) => !drop.includes(d));
  bootEntries(k);
  io.out(`Freed: ${drop.length * 312}.4 MB (pkgcache branches: 0)\n`);
  return 0;
}

export function usroverlay(io: Io): number {
  const k = io.k;
  const s = st(k);
  if (needRoot(io, 'error: You must be root to perform this command\n')) return 1;
  if (s.unlocked) {
    io.err('error: Deployment is already in unlocked state: development\n');
    return 1;
  }
  s.unlocked = cloneTree(s.booted.root.kids?.get('usr') ?? s.booted.root);
  k.fs.setMounts(mountsFor(k));
  io.out(
    'Development mode enabled.  A writable overlayfs is now mounted on /usr.\nAll changes there will be discarded on reboot.\n',
  );
  return 0;
}

/** The values of `--name=value` and `--name value` options, in order. */
function optionValues(args: string[], name: string): string[] {
  const out: string[] = [];
  args.forEach((a, i) => {
    if (a.startsWith(`--${name}=`)) out.push(a.slice(name.length + 3));
    else if (a === `--${name}` && args[i + 1] !== undefined) out.push(args[i + 1] ?? '');
  });
  return out;
}

/** rpm-ostree kargs: prints the merge deployment's arguments, or stages a deployment with changed ones. */
function kargs(io: Io, args: string[]): number {
  const s = st(io.k);
  const append = optionValues(args, 'append');
  const appendMissing = optionValues(args, 'append-if-missing');
  const del = optionValues(args, 'delete');
  const delPresent = optionValues(args, 'delete-if-present');
  const replace = optionValues(args, 'replace');
  const { flags, long } = opts(
    args.filter((a, i) => !/^--(append|delete|replace)/.test(args[i - 1] ?? '') || a.startsWith('-')),
  );
  const reboot = wantsReboot(flags, long);
  if (del.length && replace.length) {
    io.err('error: Cannot specify both --delete and --replace\n');
    return 1;
  }
  const display = !append.length && !appendMissing.length && !del.length && !delPresent.length && !replace.length;
  if (display && reboot) {
    io.err('error: Cannot reboot when kernel arguments not changed\n');
    return 1;
  }
  const base = specOf(mergeDeployment(s));
  if (display) {
    io.out(bootOptions(mergeDeployment(s)) + '\n');
    return 0;
  }
  if (requireRoot(io)) return 1;
  const next = [...base.kargs];
  for (const a of del) {
    const i = next.indexOf(a);
    const byKey = next.filter((x) => x.split('=')[0] === a);
    if (i < 0 && byKey.length !== 1) {
      io.err(`error: No karg '${a}' found\n`);
      return 1;
    }
    next.splice(i >= 0 ? i : next.indexOf(byKey[0] ?? ''), 1);
  }
  for (const a of delPresent) if (next.includes(a)) next.splice(next.indexOf(a), 1);
  for (const r of replace) {
    const [key] = r.split('=');
    const i = next.findIndex((x) => x.split('=')[0] === key);
    if (i < 0) {
      io.err(`error: No karg '${key}' found\n`);
      return 1;
    }
    next[i] = r;
  }
  next.push(...append);
  for (const a of appendMissing) if (!next.includes(a)) next.push(a);
  if (next.join(' ') === base.kargs.join(' ')) {
    io.err('error: The kernel arguments remained the same\n');
    return 1;
  }
  stage(io.k, { ...base, kargs: next });
  io.out('Staging deployment... done\n');
  finishTransaction(io, reboot);
  return 0;
}

/** The builtin commands `rpm-ostree` lists, in its own order (commands[] in src/app/libmain.cxx). */
const BUILTINS: [string, string][] = [
  ['compose', 'Commands to compose a tree'],
  ['apply-live', 'Apply pending deployment changes to booted deployment'],
  ['cleanup', 'Clear cached/pending data'],
  ['db', 'Commands to query the RPM database'],
  ['deploy', 'Deploy a specific commit'],
  ['rebase', 'Switch to a different tree'],
  ['rollback', 'Revert to the previously booted tree'],
  ['status', 'Get the version of the booted system'],
  ['upgrade', 'Perform a system upgrade'],
  ['reload', 'Reload configuration'],
  ['cancel', 'Cancel an active transaction'],
  ['initramfs', 'Enable or disable local initramfs regeneration'],
  ['install', 'Overlay additional packages'],
  ['uninstall', 'Remove overlayed additional packages'],
  ['search', 'Search for packages'],
  ['override', 'Manage base package overrides'],
  ['reset', 'Remove all mutations'],
  ['refresh-md', 'Generate rpm repo metadata'],
  ['kargs', 'Query or modify kernel arguments'],
  ['initramfs-etc', 'Add files to the initramfs'],
  ['usroverlay', 'Apply a transient overlayfs to /usr'],
];
const USAGE =
  'Usage:\n  rpm-ostree [OPTION…] COMMAND\n\nBuiltin Commands:\n' +
  BUILTINS.map(([n, d]) => `  ${n.padEnd(21)}${d}\n`).join('') +
  '\nHelp Options:\n  -h, --help           Show help options\n\nApplication Options:\n' +
  '  --version            Print version information and exit\n  -q, --quiet          Avoid printing most informational messages\n';

/** rpm-ostree 2026.2 as `--version` prints it (src/app/libmain.cxx, rust/src/utils.rs get_features());
 * a build from a release tarball has no Git line. */
const VERSION =
  "rpm-ostree:\n Version: '2026.2'\n Features:\n  - rust\n  - compose\n  - container\n  - fedora-integration\n";

export const rpmOstree: CmdFn = (io, args) => {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'status':
      return status(io, rest);
    case 'install':
    case 'in':
    case 'pkg-add':
      return layer(io, rest, false);
    case 'uninstall':
    case 'remove':
    case 'pkg-remove':
      return layer(io, rest, true);
    case 'upgrade':
    case 'update':
      return upgrade(io, rest);
    case 'rebase':
      return rebase(io, rest);
    case 'deploy':
      return deploy(io, rest);
    case 'rollback':
      return rollback(io, rest);
    case 'kargs':
      return kargs(io, rest);
    case 'override':
      return override(io, rest);
    case 'cleanup':
      return cleanup(io, rest);
    case 'usroverlay':
    case 'unlock':
      return usroverlay(io);
    case '--version':
      io.out(VERSION);
      return 0;
    case '-h':
    case '--help':
      io.out(USAGE);
      return 0;
    case undefined:
      io.err(USAGE + '\nerror: No command specified\n');
      return 1;
    default:
      if (BUILTINS.some(([n]) => n === sub)) {
        io.err(`rpm-ostree ${sub}: this subcommand is part of rpm-ostree; this simulator does not emulate it\n`);
        return 1;
      }
      io.err(USAGE + `\nerror: Unknown command '${sub}'\n`);
      return 1;
  }
};
