// Search: the header's box, the results page at /search?q=…&page=N (the URL is the state),
// prefix and multi-word queries, paging that keeps the query, deep links, and a broken index.
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

const siteSearch = (page) => page.getByRole('search', { name: 'Site search' });
const results = (page) => page.locator('.card-list').getByRole('article');
const headlines = (page) => results(page).getByRole('heading', { level: 3 }).allInnerTexts();

/** Types `text` in the header's box and submits it with the button. */
async function searchFromHeader(page, text) {
  const box = siteSearch(page);
  await box.getByRole('searchbox', { name: 'Search', exact: true }).fill(text);
  await box.getByRole('button', { name: 'Search', exact: true }).click();
}

async function resultsFor(page, query) {
  await page.getByRole('heading', { level: 1, name: `Search results for “${query}”`, exact: true }).waitFor();
}

test('a word from a headline, searched from the header, finds the story and leads to it', async () => {
  const page = await openPage(browser);
  await page.goto(url('/'));
  await page.getByRole('heading', { level: 1, name: 'Top stories' }).waitFor();
  await searchFromHeader(page, 'tidal');
  await resultsFor(page, 'tidal');
  assert.equal(new URL(page.url()).pathname, '/search');
  assert.equal(new URL(page.url()).searchParams.get('q'), 'tidal');
  assert.equal(await page.title(), 'Search: tidal | The Harbour Gazette');
  assert.equal((await headlines(page))[0], BARRIER, 'the headline match ranks first');
  await page.getByRole('heading', { level: 2, name: /^\d+ results?$/ }).waitFor();
  // The new page is announced with its count through the layout's live region.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  const status = page.locator('main > [role="status"][aria-live="polite"]');
  assert.match(await status.textContent(), /^Search results for “tidal”: \d+ results?$/);
  // The page's own form holds the query.
  assert.equal(await page.getByRole('searchbox', { name: 'Search the archive' }).inputValue(), 'tidal');

  await results(page).getByRole('link', { name: BARRIER }).click();
  await page.getByRole('heading', { level: 1, name: BARRIER }).waitFor();
  assert.match(page.url(), /\/article\/harbour-city-opens-tidal-barrier$/);
  assert.deepEqual(page.crashes, []);
});

test('the index starts downloading when the header box gets focus, and the search uses that download', async () => {
  const page = await openPage(browser);
  // Routed requests skip the HTTP cache: every request for the manifest reaches this handler.
  let manifests = 0;
  await page.route('**/content/search/index.json', (route) => {
    manifests += 1;
    return route.continue();
  });
  await page.goto(url('/article/harbour-city-opens-tidal-barrier'));
  const box = siteSearch(page).getByRole('searchbox', { name: 'Search', exact: true });
  const downloaded = page.waitForResponse('**/content/search/index.json');
  await box.focus();
  await downloaded;
  await box.blur();
  await box.focus();
  await box.fill('shipwreck');
  await box.press('Enter');
  await resultsFor(page, 'shipwreck');
  assert.ok((await headlines(page)).length > 0);
  assert.equal(manifests, 1, 'one download of the index for the focus and the search');
  assert.deepEqual(page.crashes, []);
});

test("the words' shards start downloading while they are typed, and the search uses those downloads", async () => {
  const page = await openPage(browser);
  // Routed requests skip the HTTP cache: every request for a shard reaches this handler.
  const shards = new Map();
  await page.route('**/content/search/terms/**', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    shards.set(name, (shards.get(name) ?? 0) + 1);
    return route.continue();
  });
  await page.goto(url('/article/harbour-city-opens-tidal-barrier'));
  const box = siteSearch(page).getByRole('searchbox', { name: 'Search', exact: true });
  await box.focus();
  const typedShards = Promise.all(
    ['ti.json', 'ba.json'].map((name) => page.waitForRequest((r) => r.url().endsWith(`/content/search/terms/${name}`))),
  );
  await page.keyboard.type('tidal barrier');
  await typedShards;
  await box.press('Enter');
  await resultsFor(page, 'tidal barrier');
  assert.ok((await headlines(page)).includes(BARRIER));
  assert.equal(shards.get('ti.json'), 1, `one download of each shard: ${[...shards]}`);
  assert.equal(shards.get('ba.json'), 1, `one download of each shard: ${[...shards]}`);
  assert.deepEqual(page.crashes, []);
});

