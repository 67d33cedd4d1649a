// The build's static copies of pages (tools/pages, src/handoff.rs): a reader sees the story
// from the HTML before the app has downloaded, the app then takes its place without moving it,
// a copy is never shown under another page's address, and the page reads without JavaScript.
// The app's wasm is held back with a route until each test has looked at the copy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appTookOver, heldPage, launchBrowser, openPage, url } from './helpers.mjs';

const ARTICLE = '/article/harbour-city-opens-tidal-barrier';
const HEADLINE = 'Harbour City opens tidal barrier after a decade of delays';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});


const headline = (page) => page.getByRole('heading', { level: 1 });
const toggle = (page) => page.getByRole('button', { name: 'Dark theme' });

test('a deep link shows the story before the app loads; the app takes its place without moving it', async () => {
  const page = await heldPage(browser, { viewport: { width: 412, height: 823 } });
  await page.goto(url(ARTICLE));
  assert.equal(await headline(page).textContent(), HEADLINE);
  assert.equal(await page.title(), `${HEADLINE} | The Harbour Gazette`);
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  assert.equal(await breadcrumb.getByRole('link', { name: 'World' }).getAttribute('href'), '/section/world');
  assert.ok(await page.getByText(/^By /).first().isVisible(), 'the byline');
  assert.equal(await toggle(page).isDisabled(), true, 'the copy cannot switch themes: the app does');
  assert.equal(await page.getByRole('heading', { name: 'Comments' }).count(), 0, 'comments come with the app');
  const before = await headline(page).boundingBox();

  page.release();
  await appTookOver(page);
  await page.getByRole('heading', { level: 2, name: /comment/i }).first().waitFor();
  assert.equal(await headline(page).count(), 1, 'one h1: the copy is gone');
  assert.equal(await headline(page).textContent(), HEADLINE);
  assert.deepEqual(await headline(page).boundingBox(), before, 'the headline did not move');
  assert.equal(await toggle(page).isEnabled(), true);
  assert.deepEqual(page.crashes, []);
});

test('the front page and an archive are copied too', async () => {
  for (const [path, name, link] of [
    ['/', 'Top stories', HEADLINE],
    ['/section/world', 'World', HEADLINE],
    ['/tag/climate', 'Tagged: climate', null],
  ]) {
    const page = await heldPage(browser);
    await page.goto(url(path));
    assert.equal(await headline(page).textContent(), name, path);
    if (link) assert.ok(await page.getByRole('link', { name: link }).first().isVisible(), `${path}: ${link}`);
    page.release();
    await appTookOver(page);
    assert.equal(await headline(page).textContent(), name, path);
    assert.deepEqual(page.crashes, []);
    await page.context().close();
  }
});

test("a copy is never shown under another page's address", async () => {
  // A later archive page (the copy is of page 1), and a path a catch-all host answers with
  // the front page's copy.
  for (const [path, expected] of [
    ['/section/world?page=2', 'World'],
    ['/article/no-such-story', 'Page not found'],
  ]) {
    const page = await heldPage(browser);
    await page.goto(url(path));
    assert.equal(await headline(page).count(), 0, `${path}: nothing shown before the app`);
    assert.equal(await page.getByRole('link', { name: HEADLINE }).count(), 0, path);
    page.release();
    await headline(page).filter({ hasText: expected }).waitFor();
    assert.equal(await headline(page).count(), 1, path);
    assert.deepEqual(page.crashes, []);
    await page.context().close();
  }
});

test("a reader's chosen theme applies before the app has loaded", async () => {
  const page = await heldPage(browser, { colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('gazette:theme', 'dark'));
  await page.goto(url(ARTICLE));
  await headline(page).waitFor();
  const theme = await page.evaluate(() => document.documentElement.dataset.theme ?? null);
  assert.equal(theme, 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `a dark background, not ${background}`);
  page.release();
  await appTookOver(page);
  assert.equal(await toggle(page).getAttribute('aria-pressed'), 'true');
});

test('a reader who tabbed into the copy carries on from the headline', async () => {
  const page = await heldPage(browser);
  await page.goto(url(ARTICLE));
  await headline(page).waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'A', 'a link of the copy');
  page.release();
  await appTookOver(page);
  const focused = await headline(page).evaluate((h1) => h1 === document.activeElement);
  assert.equal(focused, true, 'focus on the app’s headline');
});

test('without JavaScript the copies still read as pages', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url(ARTICLE));
  assert.equal(await headline(page).textContent(), HEADLINE);
  assert.ok((await page.getByRole('paragraph').count()) > 5, 'the story’s paragraphs');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'World' }).click();
  assert.equal(await headline(page).textContent(), 'World');
  await page.getByRole('link', { name: HEADLINE }).first().click();
  assert.equal(await headline(page).textContent(), HEADLINE);
  assert.match(await page.getByText(/JavaScript/).textContent(), /Comments/);
  await context.close();
});

test('a site under /news/ has its copies there', { skip: !process.env.E2E_SUBFOLDER_URL && 'no sub-folder build' }, async () => {
  const page = await heldPage(browser);
  await page.goto(new URL('article/harbour-city-opens-tidal-barrier', process.env.E2E_SUBFOLDER_URL).toString());
  assert.equal(await headline(page).textContent(), HEADLINE);
  const world = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'World' });
  assert.equal(await world.getAttribute('href'), '/news/section/world');
  page.release();
  await appTookOver(page);
  assert.equal(await headline(page).textContent(), HEADLINE);
  assert.deepEqual(page.crashes, []);
});

test('a search typed into the copy before the app loads is kept, and works', async () => {
  const page = await heldPage(browser);
  await page.goto(url(ARTICLE));
  const box = page.getByRole('search').getByLabel('Search');
  await box.fill('tidal barrier');
  assert.equal(await box.evaluate((input) => input === document.activeElement), true);
  page.release();
  await appTookOver(page);
  assert.equal(await box.inputValue(), 'tidal barrier', 'the typed words are still there');
  assert.equal(await box.evaluate((input) => input === document.activeElement), true, 'and still focused');
  await box.press('Enter');
  await headline(page).filter({ hasText: /tidal barrier/ }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/search');
  assert.ok(await page.getByRole('link', { name: HEADLINE }).first().isVisible());
  assert.deepEqual(page.crashes, []);
});

test('a page without a copy asks for its data while the wasm downloads, from the route table', async () => {
  for (const [path, file] of [
    ['/section/world?page=2', 'content/section/world/2.json'],
    ['/search?q=harbour', 'content/search/index.json'],
    ['/tag/climate?page=2', 'content/tag/climate/2.json'],
  ]) {
    const page = await heldPage(browser);
    const asked = [];
    page.on('request', (request) => {
      if (request.url() === url(`/${file}`)) asked.push(request.url());
    });
    await page.goto(url(path));
    const preloads = await page.evaluate(() => [...document.querySelectorAll('link[rel="preload"][as="fetch"]')].map((l) => l.href));
    assert.ok(preloads.includes(url(`/${file}`)), `${path}: preloads ${file}: ${preloads}`);
    page.release();
    await appTookOver(page);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(asked.length, 1, `${path}: the app took the preloaded answer instead of asking again`);
    assert.deepEqual(page.crashes, []);
    await page.context().close();
  }
});
