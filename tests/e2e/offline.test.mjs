// Reading offline (issue 15): a reader's browser with its own profile, the service worker
// installed by a first visit, then the network cut with `setOffline`. A story read before
// reloads with its text and picture, the front page shows its last copy with the time it was
// kept, a story never opened says so; saved stories stay readable when every other copy is
// gone, and a full device is said in plain words. axe checks the offline states in both themes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoViolations } from './axe.mjs';
import { url } from './helpers.mjs';
import { asReader, cached, workerControls } from './offline-helpers.mjs';

const READ = 'harbour-city-opens-tidal-barrier';
const OTHER = 'kestrel-isles-set-date-for-independence-referendum';
const NEVER_OPENED = 'measles-cases-rise-in-saltreach-schools';
const headline = (page) => page.getByRole('heading', { level: 1 });

async function pictureShows(page) {
  await page.waitForFunction(() => document.querySelector('figure.featured img')?.naturalWidth > 0);
}

test('a story read once reloads offline with its text and picture; one never opened says so', () =>
  asReader({}, async (page, context) => {
    // The first visit installs the worker after the page has shown; the page it was installed
    // on went past it, and is kept all the same.
    await page.gotoApp(url(`/article/${READ}`));
    await headline(page).filter({ hasText: 'tidal barrier' }).waitFor();
    await workerControls(page);
    await cached(page, `content/articles/${READ}.json`);
    await cached(page, `article/${READ}`);
    const picture = await page.locator('figure.featured img').getAttribute('src');
    await cached(page, picture);

    await context.setOffline(true);
    await page.reloadApp();
    await headline(page).filter({ hasText: 'tidal barrier' }).waitFor();
    await pictureShows(page);
    assert.ok((await page.locator('.article-body p').count()) > 2, 'the story’s text is there');

    await page.gotoApp(url(`/article/${NEVER_OPENED}`));
    await page.getByRole('heading', { level: 1, name: "You're offline" }).waitFor();
    const alert = page.getByRole('alert');
    assert.match(await alert.innerText(), /this page isn't kept on this device/);
    await alert.getByRole('button', { name: 'Retry' }).waitFor();
    assert.equal(await alert.getByRole('link', { name: 'Read your saved stories' }).getAttribute('href'), '/saved');
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      await assertNoViolations(page, `unread story offline, ${colorScheme}`);
    }
  }));

test('offline, the front page shows its last copy and says since when', () =>
  asReader({}, async (page, context) => {
    await page.gotoApp(url('/'));
    await headline(page).filter({ hasText: 'Top stories' }).waitFor();
    await workerControls(page);
    await cached(page, 'content/home.json');
    const lead = await page.getByRole('main').getByRole('article').first().getByRole('heading').innerText();

    await context.setOffline(true);
    await page.reloadApp();
    const notice = page.getByRole('region', { name: 'Connection' });
    await notice.getByText(/^You're offline — showing the news as of \d\d:\d\d\.$/).waitFor();
    await notice.getByRole('button', { name: 'Retry' }).waitFor();
    await headline(page).filter({ hasText: 'Top stories' }).waitFor();
    assert.equal(await page.getByRole('main').getByRole('article').first().getByRole('heading').innerText(), lead);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      await assertNoViolations(page, `front page offline, ${colorScheme}`);
    }
  }));

/** Saves the story on show; returns what the button's status said. */
async function save(page) {
  const button = page.getByRole('button', { name: 'Save', exact: true });
  await button.click();
  const status = page.locator('.save-notice');
  await status.filter({ hasText: /./ }).waitFor();
  return status.innerText();
}

