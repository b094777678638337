/** Medians over repeated runs: the bench measures each figure BENCH_RUNS times (default 3). */

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One page's figures from several Lighthouse runs: each number is the median of its runs (and
 * `runs` keeps them all); lists such as the failing audits come from the run with the median score.
 */
export function medianOfRuns(runs) {
  const byScore = [...runs].sort((a, b) => a.performance - b.performance);
  const out = { ...byScore[Math.floor((byScore.length - 1) / 2)] };
  for (const [key, value] of Object.entries(runs[0])) {
    if (typeof value === 'number') out[key] = median(runs.map((r) => r[key]));
  }
  out.runs = runs.map((r) => ({ performance: r.performance, lcpMs: r.lcpMs, tbtMs: r.tbtMs, cls: r.cls }));
  return out;
}
