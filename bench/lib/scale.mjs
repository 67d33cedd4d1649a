// Scale: synthetic archives of 100, 10 000 and 100 000 articles go through the real content
// tool; each gives a site that is the bench's dist/ with its own content/. The front page and a
// section page are then loaded cold: what they fetch must not grow with the archive.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './synth.mjs';

/**
 * Runs the content tool under /usr/bin/time, killed (with everything it started: `timeout`
 * signals its whole process group) after `limitSeconds`. Returns wall seconds, peak memory and
 * the tool's summary line, or { timedOut } when it did not finish in time.
 */
export function buildContent(tool, { content, site, publicDir, out }, limitSeconds) {
  const run = spawnSync(
    'timeout',
    ['-k', '10', String(limitSeconds), '/usr/bin/time', '-f', '%e %M', tool, 'build', '--content', content,
      '--site', site, '--public', publicDir, '--out', out],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status === 124 || run.status === 137) return { timedOut: true, seconds: limitSeconds };
  if (run.status !== 0) throw new Error(`content tool failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const [seconds, kb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, peakMemoryMB: Math.round(kb / 1024), summary: run.stdout.trim() };
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
  walk(dir);
  return { files, bytes };
}

/**
 * Makes `root/<n>/site`: the built app (hard links to `dist`, without its content/) plus the
 * synthetic archive's content/. Its JSON is not precompressed here (the post-build hook would
 * take minutes at 100 000 articles): see precompress().
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
    // The demo's content and its static copies of pages: this archive gets its own.
    if (['content', 'twin', 'article', 'section', 'tag', 'author'].includes(entry)) continue;
    if (/\.html(\.br|\.gz)?$/.test(entry)) {
      // Copied, not linked: the pages tool rewrites them (a hard link would rewrite dist's too).
      if (entry.endsWith('.html')) execFileSync('cp', [join(dist, entry), join(site, entry)]);
      continue;
    }
    execFileSync('cp', ['-al', join(dist, entry), join(site, entry)]);
  }
  const built = buildContent(tool, { content, site: siteFile, publicDir, out: join(site, 'content') }, limitSeconds);
  if (built.timedOut) {
    log(`scale ${n}: the content tool did not finish in ${limitSeconds} s: stopped`);
    rmSync(site, { recursive: true, force: true });
    return { dir: null, tool: built, output: null, markdownBytes: countFiles(join(content, 'articles')).bytes };
  }
  log(`scale ${n}: ${built.summary} in ${built.seconds} s, peak ${built.peakMemoryMB} MB`);
  // As the post-build hook does: static copies of the front page, archives and newest articles.
  const pagesStart = Date.now();
  execFileSync(pages, ['prerender', site], { stdio: ['ignore', 'ignore', 'inherit'] });
  // The copies start the app with their own loader script: the policy must name its hash.
  execFileSync('python3', [join(import.meta.dirname, '../../scripts/csp.py'), site], { stdio: ['ignore', 'ignore', 'inherit'] });
  built.prerenderSeconds = +((Date.now() - pagesStart) / 1000).toFixed(2);
  log(`scale ${n}: static copies written in ${built.prerenderSeconds} s`);
  const output = countFiles(join(site, 'content'));
  const articlesBytes = countFiles(join(content, 'articles')).bytes;
  return { dir: site, tool: built, output, markdownBytes: articlesBytes };
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

