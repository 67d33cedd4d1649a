// When the article's JSON fails, the reader sees why and can retry; the rest keeps working.
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
    const page = await openPage(browser);
    await failOnce(page, fulfil);
    await page.goto(url(ARTICLE));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), message);
    // The header still works while the article is in error.
    assert.equal(await page.getByRole('navigation', { name: 'Sections' }).getByRole('link').count(), 6);

    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { level: 1, name: /tidal barrier/ }).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(page.crashes, []);
  });
}

test('the section navigation still works from an article in error', async () => {
  const page = await openPage(browser);
  await page.route(ARTICLE_JSON, (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(url(ARTICLE));
  await page.getByRole('alert').waitFor();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Health' }).click();
  await page.getByRole('heading', { level: 1, name: 'Health' }).waitFor();
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
