import { describe, it, expect } from 'vitest';
import {
  KOJI_BUILDS,
  fedoraInfraUrls,
  isRpmArg,
  nevraOf,
  rpmAtUrl,
  rpmFileData,
  rpmInFile,
} from '../../../../../src/sim/systems/fcos/rpms.ts';

describe('the RPM catalog behind override replace (rust/src/client.rs, fedora_integration.rs)', () => {
  it('resolves a Koji build to the RPMs of installed names only, for x86_64 or noarch, without debuginfo', () => {
    const url = 'https://koji.fedoraproject.org/koji/buildinfo?buildID=2890412';
    expect(fedoraInfraUrls(url, ['podman', 'bash'])).toEqual({
      urls: ['https://kojipkgs.fedoraproject.org/packages/podman/5.6.2/1.fc44/x86_64/podman-5.6.2-1.fc44.x86_64.rpm'],
    });
    const all = fedoraInfraUrls(url, ['podman', 'podman-docker', 'podman-debuginfo']);
    expect(all).toEqual({
      urls: [expect.stringMatching(/podman-5\.6\.2/), expect.stringMatching(/noarch\/podman-docker/)],
    });
    expect(fedoraInfraUrls('https://example.com/x.rpm', ['podman'])).toBeUndefined();
  });

  it('finds an RPM by its kojipkgs URL (with Koji’s doubled slash) and by the contents of a downloaded file', () => {
    const rpm = rpmAtUrl(
      'https://kojipkgs.fedoraproject.org//packages/podman/5.7.1/1.fc44/x86_64/podman-5.7.1-1.fc44.x86_64.rpm',
    );
    expect(rpm && nevraOf(rpm)).toBe('podman-5:5.7.1-1.fc44.x86_64');
    expect(
      rpmAtUrl('https://kojipkgs.fedoraproject.org/packages/podman/9/1/x86_64/podman-9-1.x86_64.rpm'),
    ).toBeUndefined();
    const first = KOJI_BUILDS[0]?.rpms[0];
    expect(first && rpmInFile(rpmFileData(first))).toEqual(first);
    expect(rpmInFile('hello\n')).toBeUndefined();
  });

  it('treats *.rpm and file:// as files, as is_rpm_arg() does', () => {
    expect(isRpmArg('./podman.rpm')).toBe(true);
    expect(isRpmArg('file:///tmp/podman')).toBe(true);
    expect(isRpmArg('podman')).toBe(false);
  });
});
