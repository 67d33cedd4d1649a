// A real WordPress (Debian's, scripts/wordpress/start.sh, a database of its own) imported with
// `gazette-content import wordpress`, built into a site and read in Chromium: what readers see
// of each kind of post, what never survives, the old addresses' redirects, and re-runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser, openPage } from './helpers.mjs';
import { commentForm, commentWith, fillComment } from './comments-helpers.mjs';
import { startSite } from './site-server.mjs';
import { buildSite, changePosts, counts, freePort, importSite, startWordPress, unpublishPost } from './wordpress-import-helpers.mjs';

const work = resolve(import.meta.dirname, '../../.tmp/e2e-wordpress-import');
let wordpress;
let site;
let browser;
let first;

before(async () => {
  rmSync(work, { recursive: true, force: true });
  wordpress = startWordPress(join(work, 'wordpress'), await freePort());
  first = importSite(work, wordpress.url);
  site = await startSite(buildSite(work));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
  wordpress?.stop();
});

async function article(slug) {
  const page = await openPage(browser);
  page.dialogs = [];
  page.on('dialog', (dialog) => {
    page.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.goto(site.url(`article/${slug}`));
  return page;
}

test('the import reports every post: written, the protected one skipped, what was left out', () => {
  assert.equal(first.status, 0, first.report);
  assert.deepEqual(counts(first.report), { written: 7, removed: 0, requests: 17 });
  assert.match(first.report, /password-protected: skipped/);
  assert.match(first.report, /left out of post bodies: .*iframe \d.*script \d/);
});

test('an imported story reads as it did on WordPress: headline, standfirst, byline, section, picture, blocks', async () => {
  const page = await article('tidal-barrier-closes');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Tidal barrier closes “for real” after a decade');
  assert.equal(await page.locator('.standfirst').innerText(), 'The seven gates closed in earnest on Thursday night & held.');
  assert.match(await page.locator('.byline').innerText(), /By Mara Lindqvist/);
  assert.equal(await page.locator('.byline time').getAttribute('datetime'), '2026-11-27T08:30:00Z');
  const featured = page.locator('figure.featured img');
  assert.equal(await featured.getAttribute('alt'), 'Steel gates across a grey estuary');
  assert.match(await featured.getAttribute('src'), /images\/wordpress\/2026\/11\/tidal-barrier\.jpg$/);
  assert.match(await featured.getAttribute('srcset'), /tidal-barrier-768x432\.jpg 768w/);
  assert.match(await page.locator('figure.featured').innerText(), /Harbour Test Photo Desk/);
  const body = page.locator('.article-body');
  assert.equal(await body.getByRole('heading', { level: 2 }).first().innerText(), 'How it works');
  assert.ok((await body.locator('li').count()) >= 4, 'the lists');
  assert.match(await body.locator('blockquote').first().innerText(), /Ines Varga, harbour master/);
  assert.match(await body.locator('strong').first().innerText(), /seven gates/);
  assert.deepEqual(page.crashes, []);
  await page.context().close();
});

test('an imported story keeps its WordPress comments, and a reader\'s new one goes to WordPress', async () => {
  // The import named the site as the comment server (site.json comments.wordpress).
  const page = await article('tidal-barrier-closes');
  const first = commentWith(page, 'Proud of the whole team.');
  await first.waitFor();
  await first.getByRole('list').getByText('Thank you, Tomas.').waitFor();
  const form = commentForm(page);
  await fillComment(form, { text: 'Read on the new site, kept on the old one.', name: 'Migrated Reader' });
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await form.getByRole('status').filter({ hasText: 'Your comment has been published.' }).waitFor();
  const post = (await (await fetch(`${wordpress.url}/?rest_route=/wp/v2/posts&slug=tidal-barrier-closes&_fields=id`)).json())[0];
  const stored = await (await fetch(`${wordpress.url}/?rest_route=/wp/v2/comments&post=${post.id}&search=new%20site`)).json();
  assert.deepEqual(stored.map((c) => c.author_name), ['Migrated Reader']);
  assert.deepEqual(page.crashes, []);
  await page.context().close();
});

test('tables, code and a gallery arrive as tables, code and a gallery', async () => {
  const fish = await article('fish-prices-in-tables');
  const table = fish.locator('.article-body table').first();
  assert.match(await table.innerText(), /Herring/);
  assert.match(await fish.locator('.article-body pre').first().innerText(), /fn price\(kg: f64\)/);
  const link = fish.locator('.article-body a', { hasText: 'the barrier story' });
  assert.match(await link.evaluate((a) => a.href), /^http:\/\/127\.0\.0\.1:\d+\/article\/tidal-barrier-closes$/, 'a link to another post stays on the site');
  await fish.context().close();
  const gallery = await article('harbour-at-night-gallery');
  assert.ok((await gallery.locator('.article-body img').count()) >= 3);
  const embed = gallery.locator('.article-body a[href="https://www.youtube.com/embed/abc123"]');
  assert.equal(await embed.innerText(), 'The film.', 'an embed is a link to its source');
  assert.equal(await gallery.locator('iframe').count(), 0);
  await gallery.context().close();
});

test('a hostile post shows its words and nothing else: no script runs, no frame, no form', async () => {
  const page = await article('hostile-markup-test');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Hostile <b>markup</b> test');
  assert.match(await page.locator('.article-body').innerText(), /Still here <script> as text\./);
  assert.deepEqual(page.dialogs, [], 'no alert()');
  assert.notEqual(await page.title(), 'pwned');
  assert.equal(await page.locator('.article-body iframe, .article-body form, .article-body svg, .article-body script').count(), 0);
  assert.ok(await page.locator('body').isVisible(), 'the post\'s style did not hide the page');
  assert.deepEqual(page.crashes, []);
  await page.context().close();
});

test('the protected post is not on the site; the Cyrillic one has a readable address', async () => {
  assert.ok(!existsSync(join(work, 'site/content/articles/members-only-figures.json')), 'no article file');
  const home = await openPage(browser);
  await home.goto(site.url(''));
  assert.ok((await home.locator('a[href*="article/"]').count()) > 0);
  assert.equal(await home.locator('a[href*="members-only-figures"]').count(), 0, 'not listed');
  await home.context().close();
  const page = await article('privet-iz-gavani');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Привет из гавани');
  await page.context().close();
});

test('the old addresses redirect to the new pages', () => {
  const redirects = readFileSync(join(work, 'site/_redirects'), 'utf8');
  const base = JSON.parse(readFileSync(join(work, 'site/site.json'), 'utf8')).url;
  assert.ok(redirects.includes(`/2026/11/tidal-barrier-closes/ ${base}article/tidal-barrier-closes 301\n`), redirects);
  assert.ok(redirects.includes(`/category/business/ ${base}section/business 301\n`), redirects);
  assert.ok(redirects.includes(`/author/mara/ ${base}author/mara-lindqvist 301\n`), redirects);
});

test('a re-run with nothing changed asks a handful of questions; a changed post is updated', async () => {
  const again = importSite(work, wordpress.url);
  assert.equal(again.status, 0, again.report);
  assert.deepEqual(counts(again.report), { written: 0, removed: 0, requests: 6 });
  changePosts(wordpress.url, 1);
  const changed = importSite(work, wordpress.url);
  assert.deepEqual(counts(changed.report), { written: 1, removed: 0, requests: 6 }, changed.report);
  site.serve(buildSite(work));
  const page = await article('tidal-barrier-closes');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Tidal barrier closes “for real” after a decade (updated)');
  await page.context().close();
});

test('a post taken back to draft leaves the site on the next run', () => {
  unpublishPost(wordpress.url, 'notes-from-the-editor');
  const run = importSite(work, wordpress.url);
  // The count differs from what the import knows: the ids are listed (one more request).
  assert.deepEqual(counts(run.report), { written: 0, removed: 1, requests: 7 }, run.report);
  assert.ok(!existsSync(join(work, 'content/articles/notes-from-the-editor.md')));
  assert.ok(existsSync(join(work, 'content/articles/tidal-barrier-closes.md')), 'the others stay');
  buildSite(work);
  assert.ok(!readFileSync(join(work, 'site/_redirects'), 'utf8').includes('notes-from-the-editor'));
});