test('the last word matches as a prefix, and every word must match', async () => {
  const page = await openPage(browser);
  await page.goto(url('/search?q=shipwr'));
  await resultsFor(page, 'shipwr');
  assert.ok((await headlines(page)).some((h) => /^Shipwreck off Calder Point/.test(h)), 'prefix found');

  await page.goto(url('/search?q=kestrel%20referendum'));
  await resultsFor(page, 'kestrel referendum');
  const both = await headlines(page);
  assert.ok(both.includes('Kestrel Isles set date for independence referendum'));
  await page.goto(url('/search?q=kestrel'));
  await resultsFor(page, 'kestrel');
  const kestrel = await headlines(page);
  assert.ok(kestrel.length > both.length, `"kestrel" alone finds more (${kestrel.length} > ${both.length})`);
  assert.deepEqual(page.crashes, []);
});

test('words are found under other endings: plurals and other tenses', async () => {
  const page = await openPage(browser);
  await page.goto(url('/search?q=barriers'));
  await resultsFor(page, 'barriers');
  assert.ok((await headlines(page)).includes(BARRIER), '"barriers" finds the story about a barrier');

  // Neither word is in any story as typed: this one says "sleep" and "shift".
  await page.goto(url('/search?q=sleeps%20shifted'));
  await resultsFor(page, 'sleeps shifted');
  assert.deepEqual(await headlines(page), ['Rotating night shifts linked to long-term sleep problems, study finds']);

  // Typed in part past the stem ("vaccination" → "vaccin"): still found as a prefix.
  await page.goto(url('/search?q=vaccinat'));
  await resultsFor(page, 'vaccinat');
  assert.ok((await headlines(page)).some((h) => /vaccination/i.test(h)), 'the vaccination-rates story');
  assert.deepEqual(page.crashes, []);
});

test('a misspelt word is searched as the nearest spelling, with a way back to the words as typed', async () => {
  const page = await openPage(browser);
  await page.goto(url('/'));
  await searchFromHeader(page, 'tidal barier');
  await resultsFor(page, 'tidal barier');
  const notice = page.locator('.search-correction');
  await notice.getByText('Showing results for tidal barrier.').waitFor();
  assert.ok((await headlines(page)).includes(BARRIER));
  // The reader insists on the spelling: the words as typed, in quotes, are not corrected.
  await notice.getByRole('link', { name: 'Search instead for “tidal barier”' }).click();
  await resultsFor(page, '"tidal barier"');
  assert.equal(new URL(page.url()).searchParams.get('q'), '"tidal barier"');
  await page.getByRole('heading', { level: 2, name: 'No results', exact: true }).waitFor();
  assert.equal(await page.locator('.search-correction').count(), 0);
  assert.deepEqual(page.crashes, []);
});

test('a word with a minus leaves out the stories that have it', async () => {
  const page = await openPage(browser);
  await page.goto(url('/search?q=tidal'));
  await resultsFor(page, 'tidal');
  assert.ok((await headlines(page)).includes(BARRIER));
  await page.goto(url('/search?q=tidal%20-barriers'));
  await resultsFor(page, 'tidal -barriers');
  await page.locator('.archive-count').getByText('1 result').waitFor();
  assert.deepEqual(await headlines(page), ['Lindenfall telescope detects water vapour on a distant rocky world']);
  await page.goto(url('/search?q=-barrier'));
  await resultsFor(page, '-barrier');
  await page.getByText('A word with a minus only leaves stories out: add a word to find.').waitFor();
  assert.deepEqual(page.crashes, []);
});

test('each result marks the words the search matched, under any ending', async () => {
  const page = await openPage(browser);
  await page.goto(url('/search?q=barriers'));
  await resultsFor(page, 'barriers');
  const card = results(page).filter({ hasText: BARRIER });
  // The headline says "barrier": marked as a match for "barriers".
  assert.deepEqual(await card.getByRole('heading', { level: 3 }).locator('mark').allInnerTexts(), ['barrier']);
  assert.ok((await card.locator('.excerpt mark').allInnerTexts()).every((word) => /^barriers?$/i.test(word)));
  await page.goto(url('/search?q=tidal%20barier'));
  await resultsFor(page, 'tidal barier');
  const corrected = results(page).filter({ hasText: BARRIER });
  assert.deepEqual(await corrected.getByRole('heading', { level: 3 }).locator('mark').allInnerTexts(), ['tidal', 'barrier'],
    'a corrected word is marked as found');
  assert.deepEqual(page.crashes, []);
});

