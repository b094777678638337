// rpm-ostree override remove/replace/reset: changes to the base image's packages, staged as a new
// deployment like a layered install. Messages from rpm-ostree 2026.2 (the commit cited in rpm-ostree.ts):
// src/app/rpmostree-override-builtins.cxx (options, the hints after the diff),
// src/app/rpmostree-clientlib.cxx rpmostree_sort_pkgs_strv() and rust/src/client.rs (which arguments
// are files or URLs), src/daemon/rpmostreed-transaction-types.cxx (reset by name or NEVRA, "Non-local
// replacement overrides not implemented yet"), src/libpriv/rpmostree-core.cxx ("Applying N override",
// "No matches for … in repo …"), rust/src/daemon.rs parse_override_source().
import type { Io } from '../../kernel.ts';
import { FsError } from '../../fs.ts';
import { opts } from '../../coreutils.ts';
import {
  BASE_NAMES,
  BASE_PROVIDES,
  PACKAGES,
  type DeploymentSpec,
  installedPackages,
  mergeDeployment,
  requireRoot,
  specOf,
  stage,
  st,
} from './model.ts';
import { type Rpm, fedoraInfraUrls, isHttpArg, isRpmArg, isSrcRpmArg, nevraOf, rpmAtUrl, rpmInFile } from './rpms.ts';
import {
  ENABLED_REPOS,
  REMOTE_REPO,
  REMOTE_SIZES,
  RUN_REBOOT,
  checkoutOnly,
  finishTransaction,
  repoLines,
  txnLines,
  wantsReboot,
  willDownload,
} from './transaction.ts';

const UNDO_HINT = 'Use "rpm-ostree override reset" to undo overrides\n';

const USAGE =
  'Usage:\n  rpm-ostree override [OPTION…] COMMAND\n\nManage base package overrides\n\nBuiltin "override" Commands:\n' +
  '  remove       Remove packages from the base layer\n  replace      Replace packages in the base layer\n' +
  '  reset        Reset currently active package overrides\n';

/** The values of `--name=value` and `--name value`, and the arguments left once they are taken out. */
function takeOption(args: string[], name: string): { values: string[]; rest: string[] } {
  const values: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith(`--${name}=`)) values.push(a.slice(name.length + 3));
    else if (a === `--${name}` && i + 1 < args.length) values.push(args[++i] as string);
    else rest.push(a);
  }
  return { values, rest };
}

/** The packages of the deployment the change starts from (what `get_base_package_list()` reads). */
const basePackageNames = (io: Io) => [...installedPackages(st(io.k).deps[0] ?? st(io.k).booted).keys()];

/**
 * The client's side of `override replace`: each URL is downloaded and each file opened, in order
 * (client_handle_fd_argument()). Returns the RPMs, the arguments left for the daemon, or null after
 * printing the error the real client prints.
 */
