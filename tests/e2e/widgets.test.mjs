// The news-site furniture on the release build: sidebar widgets, ads, related articles and
// previous / next links, layout stability (CLS), the two-column layout, and widgets that fail
// without taking the article with them. The subscription form and the ticker are in
// widgets-interactive.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, url } from './helpers.mjs';
import { trackLayoutShifts, layoutShift, settle } from './widgets-helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const LEAD = 'harbour-city-opens-tidal-barrier';
const ARTICLE = `/article/${LEAD}`;
const LEAD_TITLE = 'Harbour City opens tidal barrier after a decade of delays';
const OLDER_TITLE = 'Quillon Systems shares jump 38% on their first day of trading';
const NEWEST_TITLE = "Shipwreck off Calder Point rewrites the history of the region's trade";

const region = (page, name) => page.getByRole('region', { name, exact: true });
const h1 = (page) => page.getByRole('heading', { level: 1 });
const sidebar = (page) => page.getByRole('complementary', { name: 'More news' });
const tickerLink = (page) => region(page, 'Trending Now').getByRole('link');

/** Follows `link` inside the app and checks the article it names is the one that opens. */
async function follow(page, link) {
  const title = (await link.innerText()).trim();
  await link.click();
  await h1(page).filter({ hasText: title }).waitFor();
  assert.match(page.url(), /\/article\/[a-z0-9-]+$/);
  return title;
}

test('an article has every widget, each with links to real articles', async () => {
  const page = await openPage(browser);
  await page.goto(url(ARTICLE));
  await h1(page).waitFor();
  const expected = { 'Most Popular': 5, 'Popular News': 4, 'Read Now': 3, 'Related articles': 4 };
  for (const [name, count] of Object.entries(expected)) {
    const headlines = region(page, name).getByRole('heading', { level: 3 }).getByRole('link');
    await headlines.first().waitFor();
    assert.equal(await headlines.count(), count, `${name} lists ${count}`);
    for (const href of await headlines.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      const slug = href.match(/^\/article\/([a-z0-9-]+)$/)?.[1];
      assert.ok(slug, `${name}: ${href} is an article link`);
      const json = await page.request.get(url(`/content/articles/${slug}.json`));
      assert.equal(json.status(), 200, `${name}: ${slug} exists`);
    }
  }
  const popular = region(page, 'Most Popular');
  assert.deepEqual(await popular.getByRole('listitem').evaluateAll((items) => items.map((li) => li.innerText.trim()[0])), ['1', '2', '3', '4', '5']);
  assert.equal(await popular.getByRole('img').count(), 5, 'Most Popular has thumbnails');
  assert.equal(await region(page, 'Popular News').locator('time').count(), 4, 'Popular News is dated');
  const related = await region(page, 'Related articles').getByRole('heading', { level: 3 }).allInnerTexts();
  assert.ok(!related.includes(LEAD_TITLE), 'an article is never related to itself');
  assert.equal(await region(page, 'Free Subscription').getByLabel('Email address').count(), 1);
  assert.equal(await page.getByRole('region', { name: 'Advertisement' }).count(), 2, 'sidebar and end-of-article slots');
  assert.equal(await page.getByText('- Advertisement -').count(), 2);
  assert.ok((await tickerLink(page).innerText()).length > 0, 'the ticker shows a headline');

  // Each widget's headlines lead to their articles (Most Popular may list this one).
  for (const name of ['Most Popular', 'Popular News', 'Read Now', 'Related articles']) {
    const links = region(page, name).getByRole('heading', { level: 3 }).getByRole('link');
    await follow(page, links.filter({ hasNotText: LEAD_TITLE }).first());
    await page.goBack();
    await h1(page).filter({ hasText: LEAD_TITLE }).waitFor();
  }
  // Hovering first holds the headline still while it is read and clicked.
  await tickerLink(page).hover();
  await follow(page, tickerLink(page));
  assert.deepEqual(page.crashes, []);
});

