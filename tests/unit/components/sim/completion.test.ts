import { describe, expect, it } from 'vitest';
import { applyCompletion } from '../../../../src/components/sim/completion.ts';

describe('Tab completion', () => {
  it('completes a single candidate with a space, a directory without', () => {
    expect(applyCompletion('rpm-ostree ro', ['rollback'])).toEqual({ line: 'rpm-ostree rollback ', listing: null });
    expect(applyCompletion('ls /us', ['/usr/'])).toEqual({ line: 'ls /usr/', listing: null });
  });

  it('accepts base names for a path word', () => {
    expect(applyCompletion('ls /usr/b', ['bin/'])).toEqual({ line: 'ls /usr/bin/', listing: null });
  });

  it('extends to the common prefix on the first Tab, lists only on a second Tab', () => {
    expect(applyCompletion('sys', ['systemctl', 'systemd-run'])).toEqual({ line: 'system', listing: null });
    expect(applyCompletion('system', ['systemctl', 'systemd-run'])).toEqual({ line: 'system', listing: null });
    expect(applyCompletion('system', ['systemctl', 'systemd-run'], true)).toEqual({
      line: 'system',
      listing: ['systemctl', 'systemd-run'],
    });
  });

  it('does nothing without candidates', () => {
    expect(applyCompletion('xyz', [])).toEqual({ line: 'xyz', listing: null });
  });
});
