// Search beyond single words: quoted phrases, the section and date filters that live in the
// results page's address (`?section=…&within=week|month|year`) and in its form, and the passage
// a result shows when it matched deeper than its excerpt. The browser's clock is fixed, so
// "the past week" is the same week on every run.
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

const BARRIER = 'Harbour City opens tidal barrier after a decade of delays';
const CLINICS = 'Harbour City opens mental health clinics where no appointment is needed';
// Four days after the newest demo story: the past week starts on November 24.
const NOW = new Date('2026-12-01T12:00:00Z');
const WEEK_START = '2026-11-24';

const results = (page) => page.locator('.card-list').getByRole('article');
const headlines = (page) => results(page).getByRole('heading', { level: 3 }).allInnerTexts();
const dates = (page) => results(page).locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
const count = (page) => page.locator('.archive-count');
const form = (page) => page.locator('form.search-page-form');

async function openAt(path) {
  const page = await openPage(browser);
  await page.clock.setFixedTime(NOW);
  await page.goto(url(path));
  return page;
}

/** Moves a focused, closed <select> down option by option until it holds `value`. */
async function chooseByKeyboard(page, select, value) {
  for (let presses = 0; presses < 12; presses += 1) {
    if ((await select.inputValue()) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  assert.fail(`the arrow keys never reached ${value}`);
}

async function resultsFor(page, query) {
  await page.getByRole('heading', { level: 1, name: `Search results for “${query}”`, exact: true }).waitFor();
}

test('words in quotes are a phrase: found only in that order', async () => {
  const page = await openAt('/search?q=%22tidal%20barrier%22');
  await resultsFor(page, '"tidal barrier"');
  assert.ok((await headlines(page)).includes(BARRIER));
  // The headline's words marked as the phrase's.
  const card = results(page).filter({ hasText: BARRIER });
  assert.deepEqual(await card.getByRole('heading', { level: 3 }).locator('mark').allInnerTexts(), ['tidal', 'barrier']);

  await page.goto(url('/search?q=barrier%20tidal'));
  await resultsFor(page, 'barrier tidal');
  assert.ok((await headlines(page)).includes(BARRIER), 'unquoted, the order does not matter');
  await page.goto(url('/search?q=%22barrier%20tidal%22'));
  await resultsFor(page, '"barrier tidal"');
  await page.getByRole('heading', { level: 2, name: 'No results', exact: true }).waitFor();
  // Stop words keep their place: "opens tidal" is a phrase of the headline, "opens the tidal" is not.
  await page.goto(url('/search?q=%22city%20opens%20tidal%22'));
  await resultsFor(page, '"city opens tidal"');
  assert.deepEqual(await headlines(page), [BARRIER]);
  await page.goto(url('/search?q=%22city%20opens%20the%20tidal%22'));
  await resultsFor(page, '"city opens the tidal"');
  await page.getByRole('heading', { level: 2, name: 'No results', exact: true }).waitFor();
  assert.deepEqual(page.crashes, []);
});

test('a word no story has is left out, and the page says so with a way back to all the words', async () => {
  const page = await openAt('/search?q=sleeping%20disorders');
  await resultsFor(page, 'sleeping disorders');
  const notice = page.locator('.search-correction');
  await notice.getByText('Showing results for sleeping. No story has “disorders”.').waitFor();
  assert.ok((await headlines(page)).includes('Rotating night shifts linked to long-term sleep problems, study finds'));
  await notice.getByRole('link', { name: 'Search instead for “sleeping disorders”' }).click();
  await resultsFor(page, '"sleeping disorders"');
  await page.getByRole('heading', { level: 2, name: 'No results', exact: true }).waitFor();
  assert.deepEqual(page.crashes, []);
});

test('the date filter in the address keeps the stories of the range, and says so', async () => {
  const page = await openAt('/search?q=harbour');
  await resultsFor(page, 'harbour');
  const all = Number.parseInt(await count(page).innerText(), 10);
  await page.goto(url('/search?q=harbour&within=week'));
  await resultsFor(page, 'harbour');
  await count(page).getByText(/^\d+ results?, past week$/).waitFor();
  const week = Number.parseInt(await count(page).innerText(), 10);
  assert.ok(week > 0 && week < all, `the past week (${week}) is some of all (${all})`);
  assert.ok((await dates(page)).every((iso) => iso >= WEEK_START), `${await dates(page)} are all from ${WEEK_START}`);
  // The form shows the filter the page has.
  assert.equal(await form(page).getByLabel('Published').inputValue(), 'week');
  assert.equal(await form(page).getByLabel('Section').inputValue(), '');
  assert.deepEqual(page.crashes, []);
});

test('the section filter keeps that section, and a filtered search with nothing offers all stories', async () => {
  const page = await openAt('/search?q=harbour&section=health');
  await resultsFor(page, 'harbour');
  await count(page).getByText(/^\d+ results? in Health$/).waitFor();
  const found = await headlines(page);
  assert.ok(found.includes(CLINICS) && !found.includes(BARRIER), `${found}`);

  await page.goto(url('/search?q=barrier&section=health&within=week'));
  await resultsFor(page, 'barrier');
  await count(page).getByText('No results in Health, past week', { exact: true }).waitFor();
  await page.getByText('No stories match “barrier” in Health, past week.').waitFor();
  await page.getByRole('link', { name: 'Search all stories for “barrier”' }).click();
  // The same heading: the new page is the one whose count names no filter.
  await count(page).getByText(/^\d+ results?$/).waitFor();
  assert.ok((await headlines(page)).includes(BARRIER));
  assert.equal(new URL(page.url()).searchParams.get('section'), null);
  // An address with a section that is not a slug is searched without it.
  await page.goto(url('/search?q=barrier&section=..%2F..%2Fsecret'));
  await resultsFor(page, 'barrier');
  await count(page).getByText(/^\d+ results?$/).waitFor();
  assert.ok((await headlines(page)).includes(BARRIER));
  assert.deepEqual(page.crashes, []);
});

test('the filters are chosen with the keyboard in the page form, and the address keeps them', async () => {
  const page = await openAt('/search?q=harbour');
  await resultsFor(page, 'harbour');
  const box = form(page).getByRole('searchbox', { name: 'Search the archive' });
  await box.focus();
  await page.keyboard.press('Tab');
  const section = form(page).getByLabel('Section');
  assert.ok(await section.evaluate((el) => el === document.activeElement), 'the section follows the box');
  await chooseByKeyboard(page, section, 'world');
  await page.keyboard.press('Tab');
  const within = form(page).getByLabel('Published');
  assert.ok(await within.evaluate((el) => el === document.activeElement), 'then the date range');
  await chooseByKeyboard(page, within, 'month');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL((address) => address.searchParams.get('within') === 'month');
  const address = new URL(page.url());
  assert.equal(address.searchParams.get('q'), 'harbour');
  assert.equal(address.searchParams.get('section'), 'world');
  await count(page).getByText(/^\d+ results? in World, past month$/).waitFor();
  assert.ok((await headlines(page)).includes(BARRIER));
  assert.ok((await dates(page)).every((iso) => iso >= '2026-11-01'));
  // The header's box starts a new search without the filters.
  const header = page.getByRole('search', { name: 'Site search' });
  await header.getByRole('searchbox', { name: 'Search', exact: true }).fill('clinics');
  await header.getByRole('searchbox', { name: 'Search', exact: true }).press('Enter');
  await resultsFor(page, 'clinics');
  assert.equal(new URL(page.url()).search, '?q=clinics');
  assert.deepEqual(page.crashes, []);
});

test('a story that matched deep in its body shows the passage that matched, marked', async () => {
  const page = await openPage(browser);
  const articles = [];
  page.on('request', (request) => {
    if (request.url().includes('/content/articles/')) articles.push(new URL(request.url()).pathname);
  });
  await page.goto(url('/search?q=lanyards'));
  await resultsFor(page, 'lanyards');
  assert.deepEqual(await headlines(page), ['Quillon Systems shares jump 38% on their first day of trading']);
  const excerpt = results(page).first().locator('.excerpt');
  await excerpt.locator('mark').first().waitFor();
  assert.deepEqual(await excerpt.locator('mark').allInnerTexts(), ['lanyard']);
  const text = await excerpt.innerText();
  assert.match(text, /^… .*lanyard.* …$/, text);
  assert.ok(text.split(/\s+/).length <= 32, `about thirty words: ${text}`);

  // A result whose excerpt has the word keeps it, without loading the story.
  articles.length = 0;
  await page.goto(url('/search?q=%22tidal%20barrier%22'));
  await resultsFor(page, '"tidal barrier"');
  const barrier = results(page).filter({ hasText: BARRIER }).locator('.excerpt');
  assert.ok((await barrier.locator('mark').count()) > 0);
  assert.ok(!articles.includes('/content/articles/harbour-city-opens-tidal-barrier.json'), `${articles}`);
  assert.deepEqual(page.crashes, []);
});
