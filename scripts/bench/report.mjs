/** The bench results as a Markdown table. */
const kb = (b) => (b / 1024).toFixed(1);

export function markdownReport(results, broken, notes = {}) {
  const lines = [
    `Measured ${results.date} on ${results.machine}. Build ${results.buildSeconds} s wall${results.rebuildSeconds !== undefined ? ` with an empty build cache, ${results.rebuildSeconds} s for a rebuild with nothing changed (PDFs and social cards reused)` : ''}, dist ${kb(results.distBytes)} KB.`,
    ...(results.loadAverage
      ? [
          '',
          `Load average (1 min) ${results.loadAverage.start} at the start, ${results.loadAverage.end} at the end: ` +
            (Math.max(results.loadAverage.start, results.loadAverage.end) > 2
              ? 'a busy machine, so timings (build, LCP, TBT, ready) are worse than on a quiet one.'
              : 'a quiet machine.'),
        ]
      : []),
    '',
    '| page | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS | total KB | JS KB raw | JS KB gzip |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.pages.map(
      (p) =>
        `| ${p.name} (${p.path}) | ${p.performance} | ${p.accessibility} | ${p.bestPractices} | ${p.seo} | ${p.lcpMs} | ${p.tbtMs} | ${p.cls} | ${kb(p.totalBytes)} | ${kb(p.jsBytes)} | ${kb(p.jsGzipBytes)} |`,
    ),
    '',
  ];
  if (results.simulator) {
    const s = results.simulator;
    lines.push(
      `Simulator on ${s.labPath}: ${s.jsFiles} JavaScript files of its own, ${kb(s.jsBytes)} KB raw, ${kb(s.jsGzipBytes)} KB gzip; the terminal accepts input ${s.readyMsMedian} ms after navigation starts (median of ${s.readyMsRuns.length} loads, unthrottled).`,
      ...(s.files ? ['', `Its files (KB gzip): ${s.files.map((f) => `${f.name} ${kb(f.gzip)}`).join(', ')}.`] : []),
      '',
    );
  }
  if (results.engine) lines.push(`Simulator engine: ${JSON.stringify(results.engine)}`, '');
  else lines.push(`Simulator engine: ${results.engineNote}`, '');
  lines.push(
    broken.length
      ? `**Budgets broken (${broken.length}):**\n\n${broken.map((b) => `- ${b}`).join('\n')}`
      : 'All budgets met.',
    '',
  );
  if (broken.length && Object.keys(notes).length) {
    lines.push(
      'Why (notes beside the budgets in bench/budgets.json):',
      '',
      ...Object.entries(notes).map(([k, v]) => `- **${k}**: ${v}`),
      '',
    );
  }
  const failing = results.pages.filter((p) => p.failing.length);
  if (failing.length)
    lines.push(
      'Lighthouse audits below 1 per page:',
      '',
      ...failing.map((p) => `- ${p.name}: ${p.failing.join(', ')}`),
      '',
    );
  return lines.join('\n');
}