test('the sections list counts every article and links to each section', async () => {
  const page = await openPage(browser);
  await page.goto(url('/'));
  const sections = region(page, 'Sections');
  const items = sections.getByRole('listitem');
  await items.first().waitFor();
  const texts = await items.allInnerTexts();
  assert.equal(texts.length, 6);
  const total = texts.map((text) => Number(text.match(/(\d+)\s*articles?/)?.[1])).reduce((a, b) => a + b, 0);
  assert.equal(total, 30, `counts: ${texts.join(' | ')}`);
  await sections.getByRole('link', { name: 'Science', exact: true }).click();
  await h1(page).filter({ hasText: 'Science' }).waitFor();
  assert.match(page.url(), /\/section\/science$/);
  assert.deepEqual(page.crashes, []);
});

test('previous and next article links walk the site in date order', async () => {
  const page = await openPage(browser);
  await page.goto(url(ARTICLE));
  const pager = page.getByRole('navigation', { name: 'Previous and next articles' });
  const previous = pager.getByRole('link', { name: /Previous article/ });
  await previous.waitFor();
  assert.match(await previous.innerText(), new RegExp(OLDER_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await pager.getByRole('link', { name: /Next article/ }).click();
  await h1(page).filter({ hasText: NEWEST_TITLE }).waitFor();
  await pager.getByRole('link', { name: /Previous article/ }).waitFor();
  assert.equal(await pager.getByRole('link', { name: /Next article/ }).count(), 0, 'the newest story has no next');
  assert.deepEqual(page.crashes, []);
});

test('house ads are labelled, sized before they load, and lead where they say', async () => {
  const page = await openPage(browser);
  await page.goto(url(ARTICLE));
  const ad = sidebar(page).getByRole('region', { name: 'Advertisement' });
  const image = ad.getByRole('img');
  await image.waitFor();
  assert.equal(await image.getAttribute('width'), '300');
  assert.equal(await image.getAttribute('height'), '250');
  assert.ok((await image.getAttribute('alt')).length > 10, 'the ad says what it offers');
  const box = await ad.getByRole('link').boundingBox();
  assert.ok(Math.abs(box.width / box.height - 300 / 250) < 0.02, `reserved 300x250 box, got ${box.width}x${box.height}`);
  await ad.getByRole('link').click();
  await h1(page).filter({ hasText: /Science|Tagged/ }).waitFor();
  assert.deepEqual(page.crashes, []);
});

test('loading an article shifts nothing on screen (CLS ≤ 0.01), wide and narrow', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 740 }]) {
    const page = await openPage(browser, { viewport });
    await trackLayoutShifts(page);
    await page.goto(url(ARTICLE));
    await h1(page).waitFor();
    await region(page, 'Most Popular').waitFor();
    await region(page, 'Related articles').waitFor();
    await tickerLink(page).waitFor();
    await settle(page);
    const cls = await layoutShift(page);
    console.log(`# CLS at ${viewport.width}x${viewport.height}: ${cls.toFixed(4)}`);
    assert.ok(cls <= 0.01, `CLS ${cls} at ${viewport.width}px`);
    assert.deepEqual(page.crashes, []);
  }
});

test('an empty ad slot collapses without moving the article', async () => {
  const page = await openPage(browser);
  await trackLayoutShifts(page);
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route('**/content/widgets/all.json', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    await released;
    await route.fulfill({ response, json: { ...json, ads: { format: 1, ads: [] } } });
  });
  await page.goto(url(ARTICLE));
  await h1(page).waitFor();
  await region(page, 'Related articles').waitFor();
  const before = await h1(page).boundingBox();
  release();
  await sidebar(page).getByRole('region', { name: 'Most Popular' }).waitFor();
  await settle(page);
  assert.equal(await page.getByText('- Advertisement -').count(), 0, 'no slot without an ad');
  assert.deepEqual(await h1(page).boundingBox(), before, 'the article did not move');
  assert.ok((await layoutShift(page)) <= 0.01);
  assert.deepEqual(page.crashes, []);
});

