// When the article's JSON fails, the reader sees why and can retry; the rest keeps working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appTookOver, launchBrowser, openPage, url } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const ARTICLE = '/article/harbour-city-opens-tidal-barrier';
const ARTICLE_JSON = '**/content/articles/harbour-city-opens-tidal-barrier.json';

/** Answer the article request badly once, then let the real file through. */
async function failOnce(page, fulfil) {
  let failed = 0;
  await page.route(ARTICLE_JSON, async (route) => {
    if (failed === 0) {
      failed += 1;
      await fulfil(route);
    } else {
      await route.continue();
    }
  });
}

const cases = [
  ['a server error', (route) => route.fulfill({ status: 500, body: 'oops' }), /server had a problem \(HTTP 500\)/],
  ['no network', (route) => route.abort('internetdisconnected'), /couldn't reach the server/],
  [
    'an HTML page instead of JSON',
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html><body>Error</body></html>' }),
    /content could not be read/,
  ],
  [
    'JSON of the wrong shape',
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":1,"title":42}' }),
    /content could not be read/,
  ],
  [
    'a newer content format',
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":9}' }),
    /format 9/,
  ],
];

for (const [name, fulfil, message] of cases) {
  test(`the article shows a clear error and recovers on Retry after ${name}`, async () => {
    // Reached inside the app (from the front page), where there is no copy of the page to keep.
    const page = await openPage(browser);
    await page.goto(url('/'));
    await failOnce(page, fulfil);
    await page.getByRole('heading', { level: 2 }).getByRole('link', { name: /tidal barrier/ }).first().click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), message);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Something went wrong');
    // The header still works while the article is in error.
    assert.equal(await page.getByRole('navigation', { name: 'Sections' }).getByRole('link').count(), 6);

    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { level: 1, name: /tidal barrier/ }).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(page.crashes, []);
  });

  test(`a deep link keeps the story from the build's copy, says what failed and retries after ${name}`, async () => {
    const page = await openPage(browser, { copyOnly: true });
    await failOnce(page, fulfil);
    await page.goto(url(ARTICLE));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), message);
    // The reader keeps the story they opened rather than an error page, inside the app.
    await appTookOver(page);
    const headline = page.getByRole('heading', { level: 1 });
    assert.equal(await headline.innerText(), 'Harbour City opens tidal barrier after a decade of delays');
    assert.ok((await page.locator('.article-body p').count()) >= 5);
    assert.equal(await page.title(), 'Harbour City opens tidal barrier after a decade of delays | The Harbour Gazette');

    await alert.getByRole('button', { name: 'Retry' }).click();
    // The app's own page now: its comments section is there, and the notice is gone.
    await page.getByRole('heading', { level: 2, name: 'Comments' }).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.equal(await headline.innerText(), 'Harbour City opens tidal barrier after a decade of delays');
    assert.deepEqual(page.crashes, []);
  });
}

test('around a kept story the app works: sidebar, theme toggle, and a Retry that fails again', async () => {
  const page = await openPage(browser, { copyOnly: true });
  let attempts = 0;
  await page.route(ARTICLE_JSON, (route) => {
    attempts += 1;
    return attempts === 1 ? route.fulfill({ status: 503, body: '' }) : route.abort('internetdisconnected');
  });
  await page.goto(url(ARTICLE));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  await appTookOver(page);
  // The sidebar's widgets come from their own requests, which still answer.
  await page.getByRole('heading', { level: 2, name: 'Most Popular' }).waitFor();
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  const before = await toggle.getAttribute('aria-pressed');
  await toggle.click();
  assert.notEqual(await toggle.getAttribute('aria-pressed'), before);

  await alert.getByRole('button', { name: 'Retry' }).click();
  await alert.getByText(/couldn't reach the server/).waitFor();
  assert.equal(attempts, 2);
  assert.equal(
    await page.getByRole('heading', { level: 1 }).innerText(),
    'Harbour City opens tidal barrier after a decade of delays',
  );
  assert.ok((await page.locator('.article-body p').count()) >= 5, 'the story is still there');
  assert.deepEqual(page.crashes, []);
});

test('a page that is gone shows Page not found, not its old copy', async () => {
  const page = await openPage(browser);
  await page.route(ARTICLE_JSON, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(url(ARTICLE));
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  assert.equal(await page.locator('.article-body').count(), 0, 'no trace of the removed story');
  assert.deepEqual(page.crashes, []);
});

test('the section navigation still works from an article in error', async () => {
  const page = await openPage(browser, { copyOnly: true });
  await page.route(ARTICLE_JSON, (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(url(ARTICLE));
  await page.getByRole('alert').waitFor();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Health' }).click();
  await page.getByRole('heading', { level: 1, name: 'Health' }).waitFor();
  await appTookOver(page);
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(page.crashes, []);
});

test('the page fits a 320 px wide phone without sideways scrolling', async () => {
  const page = await openPage(browser, { viewport: { width: 320, height: 640 } });
  for (const path of ['/', ARTICLE, '/section/science']) {
    await page.goto(url(path));
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
  }
  assert.deepEqual(page.crashes, []);
});
