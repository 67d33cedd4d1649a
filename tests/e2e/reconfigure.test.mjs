// A publisher re-points a built site at a comment server the documented way (edit site.json,
// run scripts/reconfigure.sh) and hosts it where precompressed files are sent first (sirv here,
// like nginx brotli_static or a CDN): readers' comments must reach that server. The test makes
// its own copy of dist/, its own server for it and its own Isso, and stops both afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { launchBrowser, openPage } from './helpers.mjs';
import { commentForm, commentWith, fillComment } from './comments-helpers.mjs';

const WORK = resolve('.tmp/e2e-reconfigure');
const SITE_DIR = `${WORK}/site`;
const SLUG = 'harbour-city-opens-tidal-barrier';

let browser;
let siteServer;
let issoPid;
let siteUrl;
let issoUrl;

/** A port nothing listens on at the moment (the server started next takes it). */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Serves `dir` as `sirv` does for the other tests; resolves with its URL once it listens. */
function serve(dir, port) {
  const child = spawn('node_modules/.bin/sirv', [dir, '--single', '--host', '127.0.0.1', '--port', String(port), '--no-logs'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    let said = '';
    child.stdout.on('data', (chunk) => {
      said += chunk;
      // Its "ready" message names the port it took (another one when `port` was taken).
      const address = /http:\/\/127\.0\.0\.1:\d+/.exec(said);
      if (address) done({ child, url: address[0] });
    });
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`sirv stopped (${code}) before serving: ${said}`)));
  });
}

before(async () => {
  issoUrl = `http://127.0.0.1:${await freePort()}`;

  // The publisher's steps, on a copy of the release build.
  rmSync(WORK, { recursive: true, force: true });
  cpSync('dist', SITE_DIR, { recursive: true, preserveTimestamps: true });
  const site = JSON.parse(readFileSync(`${SITE_DIR}/site.json`, 'utf8'));
  site.comments = { server: issoUrl };
  writeFileSync(`${SITE_DIR}/site.json`, `${JSON.stringify(site, null, 2)}\n`);
  execFileSync('scripts/reconfigure.sh', [SITE_DIR], { stdio: ['ignore', 'ignore', 'inherit'] });

  // Then the site goes on a host that sends precompressed files first.
  ({ child: siteServer, url: siteUrl } = await serve(SITE_DIR, await freePort()));
  // Isso answers CORS only for the site's exact origin.
  const pid = execFileSync('scripts/isso/start.sh', [`${WORK}/isso`, new URL(issoUrl).port, siteUrl], { encoding: 'utf8' });
  issoPid = Number(pid.trim());
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  siteServer?.kill();
  if (issoPid) process.kill(issoPid);
});

test('a site re-pointed with scripts/reconfigure.sh sends comments to its server, through a host that sends .br files', async () => {
  const page = await openPage(browser);
  const encodings = new Map();
  page.on('response', (response) => {
    encodings.set(new URL(response.url()).pathname, response.headers()['content-encoding']);
  });
  await page.goto(`${siteUrl}/article/${SLUG}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // What makes this host different from a plain one: it sends the precompressed copies.
  assert.equal(encodings.get('/site.json'), 'br', 'site.json came from its .br copy');
  assert.equal(encodings.get(`/article/${SLUG}`), 'br', 'the page came from its .br copy');

  const text = 'Posted through a re-configured site.';
  const form = commentForm(page);
  await fillComment(form, { text, name: 'Re Configured' });
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await commentWith(page, text).waitFor();

  // The comment is on the comment server, where every other reader will see it.
  const thread = await fetch(`${issoUrl}/?uri=${encodeURIComponent(`/article/${SLUG}`)}`).then((r) => r.json());
  const texts = thread.replies.map((reply) => reply.text);
  assert.ok(texts.some((html) => html.includes(text)), `the comment server has the comment; it has ${JSON.stringify(texts)}`);
  await form.getByRole('status').filter({ hasText: 'Your comment has been published.' }).waitFor();
  assert.equal(await page.getByText('Comments are saved on this device only.').count(), 0, 'no device-only notice');
  assert.deepEqual(page.crashes, [], 'no error and no Content-Security-Policy violation');
});
