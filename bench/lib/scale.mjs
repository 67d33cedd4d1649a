// Scale: synthetic archives of 100, 10 000 and 100 000 articles go through the real content
// tool, then the pages tool, as a publisher's build runs them; each gives a site that is the
// bench's dist/ with its own content/, static copies, sitemaps and feeds. The front page and a
// section page are then loaded cold: what they fetch must not grow with the archive.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generate, NEWEST } from './synth.mjs';

/**
 * Runs `command args` under /usr/bin/time, killed (with everything it started: `timeout`
 * signals its whole process group) after `limitSeconds`. Returns wall seconds, peak memory and
 * the tool's summary line, or { timedOut } when it did not finish in time.
 */
export function timed(command, args, limitSeconds, what) {
  const run = spawnSync('timeout', ['-k', '10', String(limitSeconds), '/usr/bin/time', '-f', '%e %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status === 124 || run.status === 137) return { timedOut: true, seconds: limitSeconds };
  if (run.status !== 0) throw new Error(`${what} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const [seconds, kb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, peakMemoryMB: Math.round(kb / 1024), summary: run.stdout.trim() };
}

export function buildContent(tool, { content, site, publicDir, out }, limitSeconds) {
  const args = ['build', '--content', content, '--site', site, '--public', publicDir, '--out', out];
  return timed(tool, args, limitSeconds, 'content tool');
}

function countFiles(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        files += 1;
        bytes += statSync(path).size;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes };
}

/** Files and bytes of these paths of `dir` (files or folders), added up. */
function countPaths(dir, paths) {
  const sum = { files: 0, bytes: 0 };
  for (const path of paths.map((p) => join(dir, p)).filter(existsSync)) {
    const counted = statSync(path).isDirectory() ? countFiles(path) : { files: 1, bytes: statSync(path).size };
    sum.files += counted.files;
    sum.bytes += counted.bytes;
  }
  return sum;
}

// What the pages tool writes into a built site, by kind: pages (`prerender`), the sitemaps,
// the feeds and robots.txt (`syndicate`). Not copied from the demo's dist into a variant, so
// that the variant holds only what its own run wrote; but for index.html and 404.html, which
// the tool reads the built app from (and then rewrites).
const WRITTEN = {
  pages: ['index.html', '404.html', 'article', 'section', 'tag', 'author'],
  sitemaps: ['sitemap.xml', 'sitemap-news.xml', 'sitemaps'],
  feeds: ['feeds'],
  robots: ['robots.txt'],
};
const NOT_COPIED = new Set(['content', 'twin', ...Object.values(WRITTEN).flat().filter((p) => !p.endsWith('.html'))]);

/**
 * The pages tool on a variant, as the post-build hook runs it: `prerender` (full static copies
 * of the newest 1000 articles, head-only pages for the older ones) and `syndicate`, each timed
 * on its own with the same limit as the content tool. The news sitemap's 48 hours end an hour
 * after the newest synthetic article rather than now, so that it holds the same stories
 * whatever day the bench runs.
 */
function buildPages(pages, site, limitSeconds) {
  const now = new Date(NEWEST + 3600_000).toISOString().replace('.000Z', 'Z');
  const prerender = timed(pages, ['prerender', site], limitSeconds, 'gazette-pages prerender');
  const syndicate = timed(pages, ['syndicate', site, '--now', now], limitSeconds, 'gazette-pages syndicate');
  const written = Object.fromEntries(Object.entries(WRITTEN).map(([kind, paths]) => [kind, countPaths(site, paths)]));
  return { prerender, syndicate, written };
}

/**
 * Makes `root/<n>/site`: the built app (hard links to `dist`, without its content/ and what the
 * pages tool writes) plus the synthetic archive's content/, static copies, sitemaps and feeds.
 * Its JSON is not precompressed here (the post-build hook would take minutes at 100 000
 * articles): see precompress().
 */
export function prepareVariant({ root, n, dist, tool, pages, sections, siteFile, publicDir, limitSeconds, log }) {
  const dir = join(root, String(n));
  const content = join(dir, 'content');
  const generatedMs = generate(content, n, { sections, publicDir });
  log(`scale ${n}: ${generatedMs ? `generated in ${(generatedMs / 1000).toFixed(1)} s` : 'articles reused'}`);
  const site = join(dir, 'site');
  // Start clean: the tool refuses to replace a folder holding files it did not write (the
  // precompressed copies below), which is right for a publisher's --out.
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  for (const entry of readdirSync(dist)) {
    if (NOT_COPIED.has(entry.replace(/\.(br|gz)$/, ''))) continue;
    if (/\.html(\.br|\.gz)?$/.test(entry)) {
      // Copied, not linked: the pages tool rewrites them (a hard link would rewrite dist's too).
      if (entry.endsWith('.html')) execFileSync('cp', [join(dist, entry), join(site, entry)]);
      continue;
    }
    execFileSync('cp', ['-al', join(dist, entry), join(site, entry)]);
  }
  const markdownBytes = countFiles(join(content, 'articles')).bytes;
  const built = buildContent(tool, { content, site: siteFile, publicDir, out: join(site, 'content') }, limitSeconds);
  if (built.timedOut) {
    log(`scale ${n}: the content tool did not finish in ${limitSeconds} s: stopped`);
    rmSync(site, { recursive: true, force: true });
    return { dir: null, tool: built, pages: null, output: null, markdownBytes };
  }
  log(`scale ${n}: ${built.summary} in ${built.seconds} s, peak ${built.peakMemoryMB} MB`);
  const output = countFiles(join(site, 'content'));
  const pagesRun = buildPages(pages, site, limitSeconds);
  for (const step of ['prerender', 'syndicate']) {
    const r = pagesRun[step];
    log(`scale ${n}: pages ${step} ${r.timedOut ? `did not finish in ${limitSeconds} s: stopped` : `in ${r.seconds} s, peak ${r.peakMemoryMB} MB`}`);
  }
  if (pagesRun.prerender.timedOut) return { dir: null, tool: built, pages: pagesRun, output, markdownBytes };
  // The copies start the app with their own loader script: the policy must name its hash.
  execFileSync('python3', [join(import.meta.dirname, '../../scripts/csp.py'), site], { stdio: ['ignore', 'ignore', 'inherit'] });
  return { dir: site, tool: built, pages: pagesRun, output, markdownBytes };
}

/**
 * `prepareVariant` for the bench's built site in `dist`: its sections and site.json, the
 * project's public/ folder, the tools and time limit the bench was given.
 */
export function prepareSiteVariant(n, { dist, work, tool, pages, publicDir, limitSeconds, log }) {
  const site = readJson(join(dist, 'site.json'));
  return prepareVariant({
    root: join(work, 'scale'),
    n,
    dist,
    tool,
    pages,
    sections: site.sections.map((s) => s.slug),
    siteFile: join(dist, 'site.json'),
    publicDir,
    limitSeconds: Math.min(Math.max(Number(limitSeconds), 10), 3600),
    log,
  });
}

/** Brotli and gzip copies of these files (paths relative to `dir`), as the post-build hook makes. */
export function precompress(dir, paths) {
  for (const relative of paths) {
    const file = join(dir, relative);
    if (!existsSync(file)) continue;
    execFileSync('brotli', ['-q', '11', '-f', '-k', file]);
    execFileSync('gzip', ['-9', '-n', '-f', '-k', file]);
  }
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
