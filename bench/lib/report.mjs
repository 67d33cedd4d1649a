// bench/RESULTS.md from the results bench.mjs gathers (the same object it writes to
// bench/results.json). Only formatting: every figure comes from the run.

export function kb(bytes) {
  return bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`;
}
function ms(value) {
  return value == null ? '—' : `${Math.round(value)}`;
}
function spread(s, format = ms) {
  if (s.median == null) return '—';
  return s.min === s.max ? format(s.median) : `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
}

export function markdown(r) {
  const e = r.environment;
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push('# Benchmark results', '');
  lines.push('Written by `bench/run.sh` (see `docs/performance.md`); do not edit by hand. Medians, with the min–max', 'spread in brackets.', '');
  lines.push(`- **Date**: ${e.date}`);
  lines.push(`- **Machine**: ${e.cpu} cores, ${e.memoryGB} GB RAM, ${e.os}`);
  const load = e.loadAverage;
  if (load?.median != null) {
    const busy = load.median > load.cores;
    lines.push(
      `- **Load** (1-minute average, sampled every 15 s): ${load.start.toFixed(1)} just after the build, then median ${load.median.toFixed(1)}, max ${load.max.toFixed(1)} on ${load.cores} cores` +
        (busy ? ' (the bench keeps about one busy): other work shared the machine, so the timings are noisier than usual' : ''),
    );
  }
  if (e.benchmarkIndex?.median != null) {
    lines.push(
      `- **CPU speed** (Lighthouse's benchmarkIndex, median of its runs): ${Math.round(e.benchmarkIndex.median)} (${Math.round(e.benchmarkIndex.min)}–${Math.round(e.benchmarkIndex.max)}); Lighthouse's simulated TBT and LCP grow as it falls, so compare runs with it`,
    );
  }
  lines.push(`- **Browser**: ${e.chromium}, Node ${e.node}, Lighthouse ${e.lighthouse}; ${e.rustc}; ${e.trunk}`);
  lines.push(`- **Code**: commit ${e.commit}${e.dirty ? ' plus uncommitted changes' : ''}`);
  lines.push(`- **Runs**: Lighthouse ${e.runs.lighthouse} per page and preset; ${e.runs.loads} cold loads per page; measuring took ${Math.round(e.durationSeconds / 60)} min (${e.durationSeconds} s), the whole run with the build ${Math.round(e.totalSeconds / 60)} min (${e.totalSeconds} s)`);
  lines.push(`- **Pages**: ${Object.entries(r.pages).map(([k, v]) => `${k} \`${v}\``).join(', ')}; for SEO alone ${Object.entries(r.seoPages ?? {}).map(([k, v]) => `${k} \`${v}\``).join(', ')}`);
  lines.push(`- **Served at**: \`${r.origin}\`, which the site was built for (site.json \`url\`), so that its canonical links, robots.txt and sitemaps name the pages Lighthouse loads`);
  lines.push('');
  lines.push('## Budgets', '');
  row('budget', 'measured', 'limit', 'result');
  row('---', '---', '---', '---');
  for (const b of r.budgets) row(b.name, b.measured, b.limit, b.pass ? 'PASS' : '**FAIL**');
  lines.push('');
  lines.push('## Sizes', '', 'Bytes as served: gzip and brotli are the precompressed files the post-build hook writes.', '');
  row('file', 'raw', 'gzip', 'brotli');
  row('---', '---:', '---:', '---:');
  for (const [kind, files] of Object.entries(r.sizes)) {
    for (const f of files) row(`${kind}: \`${f.file}\``, f.raw, f.gzip, f.brotli);
  }
  row('**wasm + JS + CSS**', `**${r.appBytes.raw}** (${kb(r.appBytes.raw)})`, `**${r.appBytes.gzip}** (${kb(r.appBytes.gzip)})`, `**${r.appBytes.brotli}** (${kb(r.appBytes.brotli)})`);
  lines.push('');
  if (Object.keys(r.lighthouse).length) {
    lines.push(
      '## Lighthouse',
      '',
      'Mobile: default config (simulated slow 4G, 4× CPU). Desktop: `desktop` preset. Times in ms. Performance and SEO',
      'categories from the same runs; the tag and author pages are audited for SEO alone (mobile), and the twin is the',
      "bench's yardstick, not a page of the site (not in the SEO budget).",
      '',
    );
    row('page', 'preset', 'score', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'errors');
    row('---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
    for (const [key, s] of Object.entries(r.lighthouse)) {
      const [page, preset] = key.split(' ');
      row(page, preset, spread(s.score, String), spread(s.seo, String), spread(s.fcp), spread(s.lcp), spread(s.tbt), spread(s.cls, (v) => v.toFixed(3)), s.errors);
    }
    lines.push('');
    const failing = Object.entries(r.lighthouse).filter(([, s]) => s.seoFailures?.length);
    lines.push(failing.length ? 'SEO audits that did not pass:' : 'SEO audits that did not pass: none.', '');
    for (const [key, s] of failing) {
      for (const f of s.seoFailures) {
        const why = [f.explanation, ...f.items.map((item) => `\`${item.replace(/`/g, "'")}\``)].filter(Boolean).join('; ');
        lines.push(`- ${key}: \`${f.id}\` ${f.title}${why ? `: ${why}` : ''}`);
      }
    }
    if (failing.length) lines.push('');
    const ratio = Object.entries(r.lcpRatio).map(([f, v]) => `${f} **${v.toFixed(2)}**`).join(', ');
    lines.push(`**LCP(app article) / LCP(static twin)**, Lighthouse medians: ${ratio || '—'}.`, '');
    const bare = Object.entries(r.bareLcpRatio ?? {}).map(([f, v]) => `${f} **${v.toFixed(2)}**`).join(', ');
    lines.push(`**LCP(article past the copy limit, the top of its story copied) / LCP(its static twin)**, Lighthouse medians: ${bare || '—'}.`, '');
    lines.push(
      "Lighthouse 12.2.3's `layout-shifts` and LCP-element audits fail on this Chromium's traces (trace engine error), so the",
      'elements behind CLS and LCP come from the in-browser runs below.',
      '',
    );
  }
  lines.push('## In-browser timings (playwright-core)', '');
  const t = e.throttling.network;
  lines.push(
    `Throttled through CDP: ${t.latency} ms request latency, ${((t.downloadThroughput * 8) / 1e6).toFixed(2)} Mbit/s down, ` +
      `${((t.uploadThroughput * 8) / 1e6).toFixed(2)} Mbit/s up (Lighthouse's slow 4G as DevTools throttling), CPU ${e.throttling.cpuSlowdown}× slower; ` +
      'viewport 412×823. "Headline" is when the page\'s `h1` is in the document (from the build\'s static copy of the page, or drawn by the app with the route\'s data), "painted" the next frame; ' +
        '"app shown" is when the app has drawn its own page and taken the copy\'s place (from then on everything on the page works).',
    '',
  );
  row('cold load', 'headline painted (ms)', 'wasm downloaded (ms)', 'app shown (ms)', 'LCP (ms)', 'layout shift', 'requests', 'bytes fetched (wire)', 'unthrottled 1350×940: painted (ms) / layout shift');
  row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
  for (const [page, s] of Object.entries(r.cold)) {
    const cls = (v) => v.toFixed(3);
    const has = (v) => v?.median != null;
    row(page, spread(s.painted), has(s.wasmDone) ? spread(s.wasmDone) : '—', has(s.app) ? spread(s.app) : '—', spread(s.lcp), spread(s.cls, cls), s.requests, spread(s.transferBytes, String), `${spread(s.desktopPainted)} / ${spread(s.desktopCls, cls)}`);
  }
  lines.push('');
  lines.push('"Layout shift" sums every shift of the load (Layout Instability API), so it is at least the CLS. What moved:', '');
  for (const [page, s] of Object.entries(r.cold)) {
    const moved = [...new Set([...s.shifts, ...s.desktopShifts])];
    lines.push(`- ${page}: ${moved.length ? moved.map((m) => `\`${m}\``).join(', ') : 'nothing'}; LCP element \`${s.lcpElement}\``);
  }
  lines.push('');
  row('click between two articles (in-app)', 'click → headline painted (ms)');
  row('---', '---:');
  row('article JSON not fetched before (uncached)', spread(r.click.uncached));
  row('back to the first article (JSON in the HTTP cache)', spread(r.click.cachedBack));
  row('to the second article again (cached)', spread(r.click.cachedAgain));
  lines.push('');
  if (r.search) {
    const [first, second] = r.search.queries;
    row('search from the header of an article (in-app; the word typed at 10 characters a second)', 'submit → results heading painted (ms)');
    row('---', '---:');
    row(`“${first}”: no part of the index fetched before the box got focus`, spread(r.search.uncached));
    row(`“${second}”: another word (its shard and results)`, spread(r.search.other));
    row(`“${first}” again (cached)`, spread(r.search.cachedAgain));
    lines.push('');
    lines.push(
      `A results page opened cold (\`/search?q=${first}\`, no static copy): results shown at ${spread(r.search.coldShown)} ms, ` +
        `${spread(r.search.coldBytes, String)} bytes on the wire.`,
      '',
    );
  }
  if (r.workerCost) {
    const w = r.workerCost;
    lines.push(
      `**Service worker, first visit** (\`${w.path}\`, cold loads alternating with workers blocked): headline painted at ` +
        `${spread(w.allowed.painted)} ms with the worker, ${spread(w.blocked.painted)} ms without; the worker installed at ` +
        `${spread(w.workerReady)} ms; ${kb(w.extraBytes)} more sent by the server until then ` +
        `(${kb(w.allowed.sentBytes.median)} vs ${kb(w.blocked.sentBytes.median)}).`,
      '',
    );
  }
  if (r.preloadAB.withPreload) {
    lines.push(
      `**JSON preload** (\`index.html\`): the article's app shown at ${spread(r.preloadAB.withPreload)} ms with it, ` +
        `${spread(r.preloadAB.withoutPreload)} ms with the same build without it (cold loads, throttled as above).`,
      '',
    );
  }
  const hits = Object.entries(r.jsonHits).map(([p, n]) => `\`${p}\` ${n}`).join(', ');
  lines.push(`JSON requests reaching the server over the whole timing run: ${hits}.`);
  lines.push(`CSP violations under the policy below: ${r.cspViolations.length ? r.cspViolations.join('; ') : 'none'}.`, '');
  lines.push('```', `Content-Security-Policy: ${r.csp}`, '```', '');
  if (r.scale.length) lines.push(...scaleSection(r.scale));
  return `${lines.join('\n')}\n`;
}

