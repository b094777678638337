/**
 * One simulated machine and its transcript, shared by the terminal, the timeline and the file-system
 * map of one simulator. Views see it through the small `SimPort` interface (they never reach into
 * the engine's Machine), call run()/cancel()/reset() and redraw on the `change` event; the session
 * never touches the DOM, so it also runs in the restore worker.
 *
 * The transcript is always what the engine printed: a share link carries only the lines typed
 * (the engine's session log), and restoring it replays them here.
 */
import {
  machineFromSnapshot,
  newMachine,
  parseSession,
  REPLAY_BUDGET_MS,
  type FsMapEntry,
  type MachineSnapshot,
  type RunResult,
  type SessionEvent,
  type SimMachine,
  type SystemId,
  type TimelineAction,
  type TimelineView,
} from './engine-live.ts';
import { appendEntry, type TranscriptEntry } from './transcript.ts';

export type ChangeKind = 'append' | 'redraw';

/** The most main-thread time replaying a handed-over tail may take (one line that asked a question). */
const TAIL_BUDGET_MS = 100;

/** What a view may ask of a simulator. */
export interface SimPort extends EventTarget {
  readonly system: SystemId;
  readonly transcript: readonly TranscriptEntry[];
  /** Changes whenever the session gets another machine: Reset, a restored link, the speaker-view mirror. */
  readonly generation: number;
  /** What the input line is prompted with: the shell prompt, or the question a command asked. */
  prompt(): string;
  /** The question the last command asked (the next line answers it), or null. */
  question(): string | null;
  run(line: string): RunResult;
  /** Ctrl+C with `line` typed so far. */
  cancel(line: string): void;
  /** Ctrl+L: the screen is cleared, the machine is not. */
  clearScreen(): void;
  reset(): void;
  history(): string[];
  complete(line: string): string[];
  timeline(): TimelineView;
  fsMap(): FsMapEntry[];
  actions(): TimelineAction[];
  /** The engine's session log: what a share link carries. */
  serialize(): string;
}

/** What the restore worker hands back: the replayed machine, its transcript, and events left to replay here. */
export interface ReplayedSession {
  snapshot: MachineSnapshot;
  transcript: TranscriptEntry[];
  tail: SessionEvent[];
}

export class SimSession extends EventTarget implements SimPort {
  readonly system: SystemId;
  #machine: SimMachine;
  transcript: TranscriptEntry[] = [];
  generation = 0;

  constructor(system: SystemId) {
    super();
    this.system = system;
    this.#machine = newMachine(system);
  }

  prompt(): string {
    return this.#machine.prompt();
  }

  question(): string | null {
    return this.#machine.question();
  }

  run(line: string): RunResult {
    const prompt = this.prompt();
    const result = this.#machine.run(line);
    this.#record('append', prompt, line, result);
    return result;
  }

  cancel(line: string): void {
    const prompt = this.prompt();
    this.#record('append', prompt, [line], this.#machine.cancel(line));
  }

  clearScreen(): void {
    this.transcript = [];
    this.#emit('redraw');
  }

  /** A fresh machine, as if the page had just loaded. */
  reset(): void {
    this.#machine = newMachine(this.system);
    this.generation++;
    this.transcript = [];
    this.#emit('redraw');
  }

  history(): string[] {
    return this.#machine.history();
  }
  complete(line: string): string[] {
    return this.#machine.complete(line);
  }
  timeline(): TimelineView {
    return this.#machine.timeline();
  }
  fsMap(): FsMapEntry[] {
    return this.#machine.fsMap();
  }
  actions(): TimelineAction[] {
    return this.#machine.actions();
  }
  serialize(): string {
    return this.#machine.serialize();
  }

  /**
   * Replays a session log (a share link's content) on a fresh machine, rebuilding the transcript
   * from what the engine prints. Throws an Error for the user if the log is damaged, for another
   * system, or needs more than the replay budget.
   */
  replay(serialized: string, budgetMs = REPLAY_BUDGET_MS): void {
    const log = parseSession(serialized, this.system);
    this.#replayEvents(log.seed, log.events, budgetMs);
  }

  #replayEvents(seed: number, events: readonly SessionEvent[], budgetMs: number): void {
    this.#machine = newMachine(this.system, seed);
    this.generation++;
    this.transcript = [];
    this.#replayTail(events, budgetMs);
  }

  #replayTail(events: readonly SessionEvent[], budgetMs: number): void {
    this.#machine.replay(events, {
      budgetMs,
      each: (event, prompt, result) => this.#record(null, prompt, event, result),
    });
    this.#emit('redraw');
  }

  /**
   * The replay in a form the page can take over at once (the restore worker's job): a snapshot of
   * the machine and its transcript. A machine waiting at a question holds code and cannot be
   * snapshotted, so it is snapshotted before the line that asked, and that line (the `tail`) is
   * replayed on the page, where it must fit TAIL_BUDGET_MS.
   */
  static replayForHandover(system: SystemId, serialized: string, budgetMs = REPLAY_BUDGET_MS): ReplayedSession {
    const started = performance.now();
    const left = () => budgetMs - (performance.now() - started);
    const { seed, events } = parseSession(serialized, system);
    const whole = new SimSession(system);
    whole.#replayEvents(seed, events, budgetMs);
    if (whole.#machine.question() === null)
      return { snapshot: whole.#machine.snapshot(), transcript: whole.transcript, tail: [] };
    let cut = events.length - 1;
    while (cut > 0 && typeof events[cut] !== 'string') cut--;
    const head = new SimSession(system);
    head.#replayEvents(seed, events.slice(0, cut), left());
    const handover: ReplayedSession = {
      snapshot: head.#machine.snapshot(),
      transcript: head.transcript,
      tail: events.slice(cut),
    };
    head.#replayTail(handover.tail, Math.min(left(), TAIL_BUDGET_MS));
    return handover;
  }

  /** Takes over a machine replayed elsewhere (the restore worker), then replays its tail here. */
  adopt(replayed: ReplayedSession): void {
    this.#machine = machineFromSnapshot(replayed.snapshot, this.system);
    this.generation++;
    this.transcript = replayed.transcript;
    this.#replayTail(replayed.tail, TAIL_BUDGET_MS);
  }

  #record(kind: ChangeKind | null, prompt: string, event: SessionEvent, result: RunResult): void {
    if (typeof event !== 'string') {
      this.transcript = appendEntry(this.transcript, {
        prompt,
        command: event[0],
        output: result.output,
        cancelled: true,
      });
    } else if (result.cleared) {
      this.transcript = [];
      if (kind) kind = 'redraw';
    } else {
      this.transcript = appendEntry(this.transcript, { prompt, command: event, output: result.output });
    }
    if (kind) this.#emit(kind);
  }

  #emit(kind: ChangeKind): void {
    this.dispatchEvent(new CustomEvent<ChangeKind>('change', { detail: kind }));
  }
}
