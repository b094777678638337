import { describe, it, expect } from 'vitest';
import { run, machine, code } from '../../helpers.ts';

const KOJI_OLD = 'https://koji.fedoraproject.org/koji/buildinfo?buildID=2890412';
const BODHI_FIX = 'https://bodhi.fedoraproject.org/updates/FEDORA-2026-4be2f1c7d9';
const RPM_OLD = 'https://kojipkgs.fedoraproject.org/packages/podman/5.6.2/1.fc44/x86_64/podman-5.6.2-1.fc44.x86_64.rpm';
const RPM_FIX = 'https://kojipkgs.fedoraproject.org/packages/podman/5.7.1/1.fc44/x86_64/podman-5.7.1-1.fc44.x86_64.rpm';
const HINTS = 'Use "rpm-ostree override reset" to undo overrides\nRun "systemctl reboot" to start a reboot\n';

describe('override replace with a Koji build, a Bodhi update or an RPM URL (rpmostree-override-builtins.cxx)', () => {
  it('downloads only the base package of a Koji build, stages a downgrade and says how to undo it', () => {
    const m = machine('fcos');
    const out = run(m, `sudo rpm-ostree override replace ${KOJI_OLD}`);
    expect(code(machine('fcos'), `sudo rpm-ostree override replace ${KOJI_OLD}`)).toBe(0);
    // podman-docker, podman-remote… of the same build are not in the image, debuginfo is skipped.
    expect(out).toMatch(new RegExp(`^Downloading ${RPM_OLD.replace(/[.?]/g, '\\$&')}\\.\\.\\.done\\n`));
    expect(out.match(/^Downloading /gm)).toHaveLength(1);
    expect(out).toContain('Resolving dependencies... done\nApplying 1 override\nProcessing packages... done\n');
    expect(out.endsWith(`Downgraded:\n  podman 5:5.7.0-1.fc44 -> 5:5.6.2-1.fc44\n${HINTS}`)).toBe(true);
  });

  it('shows the override in status as LocalOverrides, staged: rpm -q changes only after the reboot', () => {
    const m = machine('fcos', `sudo rpm-ostree override replace ${RPM_OLD}`);
    const status = run(m, 'rpm-ostree status');
    expect(status).toContain('                     Diff: 1 downgraded\n');
    expect(status).toContain('           LocalOverrides: podman 5:5.7.0-1.fc44 -> 5:5.6.2-1.fc44\n');
    expect(run(m, 'rpm -q podman')).toBe('podman-5.7.0-1.fc44.x86_64\n');
    run(m, 'sudo reboot');
    expect(run(m, 'rpm -q podman')).toBe('podman-5.6.2-1.fc44.x86_64\n');
    expect(run(m, 'rpm-ostree status -b')).toContain('LocalOverrides: podman 5:5.7.0-1.fc44 -> 5:5.6.2-1.fc44\n');
  });

  it('takes the builds of a Bodhi update; a later replacement of the same package replaces the earlier one', () => {
    const m = machine('fcos', `sudo rpm-ostree override replace ${KOJI_OLD}`);
    const out = run(m, `sudo rpm-ostree override replace ${BODHI_FIX}`);
    expect(out).toContain(`Downloading ${RPM_FIX}...done\n`);
    expect(out).toContain('Upgraded:\n  podman 5:5.7.0-1.fc44 -> 5:5.7.1-1.fc44\n');
    expect(run(m, 'rpm-ostree status')).toContain('LocalOverrides: podman 5:5.7.0-1.fc44 -> 5:5.7.1-1.fc44\n');
  });

  it('fails as the client does for a missing file, a file that is no RPM, a URL nobody serves, a source RPM', () => {
    const m = machine('fcos');
    expect(run(m, 'sudo rpm-ostree override replace ./podman.rpm')).toBe(
      'error: Handling argument ./podman.rpm: No such file or directory (os error 2)\n',
    );
    run(m, 'echo hello > notes.rpm');
    expect(run(m, 'sudo rpm-ostree override replace notes.rpm')).toBe(
      'error: Reading rpm2cpio: Unrecognized archive format\n',
    );
    const url = 'https://example.com/podman.rpm';
    expect(run(m, `sudo rpm-ostree override replace ${url}`)).toBe(
      `Downloading ${url}...failed\nerror: Handling argument ${url}: HTTP status client error (404 Not Found) for url (${url})\n`,
    );
    expect(run(m, 'sudo rpm-ostree override replace podman-5.6.2-1.fc44.src.rpm')).toBe(
      'error: Handling argument podman-5.6.2-1.fc44.src.rpm: podman-5.6.2-1.fc44.src.rpm appears to be a source RPM which are not usually intended to be installed\n',
    );
    expect(code(m, `sudo rpm-ostree override replace ${url}`)).toBe(1);
    // Nothing was staged by any of these.
    expect(run(m, 'rpm-ostree status')).not.toContain('Diff:');
  });

  it('rejects unknown Koji builds and Bodhi updates with the errors of fedora_integration.rs', () => {
    const m = machine('fcos');
    const koji = 'https://koji.fedoraproject.org/koji/buildinfo?buildID=1';
    expect(run(m, `sudo rpm-ostree override replace ${koji}`)).toBe(
      `error: Handling argument ${koji}: Expected struct from getBuild\n`,
    );
    const page = 'https://koji.fedoraproject.org/koji/packageinfo?packageID=3';
    expect(run(m, `sudo rpm-ostree override replace ${page}`)).toBe(
      `error: Handling argument ${page}: Failed to parse Koji buildid from URL ${page}\n`,
    );
    const bodhi = 'https://bodhi.fedoraproject.org/updates/FEDORA-2026-0000000000';
    expect(run(m, `sudo rpm-ostree override replace ${bodhi}`)).toContain(
      `Failed to download bodhi update info: HTTP status client error (404 Not Found) for url (${bodhi})\n`,
    );
  });

  it('refuses a package name without --from, --from without --experimental, and no argument', () => {
    const m = machine('fcos');
    expect(run(m, 'sudo rpm-ostree override replace podman')).toBe(
      'error: Non-local replacement overrides not implemented yet\n',
    );
    expect(run(m, 'sudo rpm-ostree override replace --from repo=updates podman')).toBe(
      'error: Must specify --experimental to use --freeze or --from\n',
    );
    expect(run(m, 'sudo rpm-ostree override replace')).toBe('error: At least one PACKAGE must be specified\n');
    expect(run(m, `rpm-ostree override replace ${RPM_OLD}`)).toContain(
      'error: Authorization required, but no authorization protocol specified\n',
    );
  });
});