function fetchArguments(io: Io, args: string[]): { rpms: Rpm[]; remote: string[] } | null {
  const rpms: Rpm[] = [];
  const remote: string[] = [];
  const fail = (arg: string, why: string) => {
    io.err(`error: Handling argument ${arg}: ${why}\n`);
    return null;
  };
  for (const arg of args) {
    const infra = fedoraInfraUrls(arg, basePackageNames(io));
    if (infra && 'error' in infra) return fail(arg, infra.error);
    if (infra && !infra.urls.length) {
      // Nothing in the build matches an installed package: no file, so the daemon gets it as a name.
      remote.push(arg);
      continue;
    }
    if (!infra && isSrcRpmArg(arg))
      return fail(arg, `${arg} appears to be a source RPM which are not usually intended to be installed`);
    const urls = infra ? infra.urls : isHttpArg(arg) ? [arg] : [];
    for (const url of urls) {
      io.out(`Downloading ${url}...`);
      const rpm = rpmAtUrl(url);
      if (!rpm) {
        io.out('failed\n');
        // reqwest's error_for_status(): the simulated servers answer 404 for what the catalog lacks.
        const why = `HTTP status client error (404 Not Found) for url (${url})`;
        return fail(arg, infra ? `Failed to download RPMs: ${why}` : why);
      }
      io.out('done\n');
      rpms.push(rpm);
    }
    if (urls.length) continue;
    if (!isRpmArg(arg)) {
      remote.push(arg);
      continue;
    }
    const path = arg.replace(/^file:\/\//, '');
    let data: string;
    try {
      const n = io.k.fs.get(path, io.k.cwd, io.cred);
      io.k.fs.checkRead(n, io.cred);
      data = n.t === 'f' ? (n.data ?? '') : '';
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      // std::fs::File::open()'s io::Error, as Rust prints it.
      const os = e.code === 'EACCES' ? 'Permission denied (os error 13)' : 'No such file or directory (os error 2)';
      return fail(arg, os);
    }
    const rpm = rpmInFile(data);
    if (!rpm) {
      // rpmostree_unpack_rpm2cpio() hands the file to libarchive, which recognizes no RPM in it.
      io.err('error: Reading rpm2cpio: Unrecognized archive format\n');
      return null;
    }
    rpms.push(rpm);
  }
  return { rpms, remote };
}

/** Stages `spec` with the transaction's output, then the diff and hints (handle_override()). */
function applyOverride(
  io: Io,
  spec: DeploymentSpec,
  reboot: boolean,
  undoHint: boolean,
  head: string,
  fetch: 'download' | 'none' = 'none',
): void {
  const s = st(io.k);
  // Without layering or an active override the deployment is the image's commit: nothing is assembled.
  const assembled = txnLines(spec, fetch);
  io.out((assembled ? head : '') + assembled);
  stage(io.k, spec);
  io.out('Staging deployment... done\n');
  // The hint names `override reset` only when replace or remove were given as RPMs or names.
  finishTransaction(io, reboot, undoHint && s.deps[0] !== s.booted ? UNDO_HINT + RUN_REBOOT : RUN_REBOOT);
}

function replace(io: Io, args: string[]): number {
  const s = st(io.k);
  const from = takeOption(args, 'from');
  const removes = takeOption(from.rest, 'remove');
  const { flags, long, rest: names } = opts(removes.rest);
  const experimental = long.includes('--experimental');
  if (!names.length) {
    io.err('error: At least one PACKAGE must be specified\n');
    return 1;
  }
  if (!experimental && (from.values.length || long.includes('--freeze'))) {
    io.err('error: Must specify --experimental to use --freeze or --from\n');
    return 1;
  }
  if (long.includes('--freeze')) {
    io.err('rpm-ostree override replace --freeze: this simulator does not emulate it\n');
    return 1;
  }
  const base = specOf(mergeDeployment(s));
  const source = from.values.at(-1);
  if (source !== undefined) return replaceFromRepo(io, base, source, names, wantsReboot(flags, long));
  const fetched = fetchArguments(io, names);
  if (!fetched) return 1;
  if (requireRoot(io)) return 1;
  if (fetched.remote.length) {
    io.err('error: Non-local replacement overrides not implemented yet\n');
    return 1;
  }
  const installed = installedPackages(mergeDeployment(s));
  const notBase = fetched.rpms.find((r) => !BASE_NAMES.includes(r.name) || !installed.has(r.name));
  if (notBase) {
    io.err(
      `rpm-ostree override replace: ${notBase.name} is not a base package of this deployment; this simulator only replaces base packages\n`,
    );
    return 1;
  }
  // A new replacement for a package drops the earlier one (name_to_nevra in the transaction).
  const names2 = new Set(fetched.rpms.map((r) => r.name));
  const replaced = [
    ...base.replaced.filter(
      (n) => ![...names2].some((p) => n.startsWith(`${p}-`) && /^\d/.test(n.slice(p.length + 1))),
    ),
    ...fetched.rpms.map(nevraOf),
  ];
  const remote = base.remote.filter((r) => !names2.has(r.split(':')[1] ?? ''));
  const removed = base.removed.filter((r) => !names2.has(r));
  applyOverride(
    io,
    { ...base, replaced, remote, removed },
    wantsReboot(flags, long),
    true,
    repoLines(io.k, base.release),
  );
  return 0;
}

/** `--experimental --from repo=NAME PKG…`: the packages come from an enabled repository (remote overrides). */
function replaceFromRepo(io: Io, base: DeploymentSpec, source: string, names: string[], reboot: boolean): number {
  const eq = source.indexOf('=');
  const kind = source.slice(0, eq);
  const repo = source.slice(eq + 1);
  const bad =
    eq < 0 ? 'Not in KIND=NAME format' : kind !== 'repo' ? `Invalid kind '${kind}'` : !repo ? 'Empty name' : '';
  if (bad) {
    io.err(`error: ${bad}\n`);
    return 1;
  }
  if (requireRoot(io)) return 1;
  const lines = repoLines(io.k, base.release);
  if (repo !== REMOTE_REPO && ENABLED_REPOS.includes(repo)) {
    io.out(lines);
    io.err(
      `rpm-ostree override replace --from repo=${repo}: this simulator only knows the versions in '${REMOTE_REPO}'\n`,
    );
    return 1;
  }
  const installed = basePackageNames(io);
  const unknown = names.find((n) => repo !== REMOTE_REPO || (!installed.includes(n) && !PACKAGES[n]));
  if (unknown !== undefined) {
    // The query of the repository finds nothing: a disabled (updates-testing) or unknown repo, or no such package.
    io.out(lines.replace(/Resolving dependencies\.\.\. done\n$/, ''));
    io.err(`error: No matches for '${unknown}' in repo '${repo}'\n`);
    return 1;
  }
  const layered = names.find((n) => !BASE_NAMES.includes(n) || n.startsWith('kernel'));
  if (layered !== undefined) {
    io.err(
      `rpm-ostree override replace: this simulator only replaces base packages other than the kernel (${layered})\n`,
    );
    return 1;
  }
  const remote = [
    ...base.remote.filter((r) => !names.includes(r.split(':')[1] ?? '')),
    ...names.map((n) => `${repo}:${n}`),
  ];
  const replaced = base.replaced.filter((n) => !names.some((p) => n.startsWith(`${p}-`)));
  const next = { ...base, remote, replaced };
  const fetch = lines + willDownload(names.map((n) => REMOTE_SIZES[n] ?? '0 bytes'));
  applyOverride(io, next, reboot, false, fetch, 'download');
  return 0;
}

function remove(io: Io, args: string[]): number {
  const s = st(io.k);
  const { flags, long, rest: names } = opts(args);
  if (!names.length) {
    io.err('error: At least one PACKAGE must be specified\n');
    return 1;
  }
  if (requireRoot(io)) return 1;
  const base = specOf(mergeDeployment(s));
  for (const n of names) {
    if (base.removed.includes(n)) {
      io.err(`error: Override already exists for package '${n}'\n`);
      return 1;
    }
    if (!BASE_PROVIDES[n]) {
      io.err(`error: Package "${n}" not found\n`);
      return 1;
    }
  }
  const fetch = checkoutOnly(io.k, base.release);
  applyOverride(io, { ...base, removed: [...base.removed, ...names] }, wantsReboot(flags, long), true, fetch);
  return 0;
}

function reset(io: Io, args: string[]): number {
  const s = st(io.k);
  const { flags, long, rest: names } = opts(args);
  const all = flags.has('a') || long.includes('--all');
  if (!names.length && !all) {
    io.err('error: At least one PACKAGE must be specified\n');
    return 1;
  }
  if (all && names.length) {
    io.err('error: Cannot specify PACKAGEs with --all\n');
    return 1;
  }
  if (requireRoot(io)) return 1;
  const base = specOf(mergeDeployment(s));
  let { removed, replaced, remote } = base;
  if (all) [removed, replaced, remote] = [[], [], []];
  for (const n of names) {
    // Remote overrides by name first, then removals by name, then local replacements by name or NEVRA.
    const r = remote.find((x) => x.split(':')[1] === n);
    const local = replaced.find((x) => x === n || (x.startsWith(`${n}-`) && /^\d/.test(x.slice(n.length + 1))));
    if (r) remote = remote.filter((x) => x !== r);
    else if (removed.includes(n)) removed = removed.filter((x) => x !== n);
    else if (local) replaced = replaced.filter((x) => x !== local);
    else {
      io.err(`error: No overrides for package '${n}'\n`);
      return 1;
    }
  }
  const fetch = checkoutOnly(io.k, base.release);
  applyOverride(io, { ...base, removed, replaced, remote }, wantsReboot(flags, long), false, fetch);
  return 0;
}

export function override(io: Io, args: string[]): number {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'replace':
      return replace(io, rest);
    case 'remove':
      return remove(io, rest);
    case 'reset':
      return reset(io, rest);
    case undefined:
      io.err(`${USAGE}\nerror: No "override" subcommand specified\n`);
      return 1;
    default:
      io.err(`error: Unknown "override" subcommand "${sub}"\n`);
      return 1;
  }
}
