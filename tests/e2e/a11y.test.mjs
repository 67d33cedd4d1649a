// Accessibility (WCAG 2.2 AA): axe-core on every kind of page and state, in the light and dark
// themes (from the system setting and from the header's toggle), plus what axe cannot see:
// landmarks, one h1, focus and announcements after navigation, the skip link, visible focus,
// reduced motion and the theme toggle itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axe, describeViolations } from './axe.mjs';
import { launchBrowser, openPage, url } from './helpers.mjs';
import { startEndpoint, useNewsletter } from './widgets-helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const LEAD = 'harbour-city-opens-tidal-barrier';
const ARTICLE = `/article/${LEAD}`;
const ARTICLE_JSON = `**/content/articles/${LEAD}.json`;

/** Waits until the route has its content (or its message) and nothing is loading or moving. */
async function settle(page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[role="status"]')].every((status) => !/^Loading/.test(status.textContent.trim())),
  );
  // The ticker pauses under the pointer: no headline slides in while axe measures colours.
  await page.getByRole('region', { name: 'Trending Now', exact: true }).hover();
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

const toggle = (page) => page.getByRole('button', { name: 'Dark theme' });
const themeAttribute = (page) => page.evaluate(() => document.documentElement.dataset.theme ?? null);

// How each theme is reached: the system setting alone, or the header's toggle against it.
const THEMES = [
  { name: 'light', colorScheme: 'light', press: false, dark: false },
  { name: 'dark', colorScheme: 'dark', press: false, dark: true },
  { name: 'dark via the toggle', colorScheme: 'light', press: true, dark: true },
  { name: 'light via the toggle', colorScheme: 'dark', press: true, dark: false },
];

const commentForm = (page) => page.getByRole('form', { name: 'Leave a comment' });
const subscribeBox = (page) => page.getByRole('region', { name: 'Free Subscription', exact: true });

