// The site built with `--public-url /news/` works from that sub-folder: deep links, in-app
// links, images and the 404 page all stay under /news/; so do the service worker's scope, the
// manifest's start and scope, and reading offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage } from './helpers.mjs';
import { asReader, cached, installable, workerControls } from './offline-helpers.mjs';

const ROOT = process.env.E2E_SUBFOLDER_URL;
const at = (path) => new URL(path, ROOT).toString();

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('a site hosted under /news/ routes, links and loads images inside it', { skip: !ROOT && 'no sub-folder build' }, async () => {
  const page = await openPage(browser);
  await page.goto(at('article/harbour-city-opens-tidal-barrier'));
  await page.getByRole('heading', { level: 1, name: /tidal barrier/ }).waitFor();
  const featured = page.locator('figure.featured img');
  assert.match(await featured.getAttribute('src'), /^\/news\/images\//);
  await page.waitForFunction(() => document.querySelector('figure.featured img')?.naturalWidth > 0);

  const world = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'World' });
  assert.equal(await world.getAttribute('href'), '/news/section/world');
  await world.click();
  await page.getByRole('heading', { level: 1, name: 'World' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/news/section/world');

  await page.getByRole('link', { name: 'The Harbour Gazette' }).click();
  await page.getByRole('heading', { level: 1, name: 'Top stories' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/news/');

  await page.goto(at('nothing/here'));
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  assert.deepEqual(page.crashes, []);
});

test('search under /news/: the box, the results, their links and the index stay inside it', { skip: !ROOT && 'no sub-folder build' }, async () => {
  const page = await openPage(browser);
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(at(''));
  await page.getByRole('heading', { level: 1, name: 'Top stories' }).waitFor();
  const box = page.getByRole('search', { name: 'Site search' });
  assert.equal(await box.getAttribute('action'), '/news/search');
  await box.getByRole('searchbox', { name: 'Search', exact: true }).fill('tidal barrier');
  await box.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Search results for “tidal barrier”' }).waitFor();
  const here = new URL(page.url());
  assert.equal(here.pathname, '/news/search');
  assert.equal(here.searchParams.get('q'), 'tidal barrier');
  const search = requests.filter((path) => path.includes('/content/search/'));
  assert.ok(search.length >= 3, `manifest, shards and docs fetched (${search.join(', ')})`);
  assert.ok(search.every((path) => path.startsWith('/news/content/search/')), search.join(', '));
  const story = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
  assert.match(await story.getAttribute('href'), /^\/news\/article\//);
  assert.deepEqual(page.crashes, []);
});

test('under /news/: installable, the worker scoped to /news/, a story read reloads offline', { skip: !ROOT && 'no sub-folder build' }, async () => {
  const manifest = await installable(at(''));
  assert.equal(manifest.start_url, '/news/');
  assert.equal(manifest.scope, '/news/');
  assert.equal(manifest.id, '/news/');

  await asReader({}, async (page, context) => {
    await page.gotoApp(at('article/harbour-city-opens-tidal-barrier'));
    await workerControls(page);
    const registration = await page.evaluate(async () => {
      const ready = await navigator.serviceWorker.ready;
      return { scope: ready.scope, script: ready.active.scriptURL };
    });
    assert.equal(registration.scope, at(''));
    assert.equal(registration.script, at('sw.js'));
    await cached(page, 'content/articles/harbour-city-opens-tidal-barrier.json');
    await cached(page, await page.locator('figure.featured img').getAttribute('src'));
    await context.setOffline(true);
    await page.reloadApp();
    await page.getByRole('heading', { level: 1, name: /tidal barrier/ }).waitFor();
    await page.waitForFunction(() => document.querySelector('figure.featured img')?.naturalWidth > 0);
  });
});
