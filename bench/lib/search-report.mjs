// bench/SEARCH.md from the search bench's results, and its verdicts against issue 18's budgets.
const pct = (x) => (x == null ? '–' : x.toFixed(3));
const kb = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (x) => (x == null ? '–' : `${Math.round(x)} ms`);

export const BUDGETS = { coldIndexBytes: 30 * 1024, warmMs: 1000 };

export function searchReport(r) {
  const g = r.relevance.gazette;
  const p = r.relevance.pagefind;
  const verdicts = [
    { what: 'recall@10, Gazette ahead of Pagefind', value: `${pct(g.recall)} vs ${pct(p.recall)}`, budget: '>', pass: g.recall > p.recall },
    { what: 'MRR, Gazette ahead of Pagefind', value: `${pct(g.mrr)} vs ${pct(p.mrr)}`, budget: '>', pass: g.mrr > p.mrr },
  ];
  const biggest = r.scale.filter((row) => row.common).at(-1);
  if (biggest) {
    const worst = Math.max(biggest.common.coldIndexBytes, biggest.rare.coldIndexBytes);
    verdicts.push({ what: `cold query's index bytes at ${biggest.articles} articles (worst of two)`, value: kb(worst), budget: kb(BUDGETS.coldIndexBytes), pass: worst <= BUDGETS.coldIndexBytes });
  }
  for (const row of r.scale.filter((s) => s.warm)) {
    const worst = Math.max(row.warm.firstMs, row.warm.otherMs);
    verdicts.push({ what: `results painted after Enter, warm app, ${row.articles} articles`, value: ms(worst), budget: ms(BUDGETS.warmMs), pass: worst <= BUDGETS.warmMs });
  }

  const lines = [
    '# Search bench',
    '',
    `Run ${r.when} by \`bench/run.sh\` (\`bench/search.mjs\`). Relevance on \`bench/relevance.json\` (${g.rows.length} queries, with the stories each should find, judged by reading them); Pagefind 1.6 indexed the same build's article copies (\`--glob article/*.html --root-selector article.article\`, ${r.pagefindIndexMs} ms).`,
    '',
    `Machine load (1-minute average, ${r.load.cores} cores) through the run: mean ${r.load.mean.toFixed(1)}, max ${r.load.max.toFixed(1)}; above ${r.load.cores} the timings are slower than a quiet machine's.`,
    '',
    '## Budgets',
    '',
    '| | measured | budget | |',
    '|---|---|---|---|',
    ...verdicts.map((v) => `| ${v.what} | ${v.value} | ${v.budget} | ${v.pass ? 'PASS' : 'FAIL'} |`),
    '',
    '## Relevance',
    '',
    '| kind | queries | Gazette recall@10 | Pagefind recall@10 | Gazette MRR | Pagefind MRR |',
    '|---|---|---|---|---|---|',
    ...Object.entries(g.byKind).map(([kind, k]) => `| ${kind} | ${k.queries} | ${pct(k.recall)} | ${pct(p.byKind[kind]?.recall)} | ${pct(k.mrr)} | ${pct(p.byKind[kind]?.mrr)} |`),
    `| **all** | ${g.rows.length} | **${pct(g.recall)}** | **${pct(p.recall)}** | **${pct(g.mrr)}** | **${pct(p.mrr)}** |`,
    '',
    'Queries either engine missed (recall below 1):',
    '',
    '| query | kind | Gazette | Pagefind |',
    '|---|---|---|---|',
    ...g.rows
      .map((row, i) => [row, p.rows[i]])
      .filter(([a, b]) => a.recall < 1 || b.recall < 1)
      .map(([a, b]) => `| \`${a.q}\` | ${a.kind} | ${pct(a.recall)} (${a.found.length} found) | ${pct(b.recall)} (${b.found.length} found) |`),
    '',
    '## A cold query from a shared link ("tidal barrier", demo build, no throttling)',
    '',
    '| | index | code | stories (passages) |',
    '|---|---|---|---|',
    `| Gazette | ${kb(r.coldQuery.gazette.index)} | (in the app) | ${kb(r.coldQuery.gazette.passages)} |`,
    `| Pagefind | ${kb(r.coldQuery.pagefind.index)} | ${kb(r.coldQuery.pagefind.code)} | (in the index's fragments) |`,
    '',
    '## At scale (synthetic archives; slow 4G and 4× CPU; medians)',
    '',
    '| articles | query | cold: index bytes | cold: results shown | warm: first query | warm: another word | warm: cached |',
    '|---|---|---|---|---|---|---|',
    ...r.scale.flatMap((row) =>
      row.common
        ? ['common', 'rare'].map(
            (name) =>
              `| ${row.articles} | \`${row[name].q}\` | ${kb(row[name].coldIndexBytes)} | ${ms(row[name].coldShownMs)} | ${name === 'rare' ? ms(row.warm.firstMs) : ''} | ${name === 'common' ? ms(row.warm.otherMs) : ''} | ${name === 'rare' ? ms(row.warm.cachedMs) : ''} |`,
          )
        : [`| ${row.articles} | (the content tool did not finish) | | | | | |`],
    ),
    '',
    'Cold: a results page opened from its address (no static copy): bytes on the wire of `content/search/` only; shown = the app drew the results heading. Warm: typed into the header box of a loaded article at ten characters a second, timed from submitting to the results heading painted; the first query is the rare word (the manifest fetched when the box got focus), then the common pair, then the rare word again.',
    '',
  ];
  return { markdown: lines.join('\n'), verdicts };
}
