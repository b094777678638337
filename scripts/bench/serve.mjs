/** A local preview server for the built site, so Lighthouse never goes to the network. */
import { spawn } from 'node:child_process';

export async function startPreview(env, port) {
  const child = spawn('npm', ['run', 'preview', '--', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`${url}${env.BASE_PATH || '/'}`);
      if (res.ok)
        return {
          url,
          stop: () => {
            try {
              process.kill(-child.pid, 'SIGTERM');
            } catch {}
          },
        };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {}
  throw new Error(`preview server did not start on ${url}`);
}
