// Hunts flaky end-to-end tests before they land: builds the site, then runs the given specs (or
// all of them) five times each with every page's CPU slowed down 4× (Chromium's
// Emulation.setCPUThrottlingRate, applied by the fixture in tests/e2e/fixtures.ts).
//   npm run test:flaky                                  every spec
//   npm run test:flaky -- tests/e2e/sim-lab.spec.ts     some specs (any Playwright arguments)
//   REPEAT=10 CPU_THROTTLE=6 npm run test:flaky -- --no-build ...
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const rest = args.filter((a) => a !== '--no-build');
const env = {
  ...process.env,
  E2E_CPU_THROTTLE: process.env.CPU_THROTTLE ?? '4',
};
const run = (argv) => spawnSync(argv[0], argv.slice(1), { stdio: 'inherit', env }).status ?? 1;

if (run(['node', 'scripts/ensure-chromium.mjs']) !== 0) process.exit(1);
if (build && run(['npm', 'run', 'build']) !== 0) process.exit(1);
process.exit(run(['npx', 'playwright', 'test', `--repeat-each=${process.env.REPEAT ?? 5}`, ...rest]));