describe('override replace --experimental --from repo= (docs/ex-replace.md)', () => {
  it('takes the version of the updates repository and shows it under RemoteOverrides', () => {
    const m = machine('fcos');
    const out = run(m, 'sudo rpm-ostree override replace podman --experimental --from repo=updates');
    expect(out).toContain("Will download: 1 package (18.1 MB)\nDownloading from 'updates'... done\n");
    // The arguments were names, not RPMs: no "override reset" hint (handle_override()).
    expect(
      out.endsWith('Upgraded:\n  podman 5:5.7.0-1.fc44 -> 5:5.7.1-1.fc44\nRun "systemctl reboot" to start a reboot\n'),
    ).toBe(true);
    expect(run(m, 'rpm-ostree status')).toContain(
      '          RemoteOverrides: repo=updates\n                           └─ podman 5:5.7.0-1.fc44 -> 5:5.7.1-1.fc44\n',
    );
  });

  it('finds nothing in a disabled repository or for an unknown package, and checks KIND=NAME', () => {
    const m = machine('fcos');
    const r = m.run('sudo rpm-ostree override replace podman --experimental --from repo=updates-testing');
    expect(r.output.endsWith("error: No matches for 'podman' in repo 'updates-testing'\n")).toBe(true);
    expect(r.exitCode).toBe(1);
    expect(run(m, 'sudo rpm-ostree override replace nosuch --experimental --from repo=updates')).toContain(
      "error: No matches for 'nosuch' in repo 'updates'\n",
    );
    expect(run(m, 'sudo rpm-ostree override replace podman --experimental --from foo=bar')).toBe(
      "error: Invalid kind 'foo'\n",
    );
    expect(run(m, 'sudo rpm-ostree override replace podman --experimental --from updates')).toBe(
      'error: Not in KIND=NAME format\n',
    );
  });
});

