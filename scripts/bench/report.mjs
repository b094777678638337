/** The bench results as a Markdown table. */
const kb = (b) => (b / 1024).toFixed(1);

export function markdownReport(results, broken, notes = {}) {
  const load = results.loadAverage;
  // The 1-minute load average counts the bench's own builds and browsers, which keep up to two cores
  // busy, and decays from whatever ran before: the machine was shared when the load sampled during
  // the run stayed above its cores (other work waiting for CPU), or, without samples, at either end.
  const cores = Number(/^(\d+) CPUs/.exec(results.machine ?? '')?.[1]) || 2;
  const busy = load && (load.median !== undefined ? load.median : Math.max(load.start, load.end)) > cores;
  const lines = [
    `Measured ${results.date} on ${results.machine}.`,
    '',
    `Build: ${results.buildSeconds} s wall with an empty build cache${results.rebuildSeconds !== undefined ? `, ${results.rebuildSeconds} s for a rebuild with nothing changed (PDFs and social cards reused)` : ''}${results.buildRuns ? ` (medians of ${results.buildRuns.length} runs: ${results.buildRuns.join(', ')} s and ${results.rebuildRuns.join(', ')} s)` : ''}; dist ${kb(results.distBytes)} KB.`,
    ...(load
      ? [
          '',
          `Load average (1 min) ${load.start} at the start, ${load.end} at the end` +
            (load.max !== undefined
              ? `, between ${load.min} and ${load.max} (median ${load.median}) sampled every 10 s`
              : '') +
            ': ' +
            (busy
              ? `a busy machine (${cores} cores shared with other work), so timings (build, LCP, TBT, ready) are worse than on a quiet one and vary between runs.`
              : `a quiet machine (no other work: the load is the bench's own builds and browsers).`),
        ]
      : []),
    '',
    ...(results.runs > 1
      ? [`Each Lighthouse figure is the median of ${results.runs} runs (scores of each run in latest.json).`, '']
      : []),
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
      `Simulator on ${s.labPath}: ${s.jsFiles} JavaScript files of its own, ${kb(s.jsBytes)} KB raw, ${kb(s.jsGzipBytes)} KB gzip; the terminal accepts input ${s.readyMsMedian} ms after navigation starts (median of ${s.readyMsRuns.length} loads, unthrottled)${s.readyMsThrottledMedian !== undefined ? `, ${s.readyMsThrottledMedian} ms with the CPU slowed down ${s.cpuThrottle}x (median of ${s.readyMsThrottledRuns.length} loads: ${s.readyMsThrottledRuns.join(', ')} ms)` : ''}.`,
      ...(s.files ? ['', `Its files (KB gzip): ${s.files.map((f) => `${f.name} ${kb(f.gzip)}`).join(', ')}.`] : []),
      '',
    );
  }
  if (results.doubled) {
    const d = results.doubled;
    const deck = results.pages.find((p) => p.name === 'deck');
    const grow = (a, b) => (a ? `×${(b / a).toFixed(2)}` : '');
    lines.push(
      `Content doubled (${d.pagesDoubled} deck pages copied once more, scripts/bench/doubled-content.mjs):`,
      '',
      '| figure | talk | doubled | growth |',
      '| --- | --- | --- | --- |',
      `| build, empty cache (s) | ${results.buildSeconds} | ${d.buildSeconds} | ${grow(results.buildSeconds, d.buildSeconds)} |`,
      `| rebuild, nothing changed (s) | ${results.rebuildSeconds} | ${d.rebuildSeconds} | ${grow(results.rebuildSeconds, d.rebuildSeconds)} |`,
      ...(deck
        ? [
            `| deck first load, total KB | ${kb(deck.totalBytes)} | ${kb(d.deck.totalBytes)} | ${grow(deck.totalBytes, d.deck.totalBytes)} |`,
            `| deck JS gzip KB | ${kb(deck.jsGzipBytes)} | ${kb(d.deck.jsGzipBytes)} | ${grow(deck.jsGzipBytes, d.deck.jsGzipBytes)} |`,
            `| deck TBT ms | ${deck.tbtMs} | ${d.deck.tbtMs} | ${grow(deck.tbtMs, d.deck.tbtMs)} |`,
            `| deck LCP ms | ${deck.lcpMs} | ${d.deck.lcpMs} | ${grow(deck.lcpMs, d.deck.lcpMs)} |`,
            `| deck performance | ${deck.performance} | ${d.deck.performance} | |`,
          ]
        : []),
      '',
    );
  }
  if (results.peers) lines.push(...peersReport(results.peers), '');
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

/** The comparisons with peers (scripts/bench/peers.mjs): ours, theirs, and the median of the paired ratios. */
export function peersReport({ starlight, marp }) {
  const runs = (list) => `${list.length} paired run${list.length === 1 ? '' : 's'}`;
  const lines = [
    'Peers (each ratio is the median of the ratios of paired runs, the two taking turns):',
    '',
    '| comparison | ours (s) | peer (s) | ratio | goal |',
    '| --- | --- | --- | --- | --- |',
  ];
  if (starlight)
    lines.push(
      `| full build vs Starlight-only build (${starlight.pages} pages, ${runs(starlight.runs)}) | ${starlight.oursSeconds} | ${starlight.theirsSeconds} | ×${starlight.buildRatio} | ≤ ×1.5 |`,
      `| rebuild after a one-line edit (${starlight.editedPage}) vs Starlight-only build | ${starlight.oursRebuildSeconds} | ${starlight.theirsSeconds} | ×${starlight.rebuildRatio} | ≤ ×0.5 |`,
    );
  if (marp)
    lines.push(
      `| PDF step (all PDFs, PDF_CACHE=0) vs Marp's PDF export (${marp.slides} slides, ${runs(marp.runs)}) | ${marp.oursSeconds} | ${marp.marpSeconds} | ×${marp.ratio} | ≤ ×1.0 |`,
    );
  if (starlight)
    lines.push(
      '',
      `The Starlight-only build after the same edit took ${starlight.theirsRebuildSeconds} s (its own rebuild). Starlight-only: the talk's docs prose as Markdown in a generated Astro + Starlight project, Starlight's defaults; ours: \`npm run build\` with an empty build cache (scripts/bench/peers.mjs).`,
    );
  return lines;
}
