/**
 * One simulated machine and its transcript, shared by the terminal, the timeline and the file-system
 * map of one simulator. Views call run()/cancel()/reset() and redraw on the `change` event; the
 * session never touches the DOM.
 */
import { newMachine, type RunResult, type SimMachine, type SystemId } from './engine-live.ts';
import { appendEntry, type TranscriptEntry } from './transcript.ts';

export type ChangeKind = 'append' | 'redraw';

export class SimSession extends EventTarget {
  readonly system: SystemId;
  machine: SimMachine;
  transcript: TranscriptEntry[] = [];
  /** A question the last command asked (the next line answers it), or null. */
  question: string | null = null;

  constructor(system: SystemId) {
    super();
    this.system = system;
    this.machine = newMachine(system);
  }

  /** What the input line is prompted with: the shell prompt, or the pending question. */
  prompt(): string {
    return this.question ?? this.machine.prompt();
  }

  run(line: string): RunResult {
    const prompt = this.prompt();
    const result = this.machine.run(line);
    this.question = result.question ?? null;
    if (result.cleared) {
      this.transcript = [];
      this.#emit('redraw');
    } else {
      this.transcript = appendEntry(this.transcript, { prompt, command: line, output: result.output });
      this.#emit('append');
    }
    return result;
  }

  /** Ctrl+C: the line is dropped, as bash does. A pending question is answered "no" (the real tools abort). */
  cancel(line: string): void {
    const prompt = this.prompt();
    let output = '';
    if (this.question !== null) {
      const result = this.machine.run('n');
      this.question = result.question ?? null;
      output = result.output;
    }
    this.transcript = appendEntry(this.transcript, { prompt, command: line, output, cancelled: true });
    this.#emit('append');
  }

  /** Ctrl+L: the screen is cleared, the machine is not. */
  clearScreen(): void {
    this.transcript = [];
    this.#emit('redraw');
  }

  /** A fresh machine, as if the page had just loaded. */
  reset(): void {
    this.machine = newMachine(this.system);
    this.transcript = [];
    this.question = null;
    this.#emit('redraw');
  }

  /** Takes over a restored machine and the transcript that came with it (share links). */
  adopt(machine: SimMachine, transcript: TranscriptEntry[]): void {
    this.machine = machine;
    this.transcript = transcript;
    this.question = null;
    this.#emit('redraw');
  }

  #emit(kind: ChangeKind): void {
    this.dispatchEvent(new CustomEvent<ChangeKind>('change', { detail: kind }));
  }
}
