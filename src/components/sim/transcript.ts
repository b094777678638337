/**
 * The terminal's transcript as data: what was typed after which prompt, and what came back.
 * Kept on the UI side (not only in the engine) because a share link must bring back exactly the
 * screen the user saw, cancelled lines and answers to questions included.
 */
export interface TranscriptEntry {
  /** The prompt shown before the line: the system's prompt, or a question the last command asked. */
  prompt: string;
  command: string;
  output: string;
  /** The line was abandoned with Ctrl+C (bash echoes `^C`). */
  cancelled?: boolean;
}

/** The most entries a page keeps (and a share link carries); older ones scroll away. */
export const TRANSCRIPT_LIMIT = 200;

/** Output as the terminal prints it: no trailing newline (the next prompt starts a line anyway). */
export function displayOutput(output: string): string {
  return output.replace(/\n$/, '');
}

/** One entry as terminal text: the prompt line, then the output lines. */
export function entryText(entry: TranscriptEntry): string {
  const line = `${entry.prompt}${entry.command}${entry.cancelled ? '^C' : ''}`;
  const out = displayOutput(entry.output);
  return out ? `${line}\n${out}` : line;
}

/** The whole transcript as the text a user copies. */
export function transcriptText(entries: readonly TranscriptEntry[]): string {
  return entries.map(entryText).join('\n');
}

/** Appends an entry, dropping the oldest ones past TRANSCRIPT_LIMIT. */
export function appendEntry(entries: readonly TranscriptEntry[], entry: TranscriptEntry): TranscriptEntry[] {
  const next = [...entries, entry];
  return next.length > TRANSCRIPT_LIMIT ? next.slice(next.length - TRANSCRIPT_LIMIT) : next;
}

/** The widest line of the transcript, in terminal columns (characters, not UTF-16 units). */
export function widestLine(entries: readonly TranscriptEntry[]): number {
  let widest = 0;
  for (const entry of entries)
    for (const line of entryText(entry).split('\n')) widest = Math.max(widest, [...line.trimEnd()].length);
  return widest;
}