// Every kind of page, and the states whose colours and wording appear only after an action.
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'article with its comments section', path: ARTICLE },
  { name: 'article with a table, code and a gallery', path: '/article/orrin-labs-unveils-repairable-phone' },
  { name: 'section', path: '/section/world' },
  { name: 'tag', path: '/tag/climate' },
  { name: 'author', path: '/author/mara-lindqvist' },
  { name: '404 page', path: '/no/such/page' },
  { name: 'search results', path: '/search?q=harbour' },
  { name: 'search with no results', path: '/search?q=zyxwvut' },
  { name: 'search narrowed by section and date', path: '/search?q=harbour&section=world&within=year' },
  {
    name: 'error state (article JSON answers 500, reached in the app)',
    path: '/',
    setup: (page) => page.route(ARTICLE_JSON, (route) => route.fulfill({ status: 500, body: 'oops' })),
    act: async (page) => {
      await page.getByRole('heading', { level: 2 }).getByRole('link', { name: /tidal barrier/ }).first().click();
      await page.getByRole('alert').getByRole('button', { name: 'Retry' }).waitFor();
    },
  },
  {
    name: "error state on a deep link (the build's copy kept, with its notice)",
    path: ARTICLE,
    setup: (page) => page.route(ARTICLE_JSON, (route) => route.fulfill({ status: 500, body: 'oops' })),
    ready: (page) => page.getByRole('alert').getByRole('button', { name: 'Retry' }).waitFor(),
  },
  {
    name: 'comment form showing its errors',
    path: ARTICLE,
    act: async (page) => {
      await commentForm(page).getByRole('button', { name: 'Post Comment' }).click();
      await commentForm(page).getByText('Please enter your comment!').waitFor();
    },
  },
  {
    name: 'article with a posted comment',
    path: ARTICLE,
    act: async (page) => {
      const form = commentForm(page);
      await form.getByLabel('Comment').fill('A comment to check the thread for accessibility.');
      await form.getByLabel('Name').fill('Axe Reader');
      await form.getByLabel('Email').fill('axe@example.org');
      await form.getByRole('button', { name: 'Post Comment' }).click();
      await page.getByRole('article', { name: 'Comment' }).getByText('Axe Reader').waitFor();
    },
  },
  {
    name: 'subscription box with an invalid address',
    path: '/',
    act: async (page) => {
      await subscribeBox(page).getByLabel('Email address').fill('reader@example');
      await subscribeBox(page).getByRole('button', { name: 'Subscribe' }).click();
      await subscribeBox(page).getByText('Please enter a valid email address.').waitFor();
    },
  },
  {
    name: 'subscription box after a failure',
    path: '/',
    act: async (page) => {
      await subscribeBox(page).getByLabel('Email address').fill('reader@example.org');
      await subscribeBox(page).getByRole('button', { name: 'Subscribe' }).click();
      await subscribeBox(page).getByRole('status').filter({ hasText: /couldn't sign you up/ }).waitFor();
    },
  },
  {
    name: 'subscription box after a success',
    path: '/',
    endpoint: true,
    act: async (page) => {
      await subscribeBox(page).getByLabel('Email address').fill('reader@example.org');
      await subscribeBox(page).getByRole('button', { name: 'Subscribe' }).click();
      await subscribeBox(page).getByRole('status').filter({ hasText: /Thank you for subscribing/ }).waitFor();
    },
  },
];

for (const spec of PAGES) {
  for (const theme of THEMES) {
    test(`axe: ${spec.name}, ${theme.name}: no violations`, async (t) => {
      const endpoint = spec.endpoint ? await startEndpoint() : null;
      try {
        const page = await openPage(browser, { colorScheme: theme.colorScheme });
        if (endpoint) await useNewsletter(page, endpoint.url, {});
        await spec.setup?.(page);
        await page.goto(url(spec.path));
        await spec.ready?.(page);
        await page.getByRole('heading', { level: 1 }).waitFor();
        if (theme.press) {
          await toggle(page).click();
          assert.equal(await themeAttribute(page), theme.dark ? 'dark' : 'light');
        }
        assert.equal(await toggle(page).getAttribute('aria-pressed'), String(theme.dark));
        await spec.act?.(page);
        await settle(page);

        const results = await axe(page);
        t.diagnostic(
          `${results.violations.length} violations, ${results.passes.length} rules passed, ` +
            `${results.incomplete.length} for manual review (${results.incomplete.map((r) => r.id).join(', ') || 'none'})`,
        );
        assert.equal(results.violations.length, 0, `axe found violations:\n${describeViolations(results.violations)}`);
        assert.deepEqual(page.crashes, []);
        await page.context().close();
      } finally {
        await endpoint?.close();
      }
    });
  }
}

test('every page has the landmarks and exactly one h1', async () => {
  const page = await openPage(browser);
  for (const path of ['/', ARTICLE, '/section/world', '/tag/climate', '/author/mara-lindqvist', '/no/such/page']) {
    await page.goto(url(path));
    await settle(page);
    assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, `${path}: one h1`);
    assert.equal(await page.getByRole('banner').count(), 1, `${path}: header`);
    assert.equal(await page.getByRole('navigation', { name: 'Sections' }).count(), 1, `${path}: section navigation`);
    assert.equal(await page.getByRole('main').count(), 1, `${path}: main`);
    assert.equal(await page.getByRole('contentinfo').count(), 1, `${path}: footer`);
    const sidebars = await page.getByRole('complementary', { name: 'More news' }).count();
    assert.equal(sidebars, path === '/no/such/page' ? 0 : 1, `${path}: sidebar`);
  }
  assert.deepEqual(page.crashes, []);
});

test('after in-app navigation focus is on the new h1 and the new page is announced', async () => {
  const page = await openPage(browser);
  await page.goto(url('/'));
  await settle(page);
  const announcer = page.getByRole('main').getByRole('status').first();
  assert.equal((await announcer.innerText()).trim(), '', 'nothing announced on first load');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Science' }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === 'Science');
  await page.getByRole('status').filter({ hasText: /^Science$/ }).waitFor({ state: 'attached' });
  assert.equal(await announcer.getAttribute('aria-live'), 'polite');

  const headline = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
  const title = (await headline.innerText()).trim();
  await headline.click();
  await page.waitForFunction((text) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === text, title);
  await page.getByRole('status').filter({ hasText: title }).waitFor({ state: 'attached' });

  // Back to the same section: announced again although the text is the one said before.
  await page.goBack();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === 'Science');
  await page.getByRole('status').filter({ hasText: /^Science$/ }).waitFor({ state: 'attached' });
  assert.deepEqual(page.crashes, []);
});

test('the skip link is the first stop, shows itself, and moves focus to the main content', async () => {
  const page = await openPage(browser);
  await page.goto(url(ARTICLE));
  await settle(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  assert.equal(await skip.evaluate((link) => link === document.activeElement), true);
  const box = await skip.boundingBox();
  assert.ok(box && box.y >= 0 && box.height > 0, 'visible when focused');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'MAIN');
  assert.match(page.url(), new RegExp(`${ARTICLE}$`), 'still on the article, not sent to the front page');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
  assert.equal(focused, 'Home', 'the next stop is the first link in the content (the breadcrumb)');
  assert.deepEqual(page.crashes, []);
});

