// GNU diff's unified format (`diff --unified`, 3 lines of context), for commands that run diff on
// two versions of a file (snapper diff). Lines are matched by a longest common subsequence.

/** Header time as GNU diff prints it: "%Y-%m-%d %H:%M:%S.%N %z" in UTC. */
export function diffTime(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-11-30T06:10:00.000Z
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${iso.slice(20, 23)}000000 +0000`;
}

type Op = [' ' | '-' | '+', string];

/** The edit script from `a` to `b` (kept lines, deletions, insertions), by LCS. */
function editScript(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // The length of the LCS of a[i..] and b[j..], row by row; past the end of either text it is 0.
  const table = new Int32Array((n + 1) * (m + 1));
  const lcs = (i: number, j: number): number => table[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i * (m + 1) + j] = a[i] === b[j] ? lcs(i + 1, j + 1) + 1 : Math.max(lcs(i + 1, j), lcs(i, j + 1));
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  for (;;) {
    const x = a[i];
    const y = b[j];
    if (x === undefined) {
      if (y === undefined) return ops;
      ops.push(['+', y]);
      j++;
    } else if (y === undefined || (x !== y && lcs(i + 1, j) >= lcs(i, j + 1))) {
      ops.push(['-', x]);
      i++;
    } else if (x === y) {
      ops.push([' ', x]);
      i++;
      j++;
    } else {
      ops.push(['+', y]);
      j++;
    }
  }
}

const lines = (s: string) => (s === '' ? [] : s.replace(/\n$/, '').split('\n'));

/** "start,count" of a hunk side; a count of 1 is left out and an empty side starts one line earlier. */
function range(start: number, count: number): string {
  if (count === 1) return String(start);
  return `${count === 0 ? start - 1 : start},${count}`;
}

/** `diff -u` output for two texts (empty when they are equal). Files too big to compare are summarised. */
export function unifiedDiff(a: string, b: string, labelA: string, labelB: string, context = 3): string {
  if (a === b) return '';
  const la = lines(a);
  const lb = lines(b);
  if (la.length * lb.length > 4_000_000) return `Files ${labelA.split('\t')[0]} and ${labelB.split('\t')[0]} differ\n`;
  const ops = editScript(la, lb);
  // A hunk spans changes (indices into ops) less than 2*context kept lines apart.
  const hunks: { first: number; last: number }[] = [];
  for (const [i, [op]] of ops.entries()) {
    if (op === ' ') continue;
    const open = hunks.at(-1);
    if (open && i - open.last <= 2 * context) open.last = i;
    else hunks.push({ first: i, last: i });
  }
  // texts that differ only in a final newline: GNU diff's "\ No newline" marker is not modelled
  if (!hunks.length) return '';
  let out = `--- ${labelA}\n+++ ${labelB}\n`;
  for (const { first, last } of hunks) {
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length, last + context + 1);
    let aStart = 1;
    let bStart = 1;
    for (const [op] of ops.slice(0, from)) {
      if (op !== '+') aStart++;
      if (op !== '-') bStart++;
    }
    const body = ops.slice(from, to);
    const aCount = body.filter(([op]) => op !== '+').length;
    const bCount = body.filter(([op]) => op !== '-').length;
    out += `@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@\n`;
    for (const [op, text] of body) out += `${op}${text}\n`;
  }
  return out;
}
