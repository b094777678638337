// Engine benchmark: median time per command over a long scripted session, the share-link
// length after each system's scenario, and the cost of restoring a 2,000-command share link.
// `npm run bench` prints it.
import { Machine, SYSTEMS, scenarioOf, MAX_SESSION_LINES, type SystemId } from './index.ts';

const EVERYDAY = [
  'ls -la',
  'cat /etc/os-release',
  'touch /usr/bin/foo',
  'echo hello > notes.txt',
  'cat notes.txt | grep hello | wc -l',
  'mkdir -p work/a/b && cd work && ls && cd ..',
  "sed -i 's/hello/bye/' notes.txt",
  'findmnt --real',
  'df -h',
  'id',
  'history 5',
  'rm -rf work',
];

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/**
 * Restoring a share link at the session cap: the replay runs in a worker (src/components/sim/
 * restore-worker.ts); the page's main thread only receives the snapshot (structured clone, measured
 * here as a clone) and rebuilds the machine from it. Worst system of the four, median of 3.
 */
/** `n` lines of `script` in order, from its start again each time it runs out (none from an empty script). */
function cycled(script: string[], n: number): string[] {
  const out: string[] = [];
  while (script.length && out.length < n) out.push(...script.slice(0, n - out.length));
  return out;
}

/** The middle value of `xs` (the mean of the middle two for an even count; 0 for none). */
function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  const lower = sorted[mid - 1];
  return sorted.length % 2 || lower === undefined ? upper : (lower + upper) / 2;
}

export function benchRestore(): { commands: number; workerReplayMs: number; mainThreadMs: number } {
  let workerReplayMs = 0;
  let mainThreadMs = 0;
  for (const system of SYSTEMS) {
    const live = Machine.create(system);
    const script = [...EVERYDAY, ...scenarioOf(system).steps.map((s) => s.command)];
    for (const line of cycled(script, MAX_SESSION_LINES)) live.run(line);
    let t = now();
    const replayed = Machine.restore(live.serialize(), { budgetMs: 60_000 });
    workerReplayMs = Math.max(workerReplayMs, now() - t);
    const snapshot = replayed.snapshot();
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      t = now();
      Machine.fromSnapshot(structuredClone(snapshot));
      runs.push(now() - t);
    }
    mainThreadMs = Math.max(mainThreadMs, median(runs));
  }
  return {
    commands: MAX_SESSION_LINES,
    workerReplayMs: Math.round(workerReplayMs),
    mainThreadMs: Math.round(mainThreadMs * 10) / 10,
  };
}

export function benchEngine(): {
  medianMicrosPerCommand: number;
  commands: number;
  stateLength: Record<SystemId, number>;
  restore: ReturnType<typeof benchRestore>;
} {
  const times: number[] = [];
  const stateLength = {} as Record<SystemId, number>;
  for (const system of SYSTEMS) {
    const m = Machine.create(system);
    const script = [...scenarioOf(system).steps.map((s) => s.command)];
    for (let round = 0; round < 40; round++) {
      for (const line of [...EVERYDAY, ...(round % 10 === 0 ? script : [])]) {
        const t = now();
        m.run(line);
        times.push((now() - t) * 1000);
      }
    }
    const fresh = Machine.create(system);
    for (const step of scenarioOf(system).steps) fresh.run(step.command);
    stateLength[system] = fresh.serialize().length;
  }
  return {
    medianMicrosPerCommand: Math.round(median(times) * 10) / 10,
    commands: times.length,
    stateLength,
    restore: benchRestore(),
  };
}
