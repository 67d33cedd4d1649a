// Sharing a story (src/components/share.rs) and printing it (style/print.css), as a reader does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, openPage, url } from './helpers.mjs';

const SITE = JSON.parse(readFileSync('dist/site.json', 'utf8'));
const home = JSON.parse(readFileSync('dist/content/home.json', 'utf8'));
const SLUG = home.lead.slug;
const article = JSON.parse(readFileSync(`dist/content/articles/${SLUG}.json`, 'utf8'));
const PUBLIC_URL = new URL(`article/${SLUG}`, SITE.url).href;

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('a story can be shared by plain links that carry its public address, with no third party loaded', async () => {
  const page = await openPage(browser);
  const elsewhere = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(url('/'))) elsewhere.push(request.url());
  });
  await page.goto(url(`/article/${SLUG}`));
  const share = page.getByRole('region', { name: 'Share this story' });
  const links = share.getByRole('link');
  assert.deepEqual(await links.allTextContents(), ['E-mail', 'X', 'Facebook', 'LinkedIn', 'WhatsApp']);
  for (const href of await links.evaluateAll((all) => all.map((a) => a.href))) {
    const carried = [...new URL(href).searchParams.values()].join(' ');
    assert.ok(carried.includes(PUBLIC_URL), `${href} shares ${PUBLIC_URL}`);
  }
  const mail = new URL(await links.first().getAttribute('href'));
  assert.equal(mail.protocol, 'mailto:');
  assert.equal(mail.searchParams.get('subject'), article.title);
  assert.deepEqual(elsewhere, [], 'nothing is fetched from another site');
  // No share sheet in this browser: no button that would do nothing.
  assert.equal(await share.getByRole('button', { name: 'Share…' }).count(), 0);
  await page.context().close();
});

test('"Copy link" puts the address on the clipboard and says so, by keyboard', async () => {
  const page = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(url(`/article/${SLUG}`));
  const copy = page.getByRole('button', { name: 'Copy link' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), PUBLIC_URL);
  await page.context().close();
});

test('where the browser has a share sheet, "Share…" opens it with the story', async () => {
  const page = await openPage(browser);
  // The device's sheet is the browser's own UI; what the page hands it is what is checked.
  await page.addInitScript(() => {
    window.shared = [];
    Object.defineProperty(Navigator.prototype, 'share', {
      value: (data) => (window.shared.push({ title: data.title, url: data.url }), Promise.resolve()),
    });
  });
  await page.goto(url(`/article/${SLUG}`));
  await page.getByRole('button', { name: 'Share…' }).click();
  await page.waitForFunction(() => window.shared.length === 1);
  assert.deepEqual(await page.evaluate(() => window.shared), [{ title: article.title, url: PUBLIC_URL }]);
  await page.context().close();
});

test('printed, a story is the article alone, black on white, with its link addresses', async () => {
  const page = await openPage(browser);
  await page.goto(url(`/article/${SLUG}`));
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.section-nav', '.sidebar', '.ad-slot', '.after-article', '.share', '#comments', '.breadcrumb', '.site-search']) {
    const shown = await page.locator(hidden).evaluateAll((all) => all.filter((e) => e.checkVisibility()).length);
    assert.equal(shown, 0, `${hidden} is not printed`);
  }
  assert.ok(await page.getByRole('heading', { level: 1, name: article.title }).isVisible());
  if (article.image) assert.ok(await page.locator('.featured img').isVisible(), 'the picture is kept');
  const colours = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const text = getComputedStyle(document.querySelector('.article-body p'));
    return [body.backgroundColor, text.color];
  });
  assert.deepEqual(colours, ['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  const link = page.locator('.article-body a[href]:not([href^="#"])').first();
  if (await link.count()) {
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    assert.equal(after, `" (${await link.getAttribute('href')})"`);
  }
  await page.context().close();
});
