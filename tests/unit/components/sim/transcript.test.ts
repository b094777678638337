import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  entryText,
  transcriptText,
  TRANSCRIPT_LIMIT,
  widestLine,
} from '../../../../src/components/sim/transcript.ts';

describe('transcript', () => {
  it('prints entries as a terminal shows them', () => {
    expect(entryText({ prompt: '$ ', command: 'echo hi', output: 'hi\n' })).toBe('$ echo hi\nhi');
    expect(entryText({ prompt: '$ ', command: 'oops', output: '', cancelled: true })).toBe('$ oops^C');
    expect(
      transcriptText([
        { prompt: '$ ', command: 'a', output: '' },
        { prompt: '$ ', command: 'b', output: 'B' },
      ]),
    ).toBe('$ a\n$ b\nB');
  });

  it('keeps at most TRANSCRIPT_LIMIT entries, dropping the oldest', () => {
    let entries: ReturnType<typeof appendEntry> = [];
    for (let i = 0; i < TRANSCRIPT_LIMIT + 5; i++)
      entries = appendEntry(entries, { prompt: '$ ', command: String(i), output: '' });
    expect(entries).toHaveLength(TRANSCRIPT_LIMIT);
    expect(entries[0].command).toBe('5');
  });
});

describe('widestLine', () => {
  it('counts characters of the widest prompt or output line, box-drawing ones as one column', () => {
    const entries = [
      { prompt: '$ ', command: 'echo hi', output: 'hi\n' },
      { prompt: '$ ', command: 'snapper list', output: ' # │ Type  \n───┼───────\n' },
    ];
    expect(widestLine(entries)).toBe('$ snapper list'.length);
    expect(widestLine([{ prompt: '', command: '', output: `${'─'.repeat(116)}   \n` }])).toBe(116);
    expect(widestLine([])).toBe(0);
  });
});
