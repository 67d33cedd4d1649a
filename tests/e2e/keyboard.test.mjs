// A reader with a keyboard only: skip to the content, go to a section, open a story, read it,
// comment (with a mistake the form points out, then fixed) and subscribe to the newsletter.
// Nothing here clicks or fills: every step is a key press or typing, and every check of where
// the reader is looks at the focused element through its role and accessible name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, url } from './helpers.mjs';
import { startEndpoint, useNewsletter } from './widgets-helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Whether the element `locator` names (by role and name) is the focused one. */
function hasFocus(locator) {
  return locator.evaluateAll((elements) => elements.some((element) => element === document.activeElement));
}

async function assertFocus(locator, what) {
  assert.equal(await hasFocus(locator), true, `focus should be on ${what}`);
}

/** Presses `key` until focus is on `locator`; fails after `max` presses. */
async function pressUntil(page, locator, what, { key = 'Tab', max = 150 } = {}) {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press(key);
    if (await hasFocus(locator)) return presses;
  }
  assert.fail(`${max} presses of ${key} never reached ${what}`);
}

/** Waits until the focused element is the page's h1 and it reads `text`. */
async function focusOnHeading(page, text) {
  const heading = page.getByRole('heading', { level: 1, name: text, exact: true });
  await heading.waitFor();
  await page.waitForFunction(
    (expected) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent.trim() === expected,
    text,
  );
  await assertFocus(heading, `the heading "${text}"`);
}

test('reading, commenting and subscribing with the keyboard alone', async () => {
  const endpoint = await startEndpoint();
  try {
    const page = await openPage(browser);
    await useNewsletter(page, endpoint.url, { list: 'morning' });
    await page.goto(url('/'));
    await page.getByRole('heading', { level: 1, name: 'Top stories' }).waitFor();

    // 1. The first stop skips the header and the ticker.
    await page.keyboard.press('Tab');
    await assertFocus(page.getByRole('link', { name: 'Skip to content' }), 'the skip link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'MAIN');
    await assertFocus(page.getByRole('main'), 'the main content');
    await page.keyboard.press('Tab');
    await assertFocus(
      page.getByRole('main').getByRole('link').first(),
      'the first link of the main content, not the header',
    );

    // 2. Back up into the section menu and open a section.
    const world = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'World' });
    await pressUntil(page, world, 'the World section link', { key: 'Shift+Tab', max: 30 });
    await page.keyboard.press('Enter');
    await focusOnHeading(page, 'World');
    assert.match(page.url(), /\/section\/world$/);

    // 3. The first story of the section; its headline takes focus.
    const story = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
    const headline = (await story.innerText()).trim();
    await pressUntil(page, story, `the story "${headline}"`, { max: 20 });
    await page.keyboard.press('Enter');
    await focusOnHeading(page, headline);
    assert.match(page.url(), /\/article\/[a-z0-9-]+$/);
    // Reading: Space pages down from the headline.
    const top = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Space');
    await page.waitForFunction((before) => window.scrollY > before, top);

    // 4. A comment, kept on this device (the default site.json has no comment server).
    const form = page.getByRole('form', { name: 'Leave a comment' });
    await page.getByText('Comments are saved on this device only.').waitFor();
    const comment = form.getByRole('textbox', { name: 'Comment' });
    await pressUntil(page, comment, 'the Comment field');
    await page.keyboard.type('Typed without a mouse: the barrier story reads well.');
    await page.keyboard.press('Tab');
    await assertFocus(form.getByRole('textbox', { name: 'Name' }), 'the Name field');
    await page.keyboard.type('Keyboard Reader');
    await page.keyboard.press('Tab');
    const email = form.getByRole('textbox', { name: 'Email' });
    await assertFocus(email, 'the Email field');
    await page.keyboard.type('keyboard@example');
    const post = form.getByRole('button', { name: 'Post Comment' });
    await pressUntil(page, post, 'the Post Comment button', { max: 3 });
    await page.keyboard.press('Enter');
    // The mistake is named, tied to its field, and focus is taken back to it.
    const problem = form.getByText('You have entered an incorrect email address!');
    await problem.waitFor();
    await assertFocus(email, 'the Email field, after the error');
    assert.equal(await email.getAttribute('aria-invalid'), 'true');
    const problemId = await problem.getAttribute('id');
    assert.ok((await email.getAttribute('aria-describedby')).split(' ').includes(problemId), 'error read with the field');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('keyboard@example.org');
    await problem.waitFor({ state: 'hidden' });
    await pressUntil(page, post, 'the Post Comment button', { max: 3 });
    await page.keyboard.press('Space');
    await form.getByRole('status').filter({ hasText: 'Thank you! Your comment has been published.' }).waitFor();
    await page.getByRole('article', { name: 'Comment' }).filter({ hasText: 'Typed without a mouse' }).waitFor();

    // 5. The newsletter: a mistake first, then a real subscription to the endpoint.
    const box = page.getByRole('region', { name: 'Free Subscription', exact: true });
    const address = box.getByRole('textbox', { name: 'Email address' });
    await pressUntil(page, address, 'the subscription Email address field');
    await page.keyboard.type('keyboard@');
    await page.keyboard.press('Enter');
    await box.getByText('Please enter a valid email address.').waitFor();
    await assertFocus(address, 'the subscription field, after the error');
    assert.equal(endpoint.requests.length, 0, 'nothing sent');
    await page.keyboard.type('example.org');
    await page.keyboard.press('Enter');
    await box.getByRole('status').filter({ hasText: /Thank you for subscribing/ }).waitFor();
    assert.equal(endpoint.requests.length, 1);
    assert.deepEqual(Object.fromEntries(new URLSearchParams(endpoint.requests[0].body)), {
      email: 'keyboard@example.org',
      list: 'morning',
    });

    // 6. The theme toggle is a button like any other: Space presses it.
    const theme = page.getByRole('button', { name: 'Dark theme' });
    await pressUntil(page, theme, 'the theme toggle', { key: 'Shift+Tab', max: 250 });
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Dark theme', pressed: true }).waitFor();
    assert.deepEqual(page.crashes, []);
  } finally {
    await endpoint.close();
  }
});

test('searching with the keyboard alone', async () => {
  const page = await openPage(browser);
  await page.goto(url('/'));
  await page.getByRole('heading', { level: 1, name: 'Top stories' }).waitFor();
  const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox', { name: 'Search', exact: true });
  await pressUntil(page, box, 'the header search box', { max: 10 });
  await page.keyboard.type('tidal barrier');
  await page.keyboard.press('Enter');
  await focusOnHeading(page, 'Search results for “tidal barrier”');
  assert.equal(new URL(page.url()).searchParams.get('q'), 'tidal barrier');

  const story = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
  const headline = (await story.innerText()).trim();
  await pressUntil(page, story, `the first result "${headline}"`, { max: 10 });
  await page.keyboard.press('Enter');
  await focusOnHeading(page, headline);
  assert.deepEqual(page.crashes, []);
});
