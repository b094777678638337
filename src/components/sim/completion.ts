/**
 * Applies Tab candidates to the input line the way bash (readline's `complete`) does: one
 * candidate completes the word (and adds a space unless it is a directory), several extend it
 * to their common prefix; a Tab that cannot extend anything does nothing the first time and
 * lists the candidates when it directly follows another Tab.
 */
export interface Completion {
  line: string;
  /** Candidates to print below the prompt, when the line could not be extended. */
  listing: string[] | null;
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

export function applyCompletion(line: string, candidates: readonly string[], afterTab = false): Completion {
  const start = line.search(/\S*$/);
  const head = line.slice(0, start);
  const word = line.slice(start);
  // The engine answers with whole words; a candidate that is only a base name gets the word's directory.
  const dir = word.includes('/') ? word.slice(0, word.lastIndexOf('/') + 1) : '';
  const full = [
    ...new Set(candidates.map((c) => (c.startsWith(word) || !dir || c.startsWith('/') ? c : dir + c))),
  ].filter((c) => c.startsWith(word));
  if (full.length === 0) return { line, listing: null };
  if (full.length === 1) {
    const only = full[0];
    return { line: head + only + (only.endsWith('/') ? '' : ' '), listing: null };
  }
  const prefix = commonPrefix(full);
  if (prefix.length > word.length) return { line: head + prefix, listing: null };
  return { line, listing: afterTab ? full.sort() : null };
}
