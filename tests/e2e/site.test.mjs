// A reader's tour of the release build: home, article, section pages, 404, and failures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, url } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const LEAD_SLUG = 'harbour-city-opens-tidal-barrier';
const SECTIONS = ['World', 'Business', 'Technology', 'Entertainment', 'Health', 'Science'];

test('home shows the lead story and a block per section', async () => {
  const page = await openPage(browser);
  await page.goto(url('/'));
  await page.getByRole('heading', { level: 1, name: 'Top stories' }).waitFor();
  const lead = page.locator('.card-lead').getByRole('heading', { level: 2 });
  assert.match(await lead.innerText(), /tidal barrier/i);
  assert.equal(await page.locator('.card-lead img').getAttribute('alt') !== '', true);
  for (const name of SECTIONS) {
    const heading = page.getByRole('heading', { level: 2, name, exact: true });
    await heading.waitFor();
    const block = page.getByRole('region', { name, exact: true });
    assert.ok((await block.getByRole('article').count()) >= 1, `${name} block has stories`);
    assert.ok((await block.locator('time').count()) >= 1, `${name} stories are dated`);
  }
  assert.equal(await page.title(), 'The Harbour Gazette');
  assert.deepEqual(page.crashes, []);
});

test('a headline leads to its article, with breadcrumb, byline and focus on the headline', async () => {
  const page = await openPage(browser);
  await page.goto(url('/'));
  const block = page.getByRole('region', { name: 'Science', exact: true });
  const link = block.getByRole('heading', { level: 3 }).first().getByRole('link');
  const headline = (await link.innerText()).trim();
  await link.click();

  const h1 = page.getByRole('heading', { level: 1 });
  await h1.filter({ hasText: headline }).waitFor();
  assert.match(page.url(), /\/article\/[a-z0-9-]+$/);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem');
  assert.deepEqual(await crumbs.allInnerTexts(), ['Home', 'Science', headline]);
  assert.equal(await page.title(), `${headline} | The Harbour Gazette`);
  // Focus moves to the new page's heading so screen readers announce it.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), headline);
  assert.deepEqual(page.crashes, []);
});

test('an article loads from a deep link with its image, body and tags', async () => {
  const page = await openPage(browser);
  const response = await page.goto(url(`/article/${LEAD_SLUG}`));
  assert.equal(response.status(), 200);
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.waitFor();
  assert.equal(await h1.innerText(), 'Harbour City opens tidal barrier after a decade of delays');
  const byline = page.locator('.byline');
  assert.match(await byline.innerText(), /By Mara Lindqvist/);
  // The date is written out in the site's language, on its UTC day.
  assert.equal(await byline.locator('time').getAttribute('datetime'), '2026-11-27T08:30:00Z');
  assert.match(await byline.locator('time').innerText(), /November 27, 2026/);
  assert.match(await byline.innerText(), /\d+ min read/);
  const featured = page.locator('figure.featured');
  assert.match(await featured.locator('img').getAttribute('alt'), /skyline/i);
  assert.match(await featured.locator('figcaption').innerText(), /Aske Barrier/);
  assert.ok((await page.locator('.article-body').getByRole('heading', { level: 2 }).count()) >= 1);
  assert.ok((await page.locator('.article-body p').count()) >= 5);
  const tags = page.getByRole('navigation', { name: 'Tags' }).getByRole('link');
  assert.ok((await tags.allInnerTexts()).includes('climate'));
  assert.match(await page.locator('meta[name="description"]').last().getAttribute('content'), /Aske Barrier/);
  assert.deepEqual(page.crashes, []);
});

test('a section pages through its archive with previous and next links', async () => {
  const page = await openPage(browser);
  await page.goto(url('/section/world'));
  await page.getByRole('heading', { level: 1, name: 'World' }).waitFor();
  const pages = page.getByRole('navigation', { name: 'Pages' });
  assert.match(await pages.innerText(), /Page 1 of 2/);
  const firstPage = await page.locator('.card-list').getByRole('heading', { level: 3 }).allInnerTexts();
  assert.equal(await pages.getByRole('link', { name: /Newer/ }).count(), 0);

  await pages.getByRole('link', { name: /Older stories/ }).click();
  await pages.getByText('Page 2 of 2').waitFor();
  assert.match(page.url(), /\/section\/world\?page=2$/);
  const secondPage = await page.locator('.card-list').getByRole('heading', { level: 3 }).allInnerTexts();
  assert.ok(secondPage.length >= 1);
  assert.equal(secondPage.filter((title) => firstPage.includes(title)).length, 0, 'pages do not repeat stories');
  assert.equal(await page.title(), 'World — page 2 | The Harbour Gazette');

  await pages.getByRole('link', { name: /Newer stories/ }).click();
  await pages.getByText('Page 1 of 2').waitFor();
  assert.deepEqual(await page.locator('.card-list').getByRole('heading', { level: 3 }).allInnerTexts(), firstPage);
  assert.deepEqual(page.crashes, []);
});

for (const path of ['/no/such/page', '/article/no-such-story', '/section/sport', '/article/..%2Fsite']) {
  test(`unknown address ${path} shows the 404 page`, async () => {
    const page = await openPage(browser);
    await page.goto(url(path));
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    assert.equal(await page.title(), 'Page not found | The Harbour Gazette');
    // The way out works: the front page link leads home.
    await page.getByRole('link', { name: 'Go to the front page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Top stories' }).waitFor();
    assert.deepEqual(page.crashes, []);
  });
}