test('saved stories: saved, listed newest first, readable offline with nothing else kept, removed', () =>
  asReader({}, async (page, context) => {
    await page.gotoApp(url(`/article/${READ}`));
    await workerControls(page);
    assert.match(await save(page), /^Saved: you can read this story offline/);
    assert.equal(await page.getByRole('button', { name: 'Saved', exact: true }).getAttribute('aria-pressed'), 'true');
    await page.gotoApp(url(`/article/${OTHER}`));
    assert.match(await save(page), /^Saved/);
    assert.equal(await page.evaluate(() => navigator.storage.persisted().then(() => true)), true);

    await page.getByRole('link', { name: 'Saved stories' }).click();
    await headline(page).filter({ hasText: 'Saved stories' }).waitFor();
    const titles = page.locator('.saved-list .saved-title');
    await titles.first().waitFor();
    const listed = await titles.allInnerTexts();
    assert.equal(listed.length, 2);
    assert.match(listed[0], /Kestrel Isles/, 'newest first');
    assert.match(listed[1], /tidal barrier/);

    // Every copy the worker kept by itself goes: what remains is what the reader saved.
    await page.evaluate(async () => {
      for (const name of await caches.keys()) if (/^gazette-(content|images|pages-)/.test(name)) await caches.delete(name);
    });
    await context.setOffline(true);
    await page.gotoApp(url(`/article/${READ}`));
    await headline(page).filter({ hasText: 'tidal barrier' }).waitFor();
    await pictureShows(page);
    await page.getByRole('link', { name: 'Saved stories' }).click();
    await titles.first().waitFor();
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      await assertNoViolations(page, `saved stories offline, ${colorScheme}`);
    }

    await page.getByRole('button', { name: /^Remove “.*tidal barrier/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.saved-list .saved-title').length === 1);
    assert.match(await titles.first().innerText(), /Kestrel Isles/);
    await context.setOffline(false);
    await page.reloadApp();
    await titles.first().waitFor();
    assert.equal(await titles.count(), 1, 'the removal is kept');
  }));

test('storage full: saving says so in plain words and keeps the stories saved before', () =>
  asReader({}, async (page, context) => {
    await page.gotoApp(url(`/article/${OTHER}`));
    await workerControls(page);
    assert.match(await save(page), /^Saved/);
    // The browser's own quota, set just above what the site already keeps.
    const cdp = await context.newCDPSession(page);
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(url('/')).origin, quotaSize: usage + 1024 });

    await page.gotoApp(url(`/article/${READ}`));
    assert.match(await save(page), /^There isn't enough room on this device to save this story\. Your other saved stories are kept/);
    assert.equal(await page.getByRole('button', { name: 'Save', exact: true }).getAttribute('aria-pressed'), 'false');
    await page.getByRole('link', { name: 'Saved stories' }).click();
    const titles = page.locator('.saved-list .saved-title');
    await titles.first().waitFor();
    assert.deepEqual((await titles.allInnerTexts()).length, 1);
    assert.match(await titles.first().innerText(), /Kestrel Isles/);
  }));

test('offline, the comment form and the subscription box say they need a connection and keep what was typed', () =>
  // No worker here: what the forms say comes from the browser's own idea of the connection.
  asReader({ serviceWorkers: 'block' }, async (page, context) => {
    await page.route('**/site.json', async (route) => {
      const site = await (await route.fetch()).json();
      site.comments.server = process.env.E2E_ISSO_URL ?? 'http://127.0.0.1:9';
      site.newsletter.action = 'http://127.0.0.1:9/subscribe';
      await route.fulfill({ json: site });
    });
    await page.gotoApp(url(`/article/${READ}`));
    const comment = page.getByRole('textbox', { name: 'Comment' });
    await comment.fill('Typed on the train.');
    const email = page.getByRole('textbox', { name: 'Email address' });
    await email.fill('reader@example.org');
    await context.setOffline(true);
    await page.getByText("You're offline. Posting a comment needs a connection: what you typed stays here until you're back online.").waitFor();
    await page.getByText("You're offline. Subscribing needs a connection: what you typed stays here until you're back online.").waitFor();
    assert.equal(await page.getByRole('button', { name: 'Post Comment' }).isDisabled(), true);
    assert.equal(await page.getByRole('button', { name: 'Subscribe' }).isDisabled(), true);
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Subscribe' }).and(page.locator(':enabled')).waitFor();
    assert.equal(await comment.inputValue(), 'Typed on the train.');
    assert.equal(await email.inputValue(), 'reader@example.org');
    assert.equal(await page.getByText(/needs a connection/).count(), 0);
  }));
