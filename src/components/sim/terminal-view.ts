/**
 * The terminal: a role="log" transcript and one input line after the system's prompt. Everything
 * the engine prints goes in through textContent, so markup in a command or a file stays text.
 * For screen readers: a pending question is written into the log (and names the input), a whole
 * redraw (restore, reset, clear) replaces the log silently and the status line says what happened
 * in one sentence, and Copy/Share never move keyboard focus.
 */
import { applyCompletion } from './completion.ts';
import { HistoryCursor } from './history-cursor.ts';
import { leaveToDeck } from './deck-bridge.ts';
import type { SimPort } from './session.ts';
import { keyAction } from './terminal-keys.ts';
import { displayOutput, transcriptText, TRANSCRIPT_LIMIT, type TranscriptEntry, widestLine } from './transcript.ts';

/** A terminal's usual width. */
const TERMINAL_COLUMNS = 80;
/**
 * Output this wide is a table that wrapping would destroy (`snapper list`: 116 columns), and the
 * deck widens the terminal for it. Narrower overflow (rpm-ostree status's 98-column `Digest:` line)
 * wraps, and the timeline beside the terminal stays where the demo needs it.
 */
const WIDE_TABLE_COLUMNS = 100;

export class TerminalView {
  readonly #session: SimPort;
  readonly #root: HTMLElement;
  #log: HTMLElement;
  readonly #screen: HTMLElement;
  readonly #input: HTMLInputElement;
  readonly #prompt: HTMLElement;
  readonly #status: HTMLElement | null;
  readonly #history = new HistoryCursor();
  /** The line as the last Tab left it, so the next Tab knows it directly follows one. */
  #tabbedLine: string | null = null;
  #commandLabel = 'Command';

