/**
 * Up/Down through earlier command lines, as readline does: the line being typed is kept as a
 * draft and comes back after the newest entry.
 */
export class HistoryCursor {
  #index = -1; // -1: at the draft, below the newest entry
  #draft = '';

  /** Forget the position (after a command runs or the line is cancelled). */
  reset(): void {
    this.#index = -1;
    this.#draft = '';
  }

  /** The previous (older) line, or null when there is none. `current` is what the input holds. */
  back(entries: readonly string[], current: string): string | null {
    if (this.#index === -1) this.#draft = current;
    const next = this.#index === -1 ? entries.length - 1 : this.#index - 1;
    if (next < 0 || next >= entries.length) return null;
    this.#index = next;
    return entries[next];
  }

  /** The next (newer) line, the draft after the newest, or null when already at the draft. */
  forward(entries: readonly string[]): string | null {
    if (this.#index === -1) return null;
    if (this.#index + 1 >= entries.length) {
      this.#index = -1;
      return this.#draft;
    }
    this.#index += 1;
    return entries[this.#index];
  }
}
