import { describe, it, expect } from 'vitest';
import { diffTime, unifiedDiff } from '../../../src/sim/unified-diff.ts';

describe('unifiedDiff (GNU diff -u)', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\n', 'a\n', 'x', 'y')).toBe('');
  });
  it('changes one line with three lines of context', () => {
    const a = 'l1\nl2\nl3\nl4\nl5\nl6\nl7\n';
    const b = 'l1\nl2\nl3\nL4\nl5\nl6\nl7\n';
    expect(unifiedDiff(a, b, 'a', 'b')).toBe('--- a\n+++ b\n@@ -1,7 +1,7 @@\n l1\n l2\n l3\n-l4\n+L4\n l5\n l6\n l7\n');
  });
  it('splits changes more than six unchanged lines apart into hunks', () => {
    const a = Array.from({ length: 20 }, (_, i) => `l${i + 1}`).join('\n') + '\n';
    const b = a.replace('l2\n', 'X\n').replace('l18\n', 'Y\n');
    expect(unifiedDiff(a, b, 'a', 'b')).toBe(
      '--- a\n+++ b\n@@ -1,5 +1,5 @@\n l1\n-l2\n+X\n l3\n l4\n l5\n@@ -15,6 +15,6 @@\n l15\n l16\n l17\n-l18\n+Y\n l19\n l20\n',
    );
  });
  it('numbers an empty side one line early, and leaves out counts of one', () => {
    expect(unifiedDiff('', 'new\n', 'a', 'b')).toBe('--- a\n+++ b\n@@ -0,0 +1 @@\n+new\n');
    expect(unifiedDiff('old\n', '', 'a', 'b')).toBe('--- a\n+++ b\n@@ -1 +0,0 @@\n-old\n');
  });
  it('dates headers as %Y-%m-%d %H:%M:%S.%N %z', () => {
    expect(diffTime(Date.UTC(2026, 10, 30, 6, 10, 0, 250))).toBe('2026-11-30 06:10:00.250000000 +0000');
  });
});