test('widget data is requested with the article, once per session', async () => {
  const page = await openPage(browser);
  const seen = [];
  let widgetAsked;
  const widgetRequested = new Promise((resolve) => (widgetAsked = resolve));
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/content/widgets/')) {
      seen.push(path);
      widgetAsked();
    }
  });
  // Hold the article until a widget has been asked for: widgets fetched only after the
  // article would leave it held (the guard releases it, and the check below fails).
  let askedFirst = false;
  await page.route(`**/content/articles/${LEAD}.json`, async (route) => {
    askedFirst = await Promise.race([widgetRequested.then(() => true), new Promise((r) => setTimeout(r, 10_000, false))]);
    await route.continue();
  });
  await page.goto(url(ARTICLE));
  await h1(page).waitFor();
  assert.ok(askedFirst, 'widgets are requested while the article is still loading');
  await region(page, 'Related articles').waitFor();
  await follow(page, region(page, 'Related articles').getByRole('heading', { level: 3 }).getByRole('link').first());
  await region(page, 'Most Popular').waitFor();
  await settle(page);
  const count = (path) => seen.filter((p) => p === path).length;
  // Every site-wide widget comes from one file, asked for once.
  assert.equal(count('/content/widgets/all.json'), 1, `all.json once: ${seen.join(', ')}`);
  assert.equal(count(`/content/widgets/related/${LEAD}.json`), 1);
  assert.deepEqual(page.crashes, []);
});

test('failing widgets leave the article whole', async () => {
  const page = await openPage(browser);
  await page.route('**/content/widgets/**', (route) => route.fulfill({ status: 500, body: 'down' }));
  await page.goto(url(ARTICLE));
  await h1(page).filter({ hasText: LEAD_TITLE }).waitFor();
  await region(page, 'Trending Now').getByText(/unavailable/).waitFor();
  await region(page, 'Free Subscription').waitFor();
  assert.ok((await page.getByRole('article').filter({ has: h1(page) }).getByRole('paragraph').count()) >= 5);
  assert.equal(await region(page, 'Most Popular').count(), 0);
  assert.equal(await page.getByRole('alert').count(), 0, 'no error view');
  assert.deepEqual(page.crashes, []);
});

test('wide screens put the sidebar beside the story, narrow ones after it', async () => {
  for (const [width, beside] of [[1280, true], [375, false]]) {
    const page = await openPage(browser, { viewport: { width, height: 800 } });
    await page.goto(url(ARTICLE));
    const story = page.getByRole('article').filter({ has: h1(page) });
    await story.waitFor();
    await region(page, 'Most Popular').waitFor();
    const [main, side] = [await story.boundingBox(), await sidebar(page).boundingBox()];
    if (beside) {
      assert.ok(side.x >= main.x + main.width, 'sidebar to the right');
      assert.ok(side.y < main.y + 200, 'and level with the story');
    } else {
      assert.ok(side.y >= main.y + main.height, 'sidebar after the story');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
    }
    assert.deepEqual(page.crashes, []);
  }
});

const SUBFOLDER = process.env.E2E_SUBFOLDER_URL;
test('widgets work on a site hosted under /news/', { skip: !SUBFOLDER && 'no sub-folder build' }, async () => {
  const page = await openPage(browser);
  await page.goto(new URL(`article/${LEAD}`, SUBFOLDER).toString());
  const first = region(page, 'Most Popular').getByRole('heading', { level: 3 }).getByRole('link').first();
  await first.waitFor();
  assert.match(await first.getAttribute('href'), /^\/news\/article\//);
  assert.match(await sidebar(page).getByRole('region', { name: 'Advertisement' }).getByRole('link').getAttribute('href'), /^\/news\//);
  await follow(page, first);
  assert.match(new URL(page.url()).pathname, /^\/news\/article\//);
  assert.deepEqual(page.crashes, []);
});
