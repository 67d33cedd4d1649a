// Gazette's benchmark: run through bench/run.sh, which builds first. Measures the built site in
// `--dist` (sizes, Lighthouse, in-browser timings, the static twin, scale) and writes
// bench/RESULTS.md and bench/results.json. Every loop is bounded; all traffic is to 127.0.0.1.
//
//   node bench/bench.mjs --dist DIR [--runs 3] [--loads 5] [--scale 100,10000,100000]
//                        [--no-lighthouse] [--no-scale] [--twin BIN]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

import { clickThrough, coldLoad, CHROMIUM_FLAGS, CPU_SLOWDOWN, DESKTOP_VIEWPORT, launch, searchThrough, SLOW_4G } from './lib/browser.mjs';
import { kb, markdown } from './lib/report.mjs';
import { precompress, prepareSiteVariant, readJson } from './lib/scale.mjs';
import { freePort, serve } from './lib/server.mjs';
import { workerCost as measureWorker } from './lib/worker.mjs';
import { stats } from './lib/stats.mjs';

const ROOT = join(import.meta.dirname, '..');
const started = Date.now();
// bench/run.sh passes the time it started, so that the report's duration includes the build.
const runStarted = Number(process.env.BENCH_STARTED) * 1000 || started;
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: join(ROOT, '.tmp/bench/dist') },
    work: { type: 'string', default: join(ROOT, '.tmp/bench') },
    runs: { type: 'string', default: '3' },
    loads: { type: 'string', default: '5' },
    scale: { type: 'string', default: '100,10000,100000' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-scale': { type: 'boolean', default: false },
    twin: { type: 'string', default: join(ROOT, 'target/debug/gazette-pages') },
    tool: { type: 'string', default: join(ROOT, '.tmp/bench-target/release/gazette-content') },
    out: { type: 'string', default: join(ROOT, 'bench') },
    'tool-limit': { type: 'string', default: '300' },
  },
});
const RUNS = Math.min(Math.max(Number(args.runs), 1), 15);
const LOADS = Math.min(Math.max(Number(args.loads), 1), 25);
const SCALES = args['no-scale'] ? [] : args.scale.split(',').map(Number).filter((n) => n > 0 && n <= 200_000);
const dist = args.dist;

// The machine's 1-minute load average through the run: on 2 cores, anything else running (a
// build beside the bench) slows the timings, and the report says so rather than hiding it.
const loadSamples = [os.loadavg()[0]];
const sampler = setInterval(() => loadSamples.push(os.loadavg()[0]), 15_000).unref();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

// ---------- timeouts ----------
const withTimeout = (promise, ms, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms))]);

