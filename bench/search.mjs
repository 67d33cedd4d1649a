// The search bench (issue 18), run by bench/run.sh after the main bench (or alone with
// --search-only). On the built site in --dist: relevance on bench/relevance.json (recall@10 and
// MRR) for Gazette and for Pagefind (npm `pagefind`, indexing the same build's article copies),
// and what a cold query costs each (bytes on the wire). Then at 100, 10 000 and 100 000
// synthetic articles: Gazette's index bytes and time to results for a cold query (a shared
// results link) and a warm one (typed into the running app), with the bench's throttling.
// Writes bench/SEARCH.md and bench/search-results.json; prints PASS/FAIL against the budgets.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { coldLoad, launch, searchThrough } from './lib/browser.mjs';
import { askGazette, askPagefind, bytesUnder, evaluate } from './lib/relevance.mjs';
import { precompress, prepareSiteVariant, readJson } from './lib/scale.mjs';
import { serve } from './lib/server.mjs';
import { searchReport } from './lib/search-report.mjs';
import { stats } from './lib/stats.mjs';

const ROOT = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: join(ROOT, '.tmp/bench/dist') },
    work: { type: 'string', default: join(ROOT, '.tmp/bench') },
    scale: { type: 'string', default: '100,10000,100000' },
    'no-scale': { type: 'boolean', default: false },
    twin: { type: 'string', default: join(ROOT, '.tmp/bench-target/release/gazette-pages') },
    tool: { type: 'string', default: join(ROOT, '.tmp/bench-target/release/gazette-content') },
    out: { type: 'string', default: join(ROOT, 'bench') },
    loads: { type: 'string', default: '3' },
    'tool-limit': { type: 'string', default: '600' },
  },
});
const LOADS = Math.min(Math.max(Number(args.loads), 1), 9);
const SCALES = args['no-scale'] ? [] : args.scale.split(',').map(Number).filter((n) => n > 0 && n <= 200_000);
const started = Date.now();
// The machine's load through the run (2 cores here): anything else running slows the timings,
// and the report says so.
const loadSamples = [os.loadavg()[0]];
const sampler = setInterval(() => loadSamples.push(os.loadavg()[0]), 15_000).unref();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] search: ${message}`);
const median = (values) => stats(values).median;

const dist = args.dist;
if (!existsSync(join(dist, 'index.html'))) throw new Error(`no ${dist}/index.html: run bench/run.sh (it builds first)`);
const browser = await launch();
const results = { when: new Date().toISOString(), relevance: {}, coldQuery: {}, scale: [] };

try {
  // ---------- relevance: Gazette ----------
  const server = await serve(dist);
  try {
    const context = await browser.newContext();
    results.relevance.gazette = await evaluate(askGazette(await context.newPage(), server.url));
    await context.close();
    // A cold query from a shared link: everything the results page fetched from the index, and
    // the stories fetched for passages.
    const cold = await browser.newContext();
    const page = await cold.newPage();
    await askGazette(page, server.url)('tidal barrier');
    results.coldQuery.gazette = { index: await bytesUnder(page, '/content/search/'), passages: await bytesUnder(page, '/content/articles/') };
    await cold.close();
  } finally {
    await server.close();
  }
  log(`Gazette recall@10 ${results.relevance.gazette.recall.toFixed(3)}, MRR ${results.relevance.gazette.mrr.toFixed(3)}`);

  // ---------- relevance: Pagefind on the same build's article copies ----------
  const copy = join(args.work, 'pagefind-site');
  rmSync(copy, { recursive: true, force: true });
  execFileSync('cp', ['-al', dist, copy]);
  const pagefind = join(ROOT, 'bench/node_modules/.bin/pagefind');
  const indexing = Date.now();
  execFileSync(pagefind, ['--site', copy, '--glob', 'article/*.html', '--root-selector', 'article.article', '--output-subdir', 'pagefind'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  results.pagefindIndexMs = Date.now() - indexing;
  const pagefindServer = await serve(copy);
  try {
    const context = await browser.newContext();
    results.relevance.pagefind = await evaluate(askPagefind(await context.newPage(), pagefindServer.url));
    await context.close();
    const cold = await browser.newContext();
    const page = await cold.newPage();
    await askPagefind(page, pagefindServer.url)('tidal barrier');
    const all = await bytesUnder(page, '/pagefind/');
    const code = (await bytesUnder(page, '/pagefind/pagefind.js')) + (await bytesUnder(page, '.pagefind'));
    results.coldQuery.pagefind = { index: all - code, code };
    await cold.close();
  } finally {
    await pagefindServer.close();
  }
  log(`Pagefind recall@10 ${results.relevance.pagefind.recall.toFixed(3)}, MRR ${results.relevance.pagefind.mrr.toFixed(3)}`);

  // ---------- scale: bytes and time per query ----------
  for (const n of SCALES) {
    const variant = prepareSiteVariant(n, {
      dist,
      work: args.work,
      tool: args.tool,
      pages: args.twin,
      publicDir: join(ROOT, 'public'),
      limitSeconds: args['tool-limit'],
      log,
    });
    const row = { articles: n, tool: variant.tool };
    results.scale.push(row);
    if (!variant.dir) continue;
    const lead = readJson(join(variant.dir, 'content/home.json')).lead;
    // Two words in most stories (the biggest postings lists there are) and one word in one
    // story's headline (its number).
    const queries = { common: 'harbour tide', rare: String(Math.floor(n / 2) + 1) };
    const probe = await serve(variant.dir);
    const fetched = new Set();
    try {
      for (const q of Object.values(queries)) {
        const loaded = await coldLoad(browser, `${probe.url}/search?q=${encodeURIComponent(q)}`, { throttle: false });
        for (const f of loaded.fetched) if (f.name.endsWith('.json')) fetched.add(f.name.split('?')[0].replace(/^\//, ''));
      }
    } finally {
      await probe.close();
    }
    // As the post-build hook would: every file fetched has its .br and .gz.
    precompress(variant.dir, ['index.html', ...fetched]);
    const measured = await serve(variant.dir);
    try {
      for (const [name, q] of Object.entries(queries)) {
        const loads = [];
        for (let i = 0; i < LOADS; i++) loads.push(await coldLoad(browser, `${measured.url}/search?q=${encodeURIComponent(q)}`, { throttle: true }));
        const indexBytes = (load) => load.fetched.filter((f) => f.name.includes('/content/search/')).reduce((s, f) => s + f.transfer, 0);
        row[name] = { q, coldShownMs: median(loads.map((l) => l.app)), coldIndexBytes: median(loads.map(indexBytes)) };
      }
      const warm = [];
      for (let i = 0; i < LOADS; i++) warm.push(await searchThrough(browser, measured.url, lead, queries.rare, queries.common));
      row.warm = {
        firstMs: median(warm.map((w) => w.uncached.painted)),
        otherMs: median(warm.map((w) => w.other.painted)),
        cachedMs: median(warm.map((w) => w.cachedAgain.painted)),
      };
    } finally {
      await measured.close();
    }
    log(`scale ${n}: ${JSON.stringify(row)}`);
  }
} finally {
  await browser.close();
}

clearInterval(sampler);
results.load = { samples: loadSamples.length, max: Math.max(...loadSamples), mean: loadSamples.reduce((a, b) => a + b, 0) / loadSamples.length, cores: os.cpus().length };
const { markdown, verdicts } = searchReport(results);
writeFileSync(join(args.out, 'search-results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(args.out, 'SEARCH.md'), markdown);
for (const v of verdicts) console.log(`${v.pass ? 'PASS' : 'FAIL'}  ${v.what}: ${v.value} (budget ${v.budget})`);
log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
