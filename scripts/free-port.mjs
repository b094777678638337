// A free TCP port on the loopback interface, so every test run and PDF export starts its own
// server and never talks to one that another checkout left running.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

/** Asks the system for a free port (bind to port 0, read it, release it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
        probe.close(() => resolve(port));
      });
  });
}

/** The same, for synchronous callers (Playwright's config is evaluated synchronously). */
export function freePortSync() {
  const script =
    "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}
