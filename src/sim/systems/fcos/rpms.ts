// The RPM builds the simulated machine can download for `rpm-ostree override replace`, and how
// rpm-ostree turns a command-line argument into RPM files. The simulator has no network: a URL or
// file that is not in this catalog fails as the real client fails for a missing one.
//
// How arguments resolve follows rpm-ostree 2026.2 (the commit cited in rpm-ostree.ts):
// rust/src/client.rs client_handle_fd_argument() (URLs, *.rpm and file:// paths),
// rust/src/fedora_integration.rs handle_cli_arg() (Koji build pages and Bodhi updates: every RPM of
// the build for the machine's arch or noarch, no debuginfo/debugsource, only the names the default
// deployment already has), rust/src/utils.rs download_urls_to_tmpfiles() ("Downloading URL...done").
//
// The builds below are the simulator's own: their Koji build ids and Bodhi update ids are made up
// for the simulated Fedora 44 of November 2026 and name no real build.
import { dict } from '../common.ts';

export interface Rpm {
  name: string;
  epoch: number;
  version: string;
  release: string;
  arch: string;
}

export interface KojiBuild {
  /** The Koji build id in https://koji.fedoraproject.org/koji/buildinfo?buildID=N. */
  id: number;
  /** The source package: the directory under kojipkgs' packages/. */
  pkg: string;
  rpms: Rpm[];
}

const podmanBuild = (id: number, version: string, release: string): KojiBuild => {
  const rpm = (name: string, arch = 'x86_64'): Rpm => ({ name, epoch: 5, version, release, arch });
  return {
    id,
    pkg: 'podman',
    // Subpackages of Fedora's podman.spec; of these only `podman` is in Fedora CoreOS.
    rpms: [
      rpm('podman'),
      rpm('podman-docker', 'noarch'),
      rpm('podman-remote'),
      rpm('podman-tests'),
      rpm('podmansh'),
      rpm('podman-debuginfo'),
      rpm('podman-debugsource'),
    ],
  };
};

/** Koji builds, by build id. */
export const KOJI_BUILDS: KojiBuild[] = [
  // The build before the one the first simulated release ships (5:5.7.0-1.fc44): going back to it
  // is the usual "an update broke something" workaround.
  podmanBuild(2890412, '5.6.2', '1.fc44'),
  // The fix the next release ships (5:5.7.1-1.fc44), fast-tracked from its Bodhi update.
  podmanBuild(2931877, '5.7.1', '1.fc44'),
];

/** Bodhi updates, by update id: the builds each one contains. */
export const BODHI_UPDATES: Record<string, number[]> = dict({ 'FEDORA-2026-4be2f1c7d9': [2931877] });

const KOJI_WEB = 'https://koji.fedoraproject.org/koji/';
const BODHI = 'https://bodhi.fedoraproject.org/updates/';
/** TOPURL in fedora_integration.rs: where Koji's RPMs are downloaded from. */
const KOJIPKGS = 'https://kojipkgs.fedoraproject.org/';

/** "5:5.6.2-1.fc44": the epoch is shown when it is not 0 (PKG_NEVRA_FLAGS_EPOCH_VERSION_RELEASE). */
export const evrOf = (r: Rpm) => `${r.epoch ? `${r.epoch}:` : ''}${r.version}-${r.release}`;
export const nevraOf = (r: Rpm) => `${r.name}-${evrOf(r)}.${r.arch}`;
export const fileName = (r: Rpm) => `${r.name}-${r.version}-${r.release}.${r.arch}.rpm`;

/** rpm_path_from_koji_rpm(): packages/{pkg}/{version}/{release}/{arch}/{nvr}.{arch}.rpm under TOPURL. */
export const kojiUrl = (b: KojiBuild, r: Rpm) =>
  `${KOJIPKGS}packages/${b.pkg}/${r.version}/${r.release}/${r.arch}/${fileName(r)}`;

/** What a downloaded RPM file holds in the simulator: file(1)'s description of it, then its NEVRA. */
export const RPM_MAGIC = '\u00ed\u00ab\u00ee\u00db RPM v3.0 bin i386/x86_64 ';
export const rpmFileData = (r: Rpm) => `${RPM_MAGIC}${nevraOf(r)}\n`;

export function rpmByNevra(nevra: string): Rpm | undefined {
  for (const b of KOJI_BUILDS) for (const r of b.rpms) if (nevraOf(r) === nevra) return r;
  return undefined;
}

/** The RPM a file's contents describe, when it is one the catalog knows. */
export function rpmInFile(data: string): Rpm | undefined {
  return data.startsWith(RPM_MAGIC) ? rpmByNevra(data.slice(RPM_MAGIC.length).trim()) : undefined;
}

/** The RPM behind a download URL (kojipkgs; the doubled slash of Koji's own links is accepted). */
export function rpmAtUrl(url: string): Rpm | undefined {
  const u = url.replace(/^(https?:\/\/[^/]+)\/+/, '$1/').replace(/^http:/, 'https:');
  for (const b of KOJI_BUILDS) for (const r of b.rpms) if (kojiUrl(b, r) === u) return r;
  return undefined;
}

export const isHttpArg = (a: string) => a.startsWith('https://') || a.startsWith('http://');
export const isRpmArg = (a: string) => a.endsWith('.rpm') || a.startsWith('file://');
export const isSrcRpmArg = (a: string) => a.endsWith('.src.rpm');

/** A Koji build page or Bodhi update argument, as the URLs of the RPMs it stands for (`undefined`: neither). */
export function fedoraInfraUrls(
  arg: string,
  basePackages: string[],
): { urls: string[] } | { error: string } | undefined {
  const pick = (ids: number[]) =>
    ids.flatMap((id) => {
      const b = KOJI_BUILDS.find((x) => x.id === id);
      return (b?.rpms ?? [])
        .filter((r) => (r.arch === 'x86_64' || r.arch === 'noarch') && !/-debug(info|source)$/.test(r.name))
        .filter((r) => basePackages.includes(r.name))
        .map((r) => kojiUrl(b as KojiBuild, r));
    });
  if (arg.startsWith(BODHI)) {
    // canonicalize_update_id(), then get_update() fetches the update's JSON without progress output.
    const id = arg.slice(BODHI.length);
    const ids = BODHI_UPDATES[id];
    if (!ids)
      return {
        error: `Failed to download bodhi update info: HTTP status client error (404 Not Found) for url (${arg})`,
      };
    return { urls: pick(ids) };
  }
  if (arg.startsWith(KOJI_WEB)) {
    // get_buildid_from_url(): the text after the last '?' must be buildID=N.
    const n = /^buildID=(\d+)$/.exec(arg.slice(arg.lastIndexOf('?') + 1))?.[1];
    if (n === undefined) return { error: `Failed to parse Koji buildid from URL ${arg}` };
    // Koji's getBuild answers nil for an unknown build, which get_rpm_urls_from_build() rejects.
    if (!KOJI_BUILDS.some((b) => b.id === Number(n))) return { error: 'Expected struct from getBuild' };
    return { urls: pick([Number(n)]) };
  }
  return undefined;
}
