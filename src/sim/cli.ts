// Terminal front end: `npm run sim -- <fcos|microos|k3os|nixos> [--seed N]`.
// On a TTY it is an interactive session; with commands piped in it prints a transcript.
import { createInterface } from 'node:readline';
import { Machine, SYSTEMS, systemInfo, type SystemId } from './index.ts';

const args = process.argv.slice(2);
const system = args.find((a) => !a.startsWith('-')) as SystemId | undefined;
const seedIdx = args.indexOf('--seed');
const seed = seedIdx >= 0 ? Number(args[seedIdx + 1]) : 1;

if (!system || !SYSTEMS.includes(system)) {
  process.stderr.write(`usage: npm run sim -- <${SYSTEMS.join('|')}> [--seed N]\n`);
  process.exit(2);
}

const m = Machine.create(system, { seed });
const interactive = process.stdin.isTTY === true;

if (interactive) {
  const info = systemInfo(system);
  process.stdout.write(`Simulated ${info.name}. Type 'help' for what works; Ctrl-D leaves.\n\n`);
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    completer: (line: string) => {
      const hits = m.complete(line);
      const word = /(\S*)$/.exec(line)?.[1] ?? '';
      return [hits, word];
    },
  });
  rl.setPrompt(m.prompt());
  rl.prompt();
  rl.on('line', (line) => {
    const r = m.run(line);
    if (r.cleared) process.stdout.write('\x1b[2J\x1b[H');
    process.stdout.write(r.output);
    rl.setPrompt(r.question ?? m.prompt());
    rl.prompt();
  });
  rl.on('close', () => {
    process.stdout.write('\n');
    process.exit(0);
  });
} else {
  // Transcript: each command after its prompt, then its output, as a terminal shows it.
  const rl = createInterface({ input: process.stdin, terminal: false });
  let pendingQuestion: string | undefined;
  rl.on('line', (line) => {
    process.stdout.write((pendingQuestion ?? m.prompt()) + line + '\n');
    const r = m.run(line);
    process.stdout.write(r.output);
    pendingQuestion = r.question;
  });
  rl.on('close', () => {
    if (pendingQuestion !== undefined) process.stdout.write(pendingQuestion + '\n');
  });
}