test('every focus stop shows a visible focus indicator, in both themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await openPage(browser, { colorScheme });
    await page.goto(url(ARTICLE));
    await settle(page);
    const seen = new Set();
    // Through every stop of the page, until focus leaves the document at the end.
    for (let i = 0; i < 200; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        return {
          name: `${element.tagName} ${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}`,
          outline: style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0,
          matches: element.matches(':focus-visible'),
        };
      });
      if (!focus) break;
      seen.add(`${i} ${focus.name}`);
      assert.ok(focus.matches, `${colorScheme}: ${focus.name} is :focus-visible`);
      assert.ok(focus.outline >= 2, `${colorScheme}: ${focus.name} has a visible outline (${focus.outline}px)`);
    }
    assert.ok(seen.size > 40, `the walk went through every control (${seen.size} stops)`);
    assert.deepEqual(page.crashes, []);
    await page.context().close();
  }
});

test('readers who prefer reduced motion get no animation', async () => {
  const tickerLink = (page) => page.getByRole('region', { name: 'Trending Now', exact: true }).getByRole('link');
  const slideIn = (page) => tickerLink(page).evaluate((link) => getComputedStyle(link).animationName);
  const moving = (page) =>
    page.evaluate(() => document.getAnimations().filter((a) => (a.effect?.getComputedTiming().duration ?? 0) > 1).length);
  /** Clicks World with its JSON held back, so the page is mid-navigation when looked at. */
  async function navigateSlowly(page) {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    let seen;
    const requested = new Promise((resolve) => (seen = resolve));
    await page.route('**/content/section/world/1.json', async (route) => {
      seen();
      await held;
      await route.continue();
    });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'World' }).click();
    await requested;
    return release;
  }
  const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

  // Without the preference headlines slide in and a progress bar runs (so the checks mean something).
  const normal = await openPage(browser);
  await normal.goto(url('/'));
  await tickerLink(normal).waitFor();
  assert.equal(await slideIn(normal), 'ticker-in');
  const releaseNormal = await navigateSlowly(normal);
  await normal.waitForFunction(() => document.getAnimations().some((a) => (a.effect?.getComputedTiming().duration ?? 0) > 1));
  releaseNormal();
  await normal.context().close();

  const page = await openPage(browser, { reducedMotion: 'reduce' });
  await page.goto(url('/'));
  await tickerLink(page).waitFor();
  assert.equal(await slideIn(page), 'none', 'headlines do not slide');
  const release = await navigateSlowly(page);
  await frames(page);
  assert.equal(await moving(page), 0, 'nothing moves while the next page loads');
  release();
  await page.getByRole('heading', { level: 1, name: 'World' }).waitFor();
  await toggle(page).click();
  assert.equal(await moving(page), 0, 'the theme switch does not slide');
  assert.deepEqual(page.crashes, []);
});

test('the theme follows the system until the reader chooses, and the choice is remembered', async () => {
  const page = await openPage(browser, { colorScheme: 'light' });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.goto(url('/'));
  await settle(page);
  assert.equal(await toggle(page).getAttribute('aria-pressed'), 'false');
  assert.equal(await themeAttribute(page), null, 'no choice written');
  const light = await background();

  // The system setting changes while the page is open: the page and the button follow.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Dark theme', pressed: true }).waitFor();
  const dark = await background();
  assert.notEqual(dark, light);

  // The reader chooses light against their dark system: kept across reloads and navigation.
  await toggle(page).click();
  assert.equal(await toggle(page).getAttribute('aria-pressed'), 'false');
  assert.equal(await themeAttribute(page), 'light');
  assert.equal(await background(), light);
  assert.equal(await page.evaluate(() => localStorage.getItem('gazette:theme')), 'light');
  await page.reload();
  await settle(page);
  assert.equal(await themeAttribute(page), 'light');
  assert.equal(await background(), light);
  assert.equal(await toggle(page).getAttribute('aria-pressed'), 'false');

  // And dark against a light system.
  await page.emulateMedia({ colorScheme: 'light' });
  await toggle(page).click();
  assert.equal(await background(), dark);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Health' }).click();
  await page.getByRole('heading', { level: 1, name: 'Health' }).waitFor();
  assert.equal(await toggle(page).getAttribute('aria-pressed'), 'true');
  await page.reload();
  await settle(page);
  assert.equal(await background(), dark);
  assert.equal(await toggle(page).getAttribute('aria-pressed'), 'true');

  // A stored value this version does not know is no choice: the system decides.
  await page.evaluate(() => localStorage.setItem('gazette:theme', '<script>'));
  await page.reload();
  await settle(page);
  assert.equal(await themeAttribute(page), null);
  assert.equal(await background(), light);
  assert.deepEqual(page.crashes, []);
});
