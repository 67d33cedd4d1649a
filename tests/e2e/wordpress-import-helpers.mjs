// A Gazette site made from a real WordPress, as a publisher makes one: the import into a
// content folder of its own, then the built app (a copy of dist/ without the demo's content and
// static copies) with that content compiled, its static copies, feeds and `_redirects`, and the
// policy re-written as scripts/e2e.sh does for its test copies.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
// What the build hooks run (`cargo run` builds them, debug, before any e2e run).
const CONTENT_TOOL = join(ROOT, 'target/debug/gazette-content');
const PAGES_TOOL = join(ROOT, 'target/debug/gazette-pages');
// What the pages tool writes: not copied from dist/, so the site holds only its own.
const WRITTEN_BY_PAGES = ['content', 'article', 'section', 'tag', 'author', 'feeds', 'sitemaps', '_redirects'];

/** A port nothing listens on. */
export async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/** Starts a WordPress of its own (fresh database) on `port`; returns its URL and a stop(). */
export function startWordPress(folder, port) {
  const pid = execFileSync(join(ROOT, 'scripts/wordpress/start.sh'), [folder, String(port), 'open'], { encoding: 'utf8' }).trim();
  return { url: `http://127.0.0.1:${port}`, stop: () => process.kill(Number(pid)) };
}

/** Changes `count` posts of that WordPress as an editor would (scripts/wordpress/change.sh). */
export function changePosts(url, count) {
  execFileSync(join(ROOT, 'scripts/wordpress/change.sh'), [url, String(count)]);
}

/** Takes a post back to draft, as an editor unpublishing it would (its database: start.sh's). */
export function unpublishPost(url, slug) {
  const database = `gazette${new URL(url).port}`;
  const sql = `UPDATE wp_posts SET post_status = 'draft' WHERE post_name = '${slug}' AND post_type = 'post'`;
  const [command, args] = process.getuid() === 0 ? ['mariadb', []] : ['sudo', ['mariadb']];
  execFileSync(command, [...args, database, '-e', sql]);
}

/** Runs the import into `work`'s content folder; its report (stdout and stderr) and status. */
export function importSite(work, wordpress) {
  mkdirSync(join(work, 'content/articles'), { recursive: true });
  mkdirSync(join(work, 'public'), { recursive: true });
  if (!existsSync(join(work, 'site.json'))) cpSync(join(ROOT, 'dist/site.json'), join(work, 'site.json'));
  const args = ['import', 'wordpress', wordpress, '--content', join(work, 'content'), '--site', join(work, 'site.json'), '--public', join(work, 'public')];
  try {
    const out = execFileSync(CONTENT_TOOL, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: 0, report: out };
  } catch (error) {
    return { status: error.status, report: `${error.stdout}${error.stderr}` };
  }
}

/** The numbers of the report's first line (`7 written, …; 17 requests, …`). */
export function counts(report) {
  const number = (word) => Number(report.match(new RegExp(`(\\d+) ${word}`))?.[1]);
  return { written: number('written'), removed: number('removed'), requests: number('requests') };
}

/** Builds `work/site` from dist/ and the imported content, ready to serve. */
export function buildSite(work) {
  const site = join(work, 'site');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  for (const entry of readdirSync(join(ROOT, 'dist'))) {
    if (WRITTEN_BY_PAGES.includes(entry.replace(/\.(br|gz)$/, ''))) continue;
    cpSync(join(ROOT, 'dist', entry), join(site, entry), { recursive: true });
  }
  cpSync(join(work, 'site.json'), join(site, 'site.json'));
  cpSync(join(work, 'public/images/wordpress'), join(site, 'images/wordpress'), { recursive: true });
  const content = ['build', '--content', join(work, 'content'), '--site', join(site, 'site.json'), '--public', join(work, 'public'), '--out', join(site, 'content')];
  execFileSync(CONTENT_TOOL, content, { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(PAGES_TOOL, ['prerender', site], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(PAGES_TOOL, ['syndicate', site], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(join(ROOT, 'scripts/reconfigure.sh'), [site, '--connect', 'http://127.0.0.1:*'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return site;
}
