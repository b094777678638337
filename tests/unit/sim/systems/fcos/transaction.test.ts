import { describe, it, expect } from 'vitest';
import type { DeploymentSpec } from '../../../../../src/sim/systems/fcos/model.ts';
import { checkoutLines, willDownload } from '../../../../../src/sim/systems/fcos/transaction.ts';

const spec: DeploymentSpec = { release: 0, packages: [], removed: [], replaced: [], remote: [], kargs: [], origin: '' };

describe('rpm-ostree transaction lines (rpmostree-core.cxx)', () => {
  it('prints one total download size in g_format_size() units', () => {
    expect(willDownload(['186.2 kB'])).toBe('Will download: 1 package (186.2 kB)\n');
    expect(willDownload(['186.2 kB', '496.0 kB'])).toBe('Will download: 2 packages (682.2 kB)\n');
    expect(willDownload(['1.4 MB', '62.5 kB'])).toBe('Will download: 2 packages (1.5 MB)\n');
  });

  it('says "Applying N overrides and M overlays" when a deployment has overrides', () => {
    expect(checkoutLines({ ...spec, packages: ['htop'] })).toBe('Checking out packages... done\n');
    expect(checkoutLines({ ...spec, removed: ['nano'] })).toBe('Applying 1 override\nProcessing packages... done\n');
    expect(checkoutLines({ ...spec, removed: ['nano'], packages: ['htop', 'tmux'] })).toBe(
      'Applying 1 override and 2 overlays\nProcessing packages... done\n',
    );
    expect(checkoutLines(spec)).toBe('');
  });
});
