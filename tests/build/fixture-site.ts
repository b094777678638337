/**
 * Fixture builds for the build tests: a copy of the small talk in tests/fixtures/sites/minimal,
 * edited per case, built with the project's own config into a temporary directory.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const fixture = path.resolve('tests/fixtures/sites/minimal');

/**
 * How long a fixture build (or a PDF step) may take before it counts as hung: a guard, not a speed
 * check. A build takes about 10 s on a quiet 2-core machine and over 3 minutes on one loaded ten
 * times over (measured at load 15-19), so the tests' own timeouts derive from this.
 */
export const BUILD_TIMEOUT_MS = 600_000;

export interface FixtureBuild {
  status: number | null;
  /** stdout and stderr, without colours. */
  output: string;
  content: string;
  dist: string;
  /** Removes the build's temporary directory. */
  remove(): void;
}

export interface FixtureOptions {
  /** Edits the copied content folder before the build. */
  editContent?: (contentDir: string) => void;
  /** Edits the copy of the project (config, src/, public/, scripts/) before the build. */
  editProject?: (projectDir: string) => void;
  /** The build command (default `npx astro build`; `npm run build` also runs the PDF step). */
  command?: string[];
  /** More environment for the build. */
  env?: Record<string, string>;
}

export function buildFixture({
  editContent,
  editProject,
  command = ['npx', 'astro', 'build'],
  env = {},
}: FixtureOptions = {}): FixtureBuild {
  // Every build runs in a copy of the project (1.5 MB), never in the project itself: Astro writes
  // .astro/ (content-modules.mjs names this build's content folder) into the project it builds, so
  // two builds from one project race, and the unit suite runs its files on two workers. The copy
  // lives under .build-fixtures/ in the project, so it finds the project's node_modules by the
  // usual lookup (a symlinked node_modules confuses Astro's compile cache).
  const parent = path.resolve('.build-fixtures');
  mkdirSync(parent, { recursive: true });
  const tmp = mkdtempSync(path.join(parent, 'talk-build-'));
  const content = path.join(tmp, 'content');
  cpSync(fixture, content, { recursive: true });
  editContent?.(content);
  const cwd = path.join(tmp, 'project');
  // Without nested node_modules: `npm run bench` installs Lighthouse under scripts/bench/.
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'])
    cpSync(item, path.join(cwd, item), {
      recursive: true,
      filter: (source) => !source.split(path.sep).includes('node_modules'),
    });
  editProject?.(cwd);
  const dist = path.join(tmp, 'dist');
  const result = spawnSync(command[0], command.slice(1), {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: dist,
      ASTRO_CACHE_DIR: path.join(tmp, 'cache'),
      // Its own build cache (src/build-cache/content-cache.ts), so no test reuses another's PDFs or cards.
      BUILD_CACHE_DIR: path.join(tmp, 'build-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    timeout: BUILD_TIMEOUT_MS,
  });
  // Strip colours so the assertions read the words.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output, content, dist, remove: () => rmSync(tmp, { recursive: true, force: true }) };
}

export const replaceIn = (file: string, from: string, to: string): void => {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
};
