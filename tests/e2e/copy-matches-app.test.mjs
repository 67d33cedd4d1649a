// One renderer: the build's static copy of a page (drawn natively by the app's own
// components, tools/pages) and the app once it has run tell the same story: headings, text,
// links and images, in order, compared as structure in Chromium. Also the app started from
// the bare app (a host without copies) against the copy. Parts that exist only with the app
// running (its widgets' answers, comment counts and the comments) are left out on both sides.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { appTookOver, heldPage, launchBrowser, openPage, url } from './helpers.mjs';

const ARTICLE = '/article/harbour-city-opens-tidal-barrier';
const PAGES = [
  ['front page', '/'],
  ['section', '/section/world'],
  ['tag', '/tag/climate'],
  ['author', '/author/amara-teodorescu'],
  ['article', ARTICLE],
];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/**
 * The story of the page under `root` (the copy's holder, or the app's), as a list of what a
 * reader meets in document order. Runs in the page.
 */
function story(rootSelector) {
  const root = document.querySelector(rootSelector);
  if (!root) return null;
  // Only with the app running: widgets' data, counts, comments, the ad, loading states, Save.
  const appOnly = '.sidebar, .ticker-window, .ticker-controls, .ticker-quiet, .comment-count, #comments, .ad-slot, .loading, [role="status"], .share-action, .save-story';
  // The text a reader sees in `node`, less what only the running app adds to it.
  const words = (node) => {
    const kept = node.cloneNode(true);
    for (const added of kept.querySelectorAll(appOnly)) added.remove();
    return kept.textContent.replace(/\s+/g, ' ').trim();
  };
  const out = [];
  for (const node of root.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, figcaption, blockquote, time, a, img, input, button')) {
    if (node.closest(appOnly)) continue;
    const tag = node.tagName.toLowerCase();
    if (tag === 'a') out.push(`a ${node.getAttribute('href')} ${words(node)}`);
    else if (tag === 'img') out.push(`img ${node.getAttribute('src')} ${node.getAttribute('alt')}`);
    else if (tag === 'input') out.push(`input ${node.id} ${node.name}`);
    else out.push(`${tag} ${words(node)}`);
  }
  return out;
}


/** The app's story once it has drawn the page and every request it started has answered. */
async function appStory(page) {
  await appTookOver(page);
  await page.waitForLoadState('networkidle');
  return page.evaluate(story, '#app');
}

for (const [kind, path] of PAGES) {
  test(`${kind}: the copy and the app draw the same story`, async () => {
    const page = await heldPage(browser);
    await page.goto(url(path));
    const copy = await page.evaluate(story, '#prerendered');
    assert.ok(copy && copy.length > 20, `${path}: a copy with a story (${copy?.length})`);
    page.release();
    assert.deepEqual(await appStory(page), copy, `${path}: the app's story differs from its copy's`);
    assert.deepEqual(page.crashes, []);
    await page.context().close();
  });
}

test('bare app: the app started without a copy draws the story of the copy', async () => {
  const held = await heldPage(browser);
  await held.goto(url(ARTICLE));
  const copy = await held.evaluate(story, '#prerendered');
  await held.context().close();

  // A host that has no copies answers the address with the bare app (404.html).
  const bare = await readFile(new URL('../../.tmp/e2e-site/404.html', import.meta.url), 'utf8');
  const page = await openPage(browser, { copyOnly: true });
  await page.route(url(ARTICLE), (route) => route.fulfill({ contentType: 'text/html', body: bare }));
  await page.goto(url(ARTICLE));
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('#prerendered').count(), 0, 'no copy in the bare app');
  assert.deepEqual(await page.evaluate(story, '#app'), copy);
  assert.deepEqual(page.crashes, []);
  await page.context().close();
});
