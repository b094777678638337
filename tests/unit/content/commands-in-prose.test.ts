/**
 * Every command the prose tells a reader to type runs in that page's simulator with the result
 * the prose describes (issue 12, item 16).
 *
 * The authoring rule (README, "Commands in the prose"): a command to type is written as
 * `<RunButton command="…" expect="…" />`. `expect` is text the output contains; `expect=""`
 * means the command prints nothing. The command goes to the simulator RunButton uses in the
 * browser (run-button.ts): the one on the same slide, else the nearest one before it, else the
 * first one after it. The commands of one simulator run in the order of the page on one machine,
 * as a reader following the prose would type them. In a "Try it" section, a command in plain
 * inline code fails this test, so none slips past the check.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Machine, scenarioById, type SystemId } from '../../../src/sim/index.ts';

interface Sim {
  system: SystemId;
  scenario?: string;
  slide: number;
  order: number;
}
interface Instruction {
  command: string;
  expect: string | undefined;
  slide: number;
  order: number;
  line: number;
}

const CONTENT = path.resolve('content');
const attr = (tag: string, name: string) => {
  const m = tag.match(new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`));
  return m ? (m[1] ?? m[2]) : undefined;
};
const decodeEntities = (s: string) => s.replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** The simulators and the commands of one page, with their slide (split at `---`) and position. */
function readPage(text: string) {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, (fm) => '\n'.repeat(fm.split('\n').length - 1));
  const sims: Sim[] = [];
  const commands: Instruction[] = [];
  let slide = 0;
  const lines = body.split('\n');
  lines.forEach((line, i) => {
    if (line === '---' && (lines[i - 1] ?? '') === '') slide++;
    for (const m of line.matchAll(/<SimMachine\b[^>]*\/>/g)) {
      sims.push({
        system: attr(m[0], 'system') as SystemId,
        scenario: attr(m[0], 'scenario'),
        slide,
        order: i * 1000 + m.index!,
      });
    }
  });
  // RunButtons may span lines: scan the whole body, keeping line numbers.
  for (const m of body.matchAll(/<RunButton\b[\s\S]*?\/>/g)) {
    const before = body.slice(0, m.index);
    const line = before.split('\n').length - 1;
    const col = before.length - before.lastIndexOf('\n') - 1;
    const slideAt = before.split('\n').filter((l, i, all) => l === '---' && (all[i - 1] ?? '') === '').length;
    const command = attr(m[0], 'command');
    if (command === undefined) throw new Error(`RunButton without command at line ${line + 1}`);
    commands.push({
      command: decodeEntities(command),
      expect: attr(m[0], 'expect'),
      slide: slideAt,
      order: line * 1000 + col,
      line,
    });
  }
  return { sims, commands };
}

/** The simulator a RunButton types into, by the same rule as run-button.ts. */
function simulatorFor(sims: Sim[], c: Instruction): Sim | undefined {
  return sims.find((s) => s.slide === c.slide) ?? sims.filter((s) => s.order < c.order).at(-1) ?? sims[0];
}

/** Inline code in a "Try it" section that reads like a command (a word, a space, arguments). */
function plainCommandsInTrySections(text: string): string[] {
  const found: string[] = [];
  const sections = text.split(/^#{2,4} /m).filter((s) => /^Try it\b/.test(s));
  for (const section of sections) {
    const prose = section.replace(/<RunButton\b[\s\S]*?\/>/g, '').replace(/\]\([^)]*\)/g, ']');
    for (const m of prose.matchAll(/`([^`\n]+)`/g)) {
      if (/^(sudo\s|[a-z][\w.-]*\s+[-\w/~'"])/.test(m[1])) found.push(m[1]);
    }
  }
  return found;
}

const pages = readdirSync(CONTENT)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ file: f, text: readFileSync(path.join(CONTENT, f), 'utf8') }));

describe('commands in the prose', () => {
  const withCommands = pages.filter((p) => readPage(p.text).commands.length > 0);

  it('are written as RunButtons on every page that teaches the simulators', () => {
    const files = withCommands.map((p) => p.file);
    for (const f of ['immutability.mdx', 'coreos.mdx', 'microos.mdx', 'k3os.mdx', 'nixos.mdx'])
      expect(files, `${f} has commands to type`).toContain(f);
    for (const p of pages) expect(plainCommandsInTrySections(p.text), `${p.file}: use <RunButton>`).toEqual([]);
  });

  for (const page of withCommands) {
    it(`${page.file}: each command runs in the page's simulator with the described result`, () => {
      const { sims, commands } = readPage(page.text);
      expect(sims.length, `${page.file} has a simulator for its commands`).toBeGreaterThan(0);
      const machines = new Map<Sim, Machine>();
      for (const c of commands) {
        const where = `${page.file}:${c.line + 1} \`${c.command}\``;
        const sim = simulatorFor(sims, c)!;
        // The page's scenario must exist for that system (SimMachine throws at build time otherwise).
        expect(() => scenarioById(sim.system, sim.scenario), where).not.toThrow();
        if (!machines.has(sim)) machines.set(sim, Machine.create(sim.system));
        expect(c.expect, `${where}: say what it prints with expect="…"`).toBeDefined();
        const r = machines.get(sim)!.run(c.command);
        const shown = r.output + (r.question ?? '');
        expect(r.question, `${where}: no yes/no question left open`).toBeUndefined();
        if (c.expect === '') {
          expect(shown, `${where} prints nothing`).toBe('');
          expect(r.exitCode, `${where} succeeds`).toBe(0);
        } else {
          expect(shown, where).toContain(c.expect);
        }
        expect(shown, where).not.toMatch(/command not found|internal error/);
      }
    });
  }

  it('catches a command in plain code and one that does not do what the prose says', () => {
    const bad = '### Try it\n\nRun `rpm-ostree install htop` now.\n';
    expect(plainCommandsInTrySections(bad)).toEqual(['rpm-ostree install htop']);
    const { commands } = readPage(
      '<SimMachine system="fcos" />\n\n<RunButton command="rpm-ostree install htop" expect="queued" />\n',
    );
    const r = Machine.create('fcos').run(commands[0].command);
    expect(r.output).not.toContain(commands[0].expect);
  });
});
