/**
 * The options of an embedded simulator (`/lab/<system>/embed/?…`), read from its query string.
 * Unknown or malformed values fall back to the defaults, so a hand-written snippet never breaks
 * the frame. Documented on the "Embed a simulator" page (content/embedding.mdx).
 */
export type EmbedPart = 'timeline' | 'fsmap' | 'tour';
export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  /** Panes beside the terminal (the terminal is always there). */
  parts: Set<EmbedPart>;
  theme: EmbedTheme;
  /** How many steps of the guided tour run when the frame loads (a share link `#s=` wins over it). */
  steps: number;
}

const PARTS: readonly EmbedPart[] = ['timeline', 'fsmap', 'tour'];
/** More steps than any tour has just plays the whole tour. */
const MAX_STEPS = 50;

export function parseEmbedOptions(search: string): EmbedOptions {
  const q = new URLSearchParams(search);
  const parts = new Set<EmbedPart>(PARTS);
  const listed = q.get('parts');
  if (listed !== null) {
    const asked = listed.split(/[\s,+]+/).filter((p): p is EmbedPart => (PARTS as readonly string[]).includes(p));
    parts.clear();
    for (const p of asked) parts.add(p);
  }
  const theme = q.get('theme');
  const steps = Number(q.get('steps') ?? 0);
  return {
    parts,
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    steps: Number.isInteger(steps) && steps > 0 ? Math.min(steps, MAX_STEPS) : 0,
  };
}

/** The message an embed posts to its host page whenever its height changes (public/embed.js reads it). */
export const RESIZE_MESSAGE = 'immutable-linux:embed-height';