// ---------- the site under test ----------
if (!existsSync(join(dist, 'index.html'))) throw new Error(`no ${dist}/index.html: run bench/run.sh (it builds first)`);
const site = readJson(join(dist, 'site.json'));
const contentDir = join(dist, (site.contentPath ?? 'content/').replace(/^\/+|\/+$/g, ''));
const home = readJson(join(contentDir, 'home.json'));
const article = { slug: home.lead.slug, title: home.lead.title };
const other = home.latest.find((s) => s.slug !== article.slug) ?? home.sections.flatMap((b) => b.articles)[0];
const section = site.sections[0].slug;
// Searched for: the longest word of each of the two articles' headlines (each finds at least
// its own article).
const longestWord = (title) => title.split(/[^\p{L}\p{N}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
const queries = [longestWord(article.title), longestWord(other.title)];
// `bare`: the oldest article, which the bench's build leaves past GAZETTE_PRERENDER_LATEST
// (the newest whole, the oldest with the top of its story only): what a reader gets for an
// older article of a big archive, measured against its own static twin.
const datedArticles = readdirSync(join(contentDir, 'articles'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => readJson(join(contentDir, 'articles', name)))
  .sort((a, b) => b.published.localeCompare(a.published));
const older = datedArticles.at(-1);
if (older.slug === article.slug) throw new Error('bench: the measured article is also the oldest; the demo needs two');
const PAGES = {
  home: '/',
  article: `/article/${article.slug}`,
  section: `/section/${section}`,
  twin: `/twin/${article.slug}.html`,
  bare: `/article/${older.slug}`,
  bareTwin: `/twin/${older.slug}.html`,
  search: `/search?q=${encodeURIComponent(queries[0])}`,
};
// The other page kinds, audited for SEO alone (their layout is the section page's): a tag and
// the author of the measured article.
const articleJson = readJson(join(contentDir, 'articles', `${article.slug}.json`));
const SEO_PAGES = {
  tag: `/tag/${articleJson.tags[0].slug}`,
  author: `/author/${articleJson.author.slug}`,
};

// The site is built again for the address the bench serves it at (site.json `url`, through
// GAZETTE_URL: the post-build hook writes canonical links, social cards, robots.txt's sitemap
// line, sitemaps and feeds against it). Lighthouse's `canonical` audit looks for a canonical
// pointing at the home page only when it is on the page's own origin, so with the demo's
// https://harbour-gazette.example/ it would check next to nothing. A port picked now rather
// than a fixed one: two worktrees may run the bench at once.
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const hosted = { ...process.env, GAZETTE_URL: `${origin}/`, GAZETTE_PRERENDER_LATEST: String(datedArticles.length - 1) };
execFileSync('sh', [join(ROOT, 'scripts/site-overrides.sh'), join(dist, 'site.json')], { env: hosted });
// The static twin of the measured article (its canonical link is the article's), precompressed
// like the rest (only new files are).
execFileSync(args.twin, ['twin', '--dist', dist, '--out', join(dist, 'twin'), article.slug, older.slug], { stdio: 'inherit' });
execFileSync('sh', [join(ROOT, 'scripts/post-build.sh'), dist], { stdio: 'inherit', env: hosted });

// ---------- 1. sizes ----------
function sizeOf(path) {
  const raw = readFileSync(path);
  const copy = (ext, make) => (existsSync(path + ext) ? statSync(path + ext).size : make(raw).length);
  return {
    file: relative(dist, path),
    raw: raw.length,
    gzip: copy('.gz', (b) => gzipSync(b, { level: 9 })),
    brotli: copy('.br', (b) => brotliCompressSync(b, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })),
  };
}
const top = readdirSync(dist);
const find = (re) => top.filter((name) => re.test(name)).map((name) => join(dist, name));
const sizes = {
  wasm: find(/_bg\.wasm$/).map(sizeOf),
  js: find(/^[^.]+-[0-9a-f]+\.js$/).map(sizeOf),
  css: find(/\.css$/).map(sizeOf),
  html: [sizeOf(join(dist, 'index.html'))],
  siteJson: [sizeOf(join(dist, 'site.json'))],
  homeJson: [sizeOf(join(contentDir, 'home.json'))],
  articleJson: [sizeOf(join(contentDir, 'articles', `${article.slug}.json`))],
  sectionJson: [sizeOf(join(contentDir, 'section', section, '1.json'))],
  twinHtml: [sizeOf(join(dist, 'twin', `${article.slug}.html`))],
};
const total = (keys, field) => keys.flatMap((k) => sizes[k]).reduce((sum, s) => sum + s[field], 0);
const appBytes = { raw: total(['wasm', 'js', 'css'], 'raw'), gzip: total(['wasm', 'js', 'css'], 'gzip'), brotli: total(['wasm', 'js', 'css'], 'brotli') };
log(`sizes: wasm+js+css ${appBytes.raw} B raw, ${appBytes.gzip} gzip, ${appBytes.brotli} brotli`);

// ---------- the server ----------
const server = await serve(dist, { port });
log(`serving ${dist} at ${server.url}`);

// ---------- 2. Lighthouse ----------
const lighthouse = {};
if (!args['no-lighthouse']) {
  const { launchChrome, audit } = await import('./lib/lighthouse.mjs');
  const chrome = await launchChrome(CHROMIUM_FLAGS);
  try {
    // Interleaved (run 1 of every page, then run 2, ...) so that drift hits every page alike.
    for (let run = 1; run <= RUNS; run++) {
      for (const formFactor of ['mobile', 'desktop']) {
        for (const [page, path] of Object.entries(PAGES)) {
          const key = `${page} ${formFactor}`;
          let result;
          try {
            result = await withTimeout(audit(chrome.port, server.url + path, formFactor), 180_000, key);
          } catch (error) {
            result = { error: String(error.message ?? error) };
          }
          (lighthouse[key] ??= []).push(result);
          if (result.error) log(`lighthouse ${key} run ${run}: ERROR ${result.error}`);
          else log(`lighthouse ${key} run ${run}: score ${result.score}, SEO ${result.seo}, LCP ${Math.round(result.lcp)} ms, CLS ${result.cls.toFixed(3)}`);
        }
      }
      // SEO alone, on mobile: no audit of the category depends on the preset.
      for (const [page, path] of Object.entries(SEO_PAGES)) {
        const key = `${page} mobile`;
        let result;
        try {
          result = await withTimeout(audit(chrome.port, server.url + path, 'mobile', ['seo']), 180_000, key);
        } catch (error) {
          result = { error: String(error.message ?? error) };
        }
        (lighthouse[key] ??= []).push(result);
        log(`lighthouse ${key} run ${run}: ${result.error ? `ERROR ${result.error}` : `SEO ${result.seo}`}`);
      }
    }
  } finally {
    await chrome.kill();
  }
}
const lhSummary = {};
for (const [key, results] of Object.entries(lighthouse)) {
  const ok = results.filter((r) => !r.error);
  lhSummary[key] = {
    runs: results.length,
    errors: results.length - ok.length,
    score: stats(ok.map((r) => r.score)),
    seo: stats(ok.map((r) => r.seo)),
    // Every failing SEO audit of any run, once (the same audit fails the same way each run).
    seoFailures: [...new Map(ok.flatMap((r) => r.seoFailures ?? []).map((f) => [f.id, f])).values()],
    fcp: stats(ok.map((r) => r.fcp)),
    lcp: stats(ok.map((r) => r.lcp)),
    tbt: stats(ok.map((r) => r.tbt)),
    cls: stats(ok.map((r) => r.cls)),
  };
}

// ---------- 3. in-browser timings ----------
const browser = await launch();
const cold = {};
const desktop = {};
const click = [];
const searches = [];
let cspViolations = [];
try {
  for (let run = 1; run <= LOADS; run++) {
    for (const [page, path] of Object.entries(PAGES)) {
      const result = await coldLoad(browser, server.url + path, { throttle: true });
      (cold[page] ??= []).push(result);
      cspViolations.push(...result.csp.map((v) => `${page}: ${v}`));
      // Unthrottled at Lighthouse's desktop size: where layout shifts show most.
      (desktop[page] ??= []).push(await coldLoad(browser, server.url + path, { throttle: false, viewport: DESKTOP_VIEWPORT }));
    }
    click.push(await clickThrough(browser, server.url, article, other, { throttle: true }));
    searches.push(await searchThrough(browser, server.url, article, ...queries, { throttle: true }));
  }
  log(`timings: ${LOADS} cold loads of each page, ${LOADS} click-throughs and searches done`);
} finally {
  await browser.close();
}
const jsonHits = Object.fromEntries([...server.hits].filter(([path]) => path.endsWith('.json')));
await server.close();
const shiftSources = (results) =>
  [...new Set(results.flatMap((r) => r.shifts.flatMap((shift) => shift.sources.map((s) => `${s} (${shift.value.toFixed(3)})`))))].slice(0, 6);
const coldSummary = Object.fromEntries(
  Object.entries(cold).map(([page, results]) => [
    page,
    {
      cls: stats(results.map((r) => r.cls)),
      shifts: shiftSources(results),
      desktopCls: stats(desktop[page].map((r) => r.cls)),
      desktopShifts: shiftSources(desktop[page]),
      desktopPainted: stats(desktop[page].map((r) => r.painted)),
      lcpElement: results[0].lcpElement,
      headline: stats(results.map((r) => r.headline)),
      painted: stats(results.map((r) => r.painted)),
      app: stats(results.map((r) => r.app).filter((v) => v !== null)),
      // When the wasm's last byte arrived: what follows, to the app shown, is the app's start
      // (compile, first render, the swap), the part hydrating instead of replacing could cut.
      wasmDone: stats(results.map((r) => r.fetched.find((f) => f.name.endsWith('.wasm'))?.end).filter((v) => v != null)),
      lcp: stats(results.map((r) => r.lcp)),
      requests: results[0].requests,
      transferBytes: stats(results.map((r) => r.transferBytes)),
      bodyBytes: stats(results.map((r) => r.bodyBytes)),
    },
  ]),
);
const clickSummary = {
  uncached: stats(click.map((c) => c.uncached.painted)),
  cachedBack: stats(click.map((c) => c.cachedBack.painted)),
  cachedAgain: stats(click.map((c) => c.cachedAgain.painted)),
};
const searchSummary = {
  queries,
  uncached: stats(searches.map((c) => c.uncached.painted)),
  other: stats(searches.map((c) => c.other.painted)),
  cachedAgain: stats(searches.map((c) => c.cachedAgain.painted)),
  // A results page opened cold (a shared link; it has no static copy): the app's own h1
  // (`index.html` is the front page's copy, hidden at once under this address).
  coldShown: stats(cold.search.map((r) => r.app)),
  coldBytes: stats(cold.search.map((r) => r.transferBytes)),
};

// ---------- 3b. what the JSON preload in index.html is worth ----------
// The same build without the preload link and script (hard links, but for the two HTML files):
// cold loads of the article, alternating with the real build.
function withoutPreload(from, to) {
  rmSync(to, { recursive: true, force: true });
  execFileSync('cp', ['-al', from, to]);
  const pages = execFileSync('find', [to, '-name', '*.html'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const path of pages) {
    const html = readFileSync(path, 'utf8')
      .replace(/<link rel="preload" href="site\.json"[^>]*>/, '')
      .replace(/<script>(?:(?!<\/script>)[\s\S])*link\.rel = "preload"[\s\S]*?<\/script>/, '');
    for (const suffix of ['', '.br', '.gz']) rmSync(path + suffix, { force: true });
    writeFileSync(path, html);
  }
  execFileSync('sh', [join(ROOT, 'scripts/post-build.sh'), to]);
  return readFileSync(join(to, 'index.html'), 'utf8').includes('link.rel = "preload"') ? null : to;
}
const preloadAB = {};
{
  const plain = withoutPreload(dist, join(args.work, 'no-preload'));
  if (plain) {
    const servers = { withPreload: await serve(dist), withoutPreload: await serve(plain) };
    const abBrowser = await launch();
    try {
      for (let run = 1; run <= LOADS; run++) {
        for (const [variant, s] of Object.entries(servers)) {
          const result = await coldLoad(abBrowser, s.url + PAGES.article, { throttle: true });
          // The static copy paints the headline either way: the preload speeds up the app.
          (preloadAB[variant] ??= []).push(result.app);
        }
      }
    } finally {
      await abBrowser.close();
      for (const s of Object.values(servers)) await s.close();
    }
    for (const variant of Object.keys(preloadAB)) preloadAB[variant] = stats(preloadAB[variant]);
    log(`preload: article app shown at ${Math.round(preloadAB.withPreload.median)} ms with, ${Math.round(preloadAB.withoutPreload.median)} ms without`);
  }
}

// ---------- 3c. what the service worker costs a first visit ----------
let workerCost = null;
{
  const workerServer = await serve(dist);
  const workerBrowser = await launch();
  try {
    workerCost = await measureWorker(workerBrowser, workerServer, PAGES.article, LOADS, stats);
    log(`worker: headline at ${Math.round(workerCost.allowed.painted.median)} ms with, ${Math.round(workerCost.blocked.painted.median)} ms without; +${workerCost.extraBytes} B`);
  } finally {
    await workerBrowser.close();
    await workerServer.close();
  }
}

// ---------- 4. scale ----------
const scale = [];
if (SCALES.length) {
  if (!existsSync(args.tool)) throw new Error(`no content tool at ${args.tool}: run bench/run.sh (it builds it)`);
  const scaleBrowser = await launch();
  try {
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
      if (!variant.dir) {
        const { markdownBytes, tool, pages, output } = variant;
        scale.push({ articles: n, markdownMB: +(markdownBytes / 1e6).toFixed(1), tool, pages, outputFiles: output?.files, outputMB: output && +(output.bytes / 1e6).toFixed(1) });
        continue;
      }
      // One unthrottled load of each page finds the JSON it reads; those files get their .br and
      // .gz (as every file would in a real build), then a fresh server serves the measured runs.
      const probeServer = await serve(variant.dir);
      const fetchedJson = new Set();
      try {
        for (const path of ['/', `/section/${section}`]) {
          const probe = await coldLoad(scaleBrowser, probeServer.url + path, { throttle: false });
          for (const f of probe.fetched) if (f.name.endsWith('.json')) fetchedJson.add(f.name.split('?')[0].replace(/^\//, ''));
        }
      } finally {
        await probeServer.close();
      }
      precompress(variant.dir, ['index.html', `section/${section}.html`, ...fetchedJson]);
      const serverStart = Date.now();
      const variantServer = await serve(variant.dir);
      const serverStartMs = Date.now() - serverStart;
      const loads = { home: [], section: [] };
      try {
        for (let run = 1; run <= Math.min(LOADS, 3); run++) {
          loads.home.push(await coldLoad(scaleBrowser, `${variantServer.url}/`, { throttle: true }));
          loads.section.push(await coldLoad(scaleBrowser, `${variantServer.url}/section/${section}`, { throttle: true }));
        }
      } finally {
        await variantServer.close();
      }
      const page = (results) => ({
        transferBytes: stats(results.map((r) => r.transferBytes)),
        bodyBytes: stats(results.map((r) => r.bodyBytes)),
        decodedBytes: stats(results.map((r) => r.decodedBytes)),
        requests: results[0].requests,
        painted: stats(results.map((r) => r.painted)),
        json: results[0].fetched.filter((f) => f.name.endsWith('.json')).map((f) => ({ name: f.name, body: f.body })),
      });
      const entry = {
        articles: n,
        markdownMB: +(variant.markdownBytes / 1e6).toFixed(1),
        tool: variant.tool,
        pages: variant.pages,
        outputFiles: variant.output.files,
        outputMB: +(variant.output.bytes / 1e6).toFixed(1),
        serverStartMs,
        home: page(loads.home),
        section: page(loads.section),
      };
      scale.push(entry);
      log(`scale ${n}: home ${entry.home.bodyBytes.median} B in ${Math.round(entry.home.painted.median)} ms, section ${entry.section.bodyBytes.median} B in ${Math.round(entry.section.painted.median)} ms`);
    }
  } finally {
    await scaleBrowser.close();
  }
}

// ---------- budgets ----------
const budgets = [];
const budget = (name, pass, measured, limit) => budgets.push({ name, pass, measured, limit });
// Issue 16's budgets. Trunk does not split the wasm, so everything is downloaded before the
// app is shown: both size budgets measure the same bytes until a split lands.
const median = (page, key) => coldSummary[page]?.[key]?.median;
budget('app shown on an article with a copy (median)', median('article', 'app') <= 3000, `${Math.round(median('article', 'app'))} ms`, '≤ 3.0 s');
budget('search results page opened cold, app shown (median)', searchSummary.coldShown.median <= 3500, `${Math.round(searchSummary.coldShown.median)} ms`, '≤ 3.5 s');
budget('wasm + JS + CSS downloaded before the app is shown, brotli', appBytes.brotli <= 220 * 1024, `${kb(appBytes.brotli)}`, '≤ 220 KB');
budget('the whole app, brotli', appBytes.brotli <= 280 * 1024, `${kb(appBytes.brotli)}`, '≤ 280 KB');
const articleJsonRequests = cold.article[0].fetched.filter((f) => /\.json(\?|$)/.test(f.name)).length;
budget('JSON requests on a first article load', articleJsonRequests <= 4, `${articleJsonRequests}`, '≤ 4');
for (const page of ['home', 'article', 'bare', 'search', 'section']) {
  const m = lhSummary[`${page} mobile`];
  if (m) budget(`Lighthouse mobile score, ${page} (median)`, m.score.median >= 98, `${m.score.median}`, '≥ 98');
}
for (const page of ['home', 'article', 'section']) {
  const worst = Math.max(...['mobile', 'desktop'].map((f) => lhSummary[`${page} ${f}`]?.cls.max ?? 0));
  if (lhSummary[`${page} mobile`]) budget(`CLS, ${page} (worst run, mobile and desktop)`, worst === 0, worst.toFixed(3), '0');
}
// The site's pages only: the twins are the bench's own yardsticks, not pages of the site, and a
// search results page is `noindex` on purpose (search engines ask sites to keep their internal
// results out of the index), which Lighthouse's `is-crawlable` audit counts against it.
const seoKeys = Object.keys(lhSummary).filter((key) => !/^(twin|bareTwin|search) /.test(key));
if (seoKeys.length) {
  const below = seoKeys.filter((key) => lhSummary[key].seo.min !== 100 || lhSummary[key].errors);
  const kinds = [...new Set(seoKeys.map((key) => key.split(' ')[0]))];
  const worst = (kind) => Math.min(...seoKeys.filter((key) => key.startsWith(`${kind} `)).map((key) => lhSummary[key].seo.min ?? 0));
  budget(
    'Lighthouse SEO = 100 on every page kind',
    below.length === 0,
    kinds.map((kind) => `${kind} ${worst(kind)}`).join(', ') + (below.length ? ` (below 100 or errors: ${below.join(', ')})` : ''),
    '100 in every run',
  );
}
const lcpRatio = {};
const bareLcpRatio = {};
for (const f of ['mobile', 'desktop']) {
  const ratio = (page, twin) => lhSummary[`${page} ${f}`]?.lcp.median / lhSummary[`${twin} ${f}`]?.lcp.median;
  if (ratio('article', 'twin')) lcpRatio[f] = ratio('article', 'twin');
  if (ratio('bare', 'bareTwin')) bareLcpRatio[f] = ratio('bare', 'bareTwin');
}
if (lcpRatio.mobile) budget('Article LCP / static twin LCP, Lighthouse mobile median', lcpRatio.mobile <= 1.3, lcpRatio.mobile.toFixed(2), '≤ 1.30');
if (bareLcpRatio.mobile) budget('LCP of an article past the copy limit (top of the story copied) / its static twin, Lighthouse mobile median', bareLcpRatio.mobile <= 1.5, bareLcpRatio.mobile.toFixed(2), '≤ 1.50');
for (const s of scale.filter((entry) => entry.tool.timedOut)) {
  budget(`content tool finishes at ${s.articles} articles`, false, `stopped after ${s.tool.seconds} s`, `bench limit ${s.tool.seconds} s`);
}
for (const s of scale.filter((entry) => entry.pages)) {
  for (const step of ['prerender', 'syndicate']) {
    const r = s.pages[step];
    if (r.timedOut) budget(`pages ${step} finishes at ${s.articles} articles`, false, `stopped after ${r.seconds} s`, `bench limit ${r.seconds} s`);
  }
}
const measuredScale = scale.filter((entry) => entry.home);
if (measuredScale.length >= 2) {
  const [small, large] = [measuredScale[0], measuredScale[measuredScale.length - 1]];
  for (const page of ['home', 'section']) {
    const delta = large[page].bodyBytes.median - small[page].bodyBytes.median;
    // Pages state article counts ("16667 stories", totalPages, a section's count in the sidebar):
    // those digits are the only thing allowed to differ.
    const allowed = 64;
    budget(
      `${page} bytes fetched, ${large.articles} vs ${small.articles} articles`,
      Math.abs(delta) <= allowed,
      delta === 0 ? 'identical' : `${delta > 0 ? '+' : ''}${delta} B`,
      `identical but for count digits (≤ ${allowed} B)`,
    );
  }
}
if (workerCost) {
  const { allowed, blocked } = workerCost;
  budget(
    'Article headline painted, first visit with the service worker vs without (median)',
    allowed.painted.median <= blocked.painted.median * 1.05 + 50,
    `${Math.round(allowed.painted.median)} ms vs ${Math.round(blocked.painted.median)} ms`,
    '≤ 5 % + 50 ms slower',
  );
}
const budgetsPassed = budgets.filter((b) => b.pass).length;

// ---------- environment ----------
const sh = (cmd, cmdArgs) => {
  try {
    return execFileSync(cmd, cmdArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};
const pick = (object, keys) => Object.fromEntries(keys.map((key) => [key, object[key]]));
const environment = {
  date: new Date().toISOString(),
  cpu: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  chromium: sh('/usr/bin/chromium', ['--version']).split('\n').pop(),
  node: process.version,
  lighthouse: readJson(join(import.meta.dirname, 'node_modules/lighthouse/package.json')).version,
  rustc: sh('rustc', ['--version']),
  trunk: sh('trunk', ['--version']),
  commit: sh('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']),
  dirty: sh('git', ['-C', ROOT, 'status', '--porcelain']) !== '',
  throttling: { network: SLOW_4G, cpuSlowdown: CPU_SLOWDOWN },
  benchmarkIndex: stats(Object.values(lighthouse).flat().map((run) => run.benchmarkIndex).filter((v) => v != null)),
  runs: { lighthouse: RUNS, loads: LOADS },
  // The first sample is taken just after the build (bench/run.sh): the median and max leave it out.
  loadAverage: { start: loadSamples[0], ...pick(stats(loadSamples.slice(1)), ['median', 'max']), cores: os.cpus().length },
  durationSeconds: Math.round((Date.now() - started) / 1000),
  totalSeconds: Math.round((Date.now() - runStarted) / 1000),
};

const results = {
  environment,
  pages: PAGES,
  origin,
  sizes,
  appBytes,
  seoPages: SEO_PAGES,
  lighthouse: lhSummary,
  lighthouseRuns: lighthouse,
  lcpRatio,
  bareLcpRatio,
  cold: coldSummary,
  click: clickSummary,
  search: searchSummary,
  preloadAB,
  workerCost,
  jsonHits,
  cspViolations: [...new Set(cspViolations)],
  csp: server.policy,
  scale,
  budgets,
};
writeFileSync(join(args.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(args.out, 'RESULTS.md'), markdown(results));

clearInterval(sampler);
console.log('\nBudgets (issues 5 and 13):');
for (const b of budgets) console.log(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.measured} (budget ${b.limit})`);
console.log(`\n${budgetsPassed}/${budgets.length} budgets pass. Wrote bench/RESULTS.md and bench/results.json in ${environment.durationSeconds} s.`);