test('a query that matches nothing says so, and the page still works', async () => {
  const page = await openPage(browser);
  await page.goto(url('/'));
  await searchFromHeader(page, 'zyxwvut');
  await resultsFor(page, 'zyxwvut');
  await page.getByRole('heading', { level: 2, name: 'No results', exact: true }).waitFor();
  await page.getByText('No stories match “zyxwvut”').waitFor();
  assert.equal(await results(page).count(), 0);
  // Searching again from the results page's own form.
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('vessmark');
  await page.getByRole('searchbox', { name: 'Search the archive' }).press('Enter');
  await resultsFor(page, 'vessmark');
  assert.ok((await results(page).count()) >= 2);
  assert.deepEqual(page.crashes, []);
});

test('more than ten results are paged, and the pages keep the query', async () => {
  const page = await openPage(browser);
  await page.goto(url('/search?q=harbour'));
  await resultsFor(page, 'harbour');
  const count = await page.getByRole('heading', { level: 2, name: /^\d+ results$/ }).innerText();
  assert.ok(Number.parseInt(count, 10) > 10, `"harbour" is in more than ten stories (${count})`);
  assert.equal(await results(page).count(), 10);
  const first = await headlines(page);
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await pages.getByText('Page 1 of 2').waitFor();
  await pages.getByRole('link', { name: 'More results →' }).click();
  await pages.getByText('Page 2 of 2').waitFor();
  const url2 = new URL(page.url());
  assert.equal(url2.searchParams.get('q'), 'harbour');
  assert.equal(url2.searchParams.get('page'), '2');
  const second = await headlines(page);
  assert.equal(second.length, Number.parseInt(count, 10) - 10);
  assert.ok(second.every((h) => !first.includes(h)), 'page 2 repeats nothing from page 1');
  assert.equal(await page.title(), 'Search: harbour — page 2 | The Harbour Gazette');

  await page.goto(url('/search?q=harbour&page=9'));
  await resultsFor(page, 'harbour');
  await page.getByText('There are only 2 pages of results.').waitFor();
  await page.getByRole('link', { name: 'Go to the last page' }).click();
  await pages.getByText('Page 2 of 2').waitFor();
  assert.deepEqual(page.crashes, []);
});

test('deep links load directly, with special characters kept', async () => {
  const page = await openPage(browser);
  const response = await page.goto(url('/search?q=Harbour%20%26%20C%C3%8FTY%23'));
  assert.equal(response.status(), 200);
  await resultsFor(page, 'Harbour & CÏTY#');
  assert.ok((await results(page).count()) >= 1, 'folded and punctuation-free, it still matches');
  const more = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'More results →' });
  if ((await more.count()) > 0) {
    assert.equal(new URL(await more.getAttribute('href'), page.url()).searchParams.get('q'), 'Harbour & CÏTY#');
  }

  await page.goto(url('/search'));
  await page.getByRole('heading', { level: 1, name: 'Search', exact: true }).waitFor();
  await page.getByText('Type a word or two').waitFor();
  assert.equal(await page.title(), 'Search | The Harbour Gazette');
  await page.goto(url('/search?q=the%20of'));
  await page.getByText('Those words are too common to search for').waitFor();
  assert.deepEqual(page.crashes, []);
});

for (const [name, fulfil, message] of [
  ['answers 500', (route) => route.fulfill({ status: 500, body: 'oops' }), /HTTP 500/],
  ['is not JSON', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>no</p>' }), /not valid JSON/],
]) {
  test(`a search index that ${name} shows an error with Retry; the header still works`, async () => {
    const page = await openPage(browser);
    let broken = true;
    await page.route('**/content/search/**', (route) => (broken ? fulfil(route) : route.continue()));
    await page.goto(url('/search?q=tidal'));
    const alert = page.getByRole('alert');
    await alert.getByText(message).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Something went wrong' }).waitFor();
    // The sidebar and the header are unaffected.
    await page.getByRole('heading', { name: 'Most Popular' }).waitFor();
    broken = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await resultsFor(page, 'tidal');
    broken = true;
    await searchFromHeader(page, 'barrier');
    await alert.getByText(message).waitFor();
    broken = false;
    await page.getByRole('link', { name: 'World', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'World' }).waitFor();
    assert.deepEqual(page.crashes, []);
  });
}

test('the header box works without the app: a plain GET form to the search page', async () => {
  const page = await openPage(browser);
  await page.goto(url('/'));
  const form = siteSearch(page);
  await form.waitFor();
  assert.equal(await form.getAttribute('method'), 'get');
  assert.equal(new URL(await form.getAttribute('action'), page.url()).pathname, '/search');
  assert.equal(await form.getByRole('searchbox', { name: 'Search', exact: true }).getAttribute('name'), 'q');
  assert.deepEqual(page.crashes, []);
});