describe('override reset, rollback and upgrades with a replacement', () => {
  it('resets by name or NEVRA and says so for a package without an override', () => {
    const m = machine('fcos', `sudo rpm-ostree override replace ${RPM_OLD}`, 'sudo reboot');
    expect(run(m, 'sudo rpm-ostree override reset podman-5:5.6.2-1.fc44.x86_64')).toBe(
      'Staging deployment... done\nUpgraded:\n  podman 5:5.6.2-1.fc44 -> 5:5.7.0-1.fc44\nRun "systemctl reboot" to start a reboot\n',
    );
    expect(run(m, 'sudo rpm-ostree override reset podman')).toBe("error: No overrides for package 'podman'\n");
    expect(run(m, 'sudo rpm-ostree override reset -a podman')).toBe('error: Cannot specify PACKAGEs with --all\n');
    run(m, 'sudo reboot');
    expect(run(m, 'rpm -q podman')).toBe('podman-5.7.0-1.fc44.x86_64\n');
  });

  it('goes back to the image version with a rollback after the reboot', () => {
    const m = machine('fcos', `sudo rpm-ostree override replace ${RPM_OLD}`, 'sudo reboot');
    expect(run(m, 'sudo rpm-ostree rollback')).toContain('Upgraded:\n  podman 5:5.6.2-1.fc44 -> 5:5.7.0-1.fc44\n');
    run(m, 'sudo reboot');
    expect(run(m, 'rpm -q podman')).toBe('podman-5.7.0-1.fc44.x86_64\n');
    expect(run(m, 'rpm-ostree status -b')).not.toContain('LocalOverrides');
  });

  it('carries the override through an upgrade; once the image has that version it is inactive (status -v)', () => {
    const m = machine('fcos', `sudo rpm-ostree override replace ${BODHI_FIX}`, 'sudo reboot');
    run(m, 'sudo rpm-ostree upgrade --bypass-driver');
    const status = run(m, 'rpm-ostree status -v');
    const staged = status.slice(0, status.indexOf('\n\n') + 1);
    expect(staged).not.toMatch(/^ +LocalOverrides: /m);
    expect(staged).toContain('   InactiveLocalOverrides: podman-5:5.7.1-1.fc44.x86_64\n');
    expect(run(m, 'rpm-ostree status')).not.toContain('InactiveLocalOverrides');
    // The old deployment still has the override, until the reboot makes it the rollback.
    const oldOverride = machine('fcos', `sudo rpm-ostree override replace ${KOJI_OLD}`, 'sudo reboot');
    run(oldOverride, 'sudo rpm-ostree upgrade --bypass-driver', 'sudo reboot');
    expect(run(oldOverride, 'rpm -q podman')).toBe('podman-5.6.2-1.fc44.x86_64\n');
  });
});

describe('bootc status with rpm-ostree overrides (bootc status.rs human_render_slot_ostree)', () => {
  it('shows a deployment with overrides as an ostree commit, not as an image, and bootc upgrade refuses it', () => {
    const m = machine('fcos', `sudo rpm-ostree override replace ${RPM_OLD}`);
    const staged = run(m, 'rpm-ostree status -v').match(/ Commit: ([0-9a-f]{64})\n/)?.[1];
    expect(run(m, 'bootc status')).toMatch(
      new RegExp(
        `^ {2}Staged ostree\\n {9}Commit: ${staged}\\n\\n● Booted image: quay\\.io/fedora/fedora-coreos:stable\\n`,
      ),
    );
    run(m, 'sudo reboot');
    // The booted row is padded to the label's length in bytes: "●" counts 3.
    expect(run(m, 'bootc status')).toMatch(/^● Booted ostree\n {11}Commit: [0-9a-f]{64}\n/);
    expect(run(m, 'sudo bootc upgrade')).toContain('Deployment contains local rpm-ostree modifications');
  });
});