const count = (n) => n.toLocaleString('en-US');
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const timedRun = (t) => (!t ? '—' : t.timedOut ? `stopped after ${t.seconds} s` : `${t.seconds} s, ${t.peakMemoryMB} MB`);

function scaleSection(scale) {
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push('## Scale', '');
  lines.push(
    'Synthetic archives (`bench/lib/synth.mjs`, the documented authoring format; the newest articles are the same at every',
    'size) built by the release content tool, then the front page and a section page loaded cold under the throttling above.',
    'Bytes are encoded response bodies (Resource Timing `encodedBodySize`), summed over every request of the load.',
    '',
  );
  row('articles', 'Markdown', 'content tool', 'peak memory', 'files written', 'home: requests / bytes / painted ms', 'section: requests / bytes / painted ms');
  row('---:', '---:', '---:', '---:', '---:', '---', '---');
  for (const s of scale) {
    const tool = s.tool.timedOut ? `did not finish in ${s.tool.seconds} s (stopped)` : `${s.tool.seconds} s`;
    const memory = s.tool.timedOut ? '—' : `${s.tool.peakMemoryMB} MB`;
    const files = s.outputFiles == null ? '—' : `${count(s.outputFiles)} (${s.outputMB} MB)`;
    const load = (page) => (page ? `${page.requests} / ${spread(page.bodyBytes, String)} / ${spread(page.painted)}` : '—');
    row(count(s.articles), `${s.markdownMB} MB`, tool, memory, files, load(s.home), load(s.section));
  }
  lines.push('');
  const built = scale.filter((s) => s.pages);
  if (built.length) {
    lines.push(
      'The release pages tool on each, as the post-build hook runs it: `gazette-pages prerender` (static copies of the',
      'front page, every archive\'s first page and the newest 1000 articles, the top of the story for older articles) and',
      '`gazette-pages syndicate` (robots.txt, sitemaps, news sitemap, feeds; the news sitemap\'s 48 hours end an hour after',
      'the newest article). Wall time and peak memory (`/usr/bin/time`), each stopped after the content tool\'s limit; files',
      'and bytes written, uncompressed.',
      '',
    );
    row('articles', 'prerender: time, peak memory', 'syndicate: time, peak memory', 'HTML pages', 'sitemaps', 'feeds', 'robots.txt');
    row('---:', '---:', '---:', '---:', '---:', '---:', '---:');
    for (const s of built) {
      const w = s.pages.written;
      const files = (k) => `${count(w[k].files)} (${mb(w[k].bytes)})`;
      row(count(s.articles), timedRun(s.pages.prerender), timedRun(s.pages.syndicate), files('pages'), files('sitemaps'), files('feeds'), `${w.robots.bytes} B`);
    }
    lines.push('');
    for (const s of built) {
      const said = ['prerender', 'syndicate'].map((step) => s.pages[step].summary).filter(Boolean);
      // The tool's own summary lines, without the folder they name (this machine's path).
      const plain = (line) => line.replace(/^gazette-pages: /, '').replace(/,? in \/\S+$/, '');
      if (said.length) lines.push(`- ${count(s.articles)} articles: ${said.map(plain).join('; ')}`);
    }
    lines.push('');
  }
  lines.push('JSON fetched, encoded bytes:', '');
  for (const s of scale.filter((entry) => entry.home)) {
    const json = [...s.home.json, ...s.section.json].map((j) => `\`${j.name}\` ${j.body}`).join(', ');
    lines.push(`- ${count(s.articles)} articles: ${json}`);
  }
  lines.push('');
  return lines;
}