  constructor(root: HTMLElement, session: SimPort) {
    this.#session = session;
    this.#root = root;
    this.#log = root.querySelector<HTMLElement>('[data-sim-log]')!;
    this.#screen = root.querySelector<HTMLElement>('[data-sim-screen]')!;
    this.#input = root.querySelector<HTMLInputElement>('[data-sim-input]')!;
    this.#prompt = root.querySelector<HTMLElement>('[data-sim-prompt]')!;
    this.#status = root.querySelector<HTMLElement>('[data-sim-status]');
    const form = root.querySelector<HTMLFormElement>('[data-sim-form]')!;

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    this.#input.addEventListener('keydown', (e) => this.#onKey(e));
    // A click anywhere on the screen (but not a text selection) puts the caret in the input.
    this.#screen.addEventListener('click', () => {
      if (!window.getSelection()?.toString()) this.#input.focus({ preventScroll: true });
    });
    root.querySelector('[data-sim-action="reset"]')?.addEventListener('click', () => {
      session.reset();
      this.say('The machine was reset.');
    });
    this.#commandLabel = this.#input.getAttribute('aria-label') ?? 'Command';
    root.querySelector('[data-sim-action="copy"]')?.addEventListener('click', () => this.#copy());

    session.addEventListener('change', (e) => this.#render((e as CustomEvent<string>).detail));
    this.#render('redraw');
    this.#input.disabled = false;
    root.querySelectorAll<HTMLButtonElement>('.sim-terminal button[disabled]').forEach((b) => (b.disabled = false));
  }

  /** Runs what the input holds, as Enter does. */
  submit(): void {
    const line = this.#input.value;
    this.#input.value = '';
    this.#history.reset();
    if (this.#session.run(line).cleared) this.say(SCREEN_CLEARED);
  }

  /** Types a command into the input and runs it (Run buttons, the timeline, the scenario). */
  typeAndRun(command: string): void {
    this.#input.value = command;
    this.submit();
  }

  /** A short message for everyone, screen-reader users included (role="status"). */
  say(message: string): void {
    if (!this.#status) return;
    // The same sentence twice (Ctrl+L, Ctrl+L) is no change to a live region, so it would not be
    // read again: vary it invisibly.
    const same = this.#status.textContent === message;
    this.#status.textContent = same ? `${message}\u00a0` : message;
  }

  #onKey(e: KeyboardEvent): void {
    const input = this.#input;
    const action = keyAction(e, input.selectionStart !== input.selectionEnd);
    if (!action) return;
    e.preventDefault();
    const history = this.#session.history();
    switch (action) {
      case 'history-back': {
        const line = this.#history.back(history, input.value);
        if (line !== null) this.#setLine(line);
        break;
      }
      case 'history-forward': {
        const line = this.#history.forward(history);
        if (line !== null) this.#setLine(line);
        break;
      }
      case 'complete': {
        const before = input.value.slice(0, input.selectionStart ?? input.value.length);
        const after = input.value.slice(before.length);
        // A Tab right after a Tab (the line unchanged since) lists the candidates, once.
        const afterTab = this.#tabbedLine === input.value;
        const { line, listing } = applyCompletion(before, this.#session.complete(before), afterTab);
        if (listing) this.#appendText('sim-listing', listing.join('  '));
        input.value = line + after;
        this.#tabbedLine = listing ? null : input.value;
        input.setSelectionRange(line.length, line.length);
        break;
      }
      case 'clear-screen':
        this.#session.clearScreen();
        this.say(SCREEN_CLEARED);
        break;
      case 'cancel-line':
        this.#history.reset();
        this.#session.cancel(input.value);
        input.value = '';
        break;
      case 'leave':
        leaveToDeck(input);
        break;
    }
  }

  #setLine(line: string): void {
    this.#input.value = line;
    this.#input.setSelectionRange(line.length, line.length);
  }

  #render(kind: string): void {
    this.#log.querySelectorAll('.sim-question').forEach((q) => q.remove());
    // A fresh machine's empty log, as the build drew it, stays as it is.
    if (kind === 'redraw' && (this.#session.transcript.length || this.#log.childElementCount)) {
      // A new log element, filled before it is inserted: a live region announces what is added to
      // it, so filling the old one would read out a whole restored transcript (up to 200 entries).
      // The status line says in one sentence what happened instead.
      const log = this.#log.cloneNode(false) as HTMLElement;
      log.append(...this.#session.transcript.map((e) => this.#entryNode(e)));
      this.#log.replaceWith(log);
      this.#log = log;
    } else {
      const last = this.#session.transcript.at(-1);
      if (last) this.#log.append(this.#entryNode(last));
      // The transcript keeps a bounded number of entries; so does the screen (Tab listings included).
      while (this.#log.childElementCount > TRANSCRIPT_LIMIT) this.#log.firstElementChild?.remove();
    }
    this.#showQuestion(this.#session.question());
    this.#markWideOutput();
    // Writes only what changed: on the first render of a fresh machine the build-time markup is
    // already right, and an empty log has nothing to scroll to (reading scrollHeight would force a
    // layout of the whole page while it is still loading).
    const prompt = this.#session.prompt();
    if (this.#prompt.textContent !== prompt) this.#prompt.textContent = prompt;
    if (this.#log.childElementCount) this.#screen.scrollTop = this.#screen.scrollHeight;
  }

  /**
   * A table far wider than a terminal (116 columns) is unreadable wrapped: the element says so
   * (`data-wide-output`, `--sim-widest` in columns) and the deck's layout makes room for it
   * (src/components/sim/sim.css). The latest entry decides: it is what the room is looking at.
   */
  #markWideOutput(): void {
    const widest = widestLine(this.#session.transcript.slice(-1));
    const wide = widest > WIDE_TABLE_COLUMNS;
    // Only the wide layout reads the width; a terminal that never was wide is not touched (no style
    // change while the page loads).
    if (wide || this.#root.hasAttribute('data-wide-output')) {
      this.#root.toggleAttribute('data-wide-output', wide);
      this.#root.style.setProperty('--sim-widest', String(Math.max(widest, TERMINAL_COLUMNS)));
    }
  }

  /**
   * A pending yes/no question: the visible prompt (hidden from screen readers, as every prompt is)
   * shows it on the input line; the log gets it as text for screen readers, and the input is named
   * after it. The answer's entry repeats the question as its prompt, so the log line goes then.
   */
  #showQuestion(question: string | null): void {
    if (question === null) {
      this.#input.setAttribute('aria-label', this.#commandLabel);
      return;
    }
    const node = document.createElement('div');
    node.className = 'sim-question sr-only';
    node.textContent = `Question: ${question.trim()} Type the answer and press Enter.`;
    this.#log.append(node);
    this.#input.setAttribute('aria-label', `Answer: ${question.trim()}`);
  }

  #entryNode(entry: TranscriptEntry): HTMLElement {
    const node = document.createElement('div');
    node.className = 'sim-entry';
    const line = document.createElement('div');
    line.className = 'sim-entry-line';
    const prompt = document.createElement('span');
    prompt.className = 'sim-entry-prompt';
    prompt.textContent = entry.prompt;
    const command = document.createElement('span');
    command.className = 'sim-entry-command';
    command.textContent = entry.command + (entry.cancelled ? '^C' : '');
    line.append(prompt, command);
    node.append(line);
    const output = displayOutput(entry.output);
    if (output) {
      const out = document.createElement('div');
      out.className = 'sim-entry-output';
      out.textContent = output;
      node.append(out);
    }
    return node;
  }

  #appendText(className: string, text: string): void {
    const node = document.createElement('div');
    node.className = className;
    node.textContent = text;
    this.#log.append(node);
    this.#screen.scrollTop = this.#screen.scrollHeight;
  }

  async #copy(): Promise<void> {
    const text = transcriptText(this.#session.transcript);
    this.say(
      (await copyText(text))
        ? 'Transcript copied to the clipboard.'
        : 'Copying was blocked by the browser; select the transcript and copy it instead.',
    );
  }
}

const SCREEN_CLEARED = 'The screen was cleared; the machine is unchanged.';

/**
 * Copies text; the clipboard API needs a secure context (and, in a cross-origin frame, the host's
 * permission), so there is a fallback. The fallback selects a hidden text area, which takes the
 * focus: it goes back where it was (the Copy or Share button), not to the page's body.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const focused = document.activeElement;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
    return ok;
  }
}
