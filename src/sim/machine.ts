// The engine's core: a machine of any system whose module is registered. index.ts registers every
// system of the registry (Node, tests, the build); the browser registers only the system a page shows
// (each a chunk of its own). No scenarios here: only the build and the tests play them.
import {
  Kernel,
  type SystemId,
  type SystemModule,
  type TimelineView,
  type FsMapEntry,
  type TimelineAction,
} from './kernel.ts';
import { Shell, MAX_LINE } from './shell.ts';
import {
  SimStateError,
  encodeSession,
  decodeSession,
  SECONDS_PER_COMMAND,
  type SessionEvent,
  type SessionLog,
} from './state.ts';
import { fromSnapshot, takeSnapshot, type MachineSnapshot } from './snapshot.ts';
import { joinPath } from './fs.ts';
import { SYSTEM_IDS } from '../systems/registry.ts';

export type { SystemId, SystemModule, TimelineView, TimelineEntry, FsMapEntry, TimelineAction } from './kernel.ts';
export { SimStateError } from './state.ts';
export type { SessionEvent, SessionLog } from './state.ts';
export type { MachineSnapshot } from './snapshot.ts';

/** The simulated systems, from the one registry (src/systems/registry.ts). */
export const SYSTEMS: readonly SystemId[] = SYSTEM_IDS;
const MODULES: Partial<Record<SystemId, SystemModule>> = {};

/** Makes a system available to Machine.create and restore (its module is the system's whole behaviour). */
export function registerSystem(id: SystemId, module: SystemModule): void {
  MODULES[id] = module;
}

/** The module of a registered system; a system that is known but not registered here is an error. */
function moduleOf(id: SystemId): SystemModule {
  const m = MODULES[id];
  if (!m) throw new SimStateError(`The ${String(id).slice(0, 20)} simulator is not loaded on this page.`);
  return m;
}

/** The most lines (and Ctrl+C) one session keeps: a share link replays every one of them. */
export const MAX_SESSION_LINES = 2000;

/**
 * Replay's CPU budget (ms). An honest 2,000-command session replays in 2-3 s on a laptop; a
 * link crafted from the slowest commands would take 20 s or more and is refused instead.
 */
export const REPLAY_BUDGET_MS = 8000;

/** Over the replay budget: the link asks for more work than any real session does. */
export class ReplayBudgetError extends SimStateError {
  constructor() {
    super('The saved session needs more work to replay than this simulator allows; it was not restored.');
    this.name = 'ReplayBudgetError';
  }
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export interface SystemInfo {
  id: SystemId;
  name: string;
  user: string;
  hostname: string;
}

export function systemInfo(id: SystemId): SystemInfo {
  const m = moduleOf(id);
  return { id, name: m.name, user: m.user, hostname: new Kernel(m, 1).hostname };
}

export interface RunResult {
  output: string;
  exitCode: number;
  cleared?: boolean;
  question?: string;
}

export class Machine {
  readonly system: SystemId;
  private readonly k: Kernel;
  private readonly shell: Shell;
  private readonly seed: number;
  private readonly log: SessionEvent[] = [];

  private constructor(system: SystemId, seed: number) {
    this.system = system;
    this.seed = seed;
    this.k = new Kernel(moduleOf(system), seed);
    this.shell = new Shell(this.k);
  }

  static create(system: SystemId, opts?: { seed?: number }): Machine {
    if (!SYSTEMS.includes(system)) throw new SimStateError(`Unknown system "${String(system).slice(0, 20)}".`);
    const seed = Math.abs(Math.trunc(opts?.seed ?? 1)) % 2 ** 31;
    return new Machine(system, seed);
  }

  /** Rebuilds a machine from serialize(): the whole session is replayed, so nothing is half-loaded. */
  static restore(serialized: string, opts: { budgetMs?: number } = {}): Machine {
    const log = Machine.parse(serialized);
    const m = Machine.fromLog(log);
    m.replay(log.events, opts);
    return m;
  }

  /** Reads serialize()'s format without replaying it; throws SimStateError when it is damaged. */
  static parse(serialized: string): SessionLog {
    const log = decodeSession(serialized, SYSTEMS);
    if (log.events.length > MAX_SESSION_LINES)
      throw new SimStateError('The saved session is longer than this simulator keeps.');
    if (log.events.some((e) => (typeof e === 'string' ? e : e[0]).length > MAX_LINE))
      throw new SimStateError('The saved session has a line longer than the simulator takes.');
    return log;
  }

  /** A fresh machine for a parsed log (nothing replayed yet). */
  static fromLog(log: SessionLog): Machine {
    return new Machine(log.system as SystemId, log.seed);
  }

  /**
   * Runs the events on this machine, calling `each` after each one (the UI rebuilds its transcript
   * from it). Throws ReplayBudgetError once the replay has used `budgetMs` of CPU time.
   */
  replay(
    events: readonly SessionEvent[],
    opts: { budgetMs?: number; each?: (event: SessionEvent, prompt: string, result: RunResult) => void } = {},
  ): void {
    const budget = opts.budgetMs ?? REPLAY_BUDGET_MS;
    const start = now();
    for (const event of events) {
      const prompt = this.prompt();
      const result = typeof event === 'string' ? this.run(event) : this.cancel(event[0]);
      opts.each?.(event, prompt, result);
      if (now() - start > budget) throw new ReplayBudgetError();
    }
  }

