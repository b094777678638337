// Engine benchmark: median time per command over a long scripted session, and the
// share-link length after each system's scenario. `npm run bench` prints it.
import { Machine, SYSTEMS, scenarioOf, type SystemId } from './index.ts';

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

export function benchEngine(): {
  medianMicrosPerCommand: number;
  commands: number;
  stateLength: Record<SystemId, number>;
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
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return { medianMicrosPerCommand: Math.round(median * 10) / 10, commands: times.length, stateLength };
}
