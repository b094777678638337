import { describe, it, expect } from 'vitest';
import { run, machine, code } from '../../helpers.ts';

const RPM = 'https://kojipkgs.fedoraproject.org//packages/podman/5.6.2/1.fc44/x86_64/podman-5.6.2-1.fc44.x86_64.rpm';

describe('curl on Fedora CoreOS (downloads of the RPM catalog)', () => {
  it('saves a catalog RPM with -O that override replace then takes as a local file', () => {
    const m = machine('fcos');
    expect(run(m, `curl -LO ${RPM}`)).toBe('');
    expect(run(m, 'ls')).toBe('podman-5.6.2-1.fc44.x86_64.rpm\n');
    expect(run(m, 'sudo rpm-ostree override replace ./podman-5.6.2-1.fc44.x86_64.rpm')).toContain(
      'Downgraded:\n  podman 5:5.7.0-1.fc44 -> 5:5.6.2-1.fc44\n',
    );
  });

  it('fails with -f on a URL the servers do not have, and without -f saves their 404 page', () => {
    const m = machine('fcos');
    const missing = 'https://kojipkgs.fedoraproject.org/packages/nosuch/1/1/x86_64/nosuch-1-1.x86_64.rpm';
    expect(run(m, `curl -fsSL -o a.rpm ${missing}`)).toBe('curl: (22) The requested URL returned error: 404\n');
    expect(code(m, `curl -fsSL -o a.rpm ${missing}`)).toBe(22);
    expect(code(m, `curl -sL -o b.rpm ${missing}`)).toBe(0);
    expect(run(m, 'grep title b.rpm')).toBe('<title>404 Not Found</title>\n');
    // The page is no RPM: rpm-ostree cannot read it.
    expect(run(m, 'sudo rpm-ostree override replace b.rpm')).toBe(
      'error: Reading rpm2cpio: Unrecognized archive format\n',
    );
  });

  it('reports a file it cannot open, and a missing URL', () => {
    const m = machine('fcos');
    expect(run(m, `curl -o /usr/p.rpm ${RPM}`)).toMatch(
      /^Warning: Failed to open the file \/usr\/p\.rpm: Read-only file system\ncurl: \(23\) client returned ERROR on write of \d+ bytes\n$/,
    );
    expect(run(m, 'curl')).toBe(
      "curl: (2) no URL specified\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
    );
  });
});