  /** The machine's whole state as structured-clonable data (a worker hands it over; never from a link). */
  snapshot(): MachineSnapshot {
    return takeSnapshot(this, Machine.create(this.system), this.system, moduleOf(this.system));
  }

  /** The machine a snapshot() was taken of. Throws SimStateError if the snapshot does not fit this engine. */
  static fromSnapshot(snapshot: MachineSnapshot): Machine {
    const fresh = Machine.create(snapshot.system);
    return fromSnapshot(snapshot, fresh, moduleOf(snapshot.system)) as Machine;
  }

  /** What the input line is prompted with: the pending question if a command asked one, else the shell prompt. */
  prompt(): string {
    return this.k.pending?.question ?? this.k.sysmod.prompt(this.k);
  }

  /** The question the last command asked (the next line answers it), or null. */
  question(): string | null {
    return this.k.pending?.question ?? null;
  }

  /**
   * Ctrl+C with `line` typed so far: the line is dropped as bash does ($? becomes 130); a pending
   * question is interrupted the way the tool that asked handles SIGINT.
   */
  cancel(line: string): RunResult {
    if (this.log.length >= MAX_SESSION_LINES) return { output: '', exitCode: 130 };
    this.log.push([String(line).slice(0, MAX_LINE)]);
    try {
      return this.shell.interrupt();
    } catch (e) {
      return { output: `sim: internal error: ${e instanceof Error ? e.message : String(e)}\n`, exitCode: 70 };
    }
  }

  run(line: string): RunResult {
    try {
      if (typeof line !== 'string') line = String(line);
      const parts = line.split(/\r?\n/);
      if (parts.length > 1) return this.runMany(parts);
      if (line.length > MAX_LINE) {
        return {
          output: `sim: this line is ${line.length} characters long; the simulator takes at most ${MAX_LINE}\n`,
          exitCode: 1,
        };
      }
      if (this.log.length >= MAX_SESSION_LINES) {
        return {
          output:
            `sim: this machine has taken ${MAX_SESSION_LINES} commands, the most one session keeps (a share link ` +
            'replays every one of them); start a fresh machine with Reset to go on\n',
          exitCode: 1,
        };
      }
      this.log.push(line);
      this.k.clock.tick(SECONDS_PER_COMMAND);
      this.k.fs.now = this.k.clock.ms;
      return this.shell.run(line);
    } catch (e) {
      // Never throw at the caller: an engine bug shows as text, like a crashed program would.
      if (typeof process !== 'undefined' && process.env.SIM_DEBUG) console.error(e);
      return { output: `sim: internal error: ${e instanceof Error ? e.message : String(e)}\n`, exitCode: 70 };
    }
  }

  private runMany(lines: string[]): RunResult {
    let output = '';
    let r: RunResult = { output: '', exitCode: 0 };
    lines.forEach((l, i) => {
      if (i === lines.length - 1 && l === '') return;
      r = this.run(l);
      output += r.output + (r.question ?? '');
    });
    return { ...r, output: r.question ? output.slice(0, output.length - r.question.length) : output };
  }

  complete(line: string): string[] {
    const word = /\S*$/.exec(line)?.[0] ?? ''; // the word being typed
    const before = line.slice(0, line.length - word.length).trim();
    const first = before === '' || /(^|[;&|]|sudo)$/.test(before);
    if (first && !word.includes('/')) return this.shell.commandNames().filter((n) => n.startsWith(word));
    const slash = word.lastIndexOf('/');
    const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
    const base = slash >= 0 ? word.slice(slash + 1) : word;
    const dirPath = dirPart === '' ? '.' : dirPart.replace(/^~(?=\/|$)/, this.k.env.HOME ?? '');
    const d = this.k.fs.tryGet(dirPath, this.k.cwd, this.k.cred());
    if (!d || d.t !== 'd') return [];
    return [...d.kids.keys()]
      .filter((n) => n.startsWith(base) && (base.startsWith('.') || !n.startsWith('.')))
      .sort()
      .map((n) => {
        const full = dirPart + n;
        const t = this.k.fs.tryGet(joinPath(this.k.cwd, dirPath + '/' + n), '/', this.k.cred());
        return t?.t === 'd' ? full + '/' : full;
      });
  }

  history(): string[] {
    return [...this.k.history];
  }

  serialize(): string {
    return encodeSession({ system: this.system, seed: this.seed, events: this.log });
  }

  timeline(): TimelineView {
    return this.k.sysmod.timeline(this.k);
  }

  fsMap(): FsMapEntry[] {
    return this.k.sysmod.fsMap(this.k);
  }

  actions(): TimelineAction[] {
    return this.k.sysmod.actions(this.k);
  }

  /** For tests and the benchmark: the engine's insides. Not part of the UI contract. */
  get kernel(): Kernel {
    return this.k;
  }
}
