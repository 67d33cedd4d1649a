// The widgets a reader acts on: the Free Subscription form against a real newsletter endpoint
// started here (node:http on 127.0.0.1), and the Trending Now ticker, whose time is driven by
// Playwright's clock so that "it stays still" is checked without waiting.
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

const ARTICLE = '/article/harbour-city-opens-tidal-barrier';
const ROTATE_MS = 5000;

const region = (page, name) => page.getByRole('region', { name, exact: true });
const tickerLink = (page) => region(page, 'Trending Now').getByRole('link');

test('the subscription box says when subscriptions are not set up', async () => {
  const page = await openPage(browser);
  await page.goto(url('/'));
  const box = region(page, 'Free Subscription');
  await box.getByText('Subscriptions are not set up yet.').waitFor();
  await box.getByLabel('Email address').fill('reader@example.org');
  await box.getByRole('button', { name: 'Subscribe' }).click();
  await box.getByRole('status').filter({ hasText: /not set up/ }).waitFor();
  assert.deepEqual(page.crashes, []);
});

test('subscribing: invalid address, then one request to the endpoint, then thanks', async () => {
  const endpoint = await startEndpoint({ hold: true });
  try {
    const page = await openPage(browser);
    await useNewsletter(page, endpoint.url, { list: 'morning-briefing', embed: '1' });
    await page.goto(url(ARTICLE));
    const box = region(page, 'Free Subscription');
    const field = box.getByLabel('Email address');
    await field.waitFor();
    assert.equal(await box.getByText(/not set up/).count(), 0);

    await field.fill('reader@example');
    await box.getByRole('button', { name: 'Subscribe' }).click();
    const error = box.getByText('Please enter a valid email address.');
    await error.waitFor();
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    const errorId = await error.getAttribute('id');
    assert.ok((await field.getAttribute('aria-describedby')).split(' ').includes(errorId));
    assert.equal(await field.evaluate((input) => document.activeElement === input), true, 'focus is on the field');
    assert.equal(endpoint.requests.length, 0, 'nothing sent');

    await field.fill('reader+news@example.org');
    const button = box.getByRole('button', { name: /Subscrib/ });
    await button.click();
    await endpoint.firstRequest;
    assert.equal(await button.isDisabled(), true, 'no second submission while the first is pending');
    await field.press('Enter');
    endpoint.release();
    await box.getByRole('status').filter({ hasText: /Thank you for subscribing/ }).waitFor();
    assert.equal(await error.count(), 0);
    assert.equal(endpoint.requests.length, 1, 'exactly one request');
    const [request] = endpoint.requests;
    assert.equal(request.method, 'POST');
    assert.equal(request.type, 'application/x-www-form-urlencoded');
    assert.deepEqual(Object.fromEntries(new URLSearchParams(request.body)), {
      email: 'reader+news@example.org',
      embed: '1',
      list: 'morning-briefing',
    });
    assert.deepEqual(page.crashes, []);
  } finally {
    await endpoint.close();
  }
});

test('subscribing while the newsletter service is down says so', async () => {
  const endpoint = await startEndpoint();
  await endpoint.close();
  const page = await openPage(browser);
  await useNewsletter(page, endpoint.url, {});
  await page.goto(url('/'));
  const box = region(page, 'Free Subscription');
  await box.getByLabel('Email address').fill('reader@example.org');
  await box.getByRole('button', { name: 'Subscribe' }).click();
  await box.getByRole('status').filter({ hasText: /couldn't confirm your subscription/ }).waitFor();
  assert.equal(await box.getByRole('button', { name: 'Subscribe' }).isEnabled(), true, 'ready to try again');
  assert.deepEqual(page.crashes, []);
});

test('the Trending Now ticker rotates, and pauses on hover and on focus', async () => {
  const page = await openPage(browser);
  await page.clock.install();
  await page.goto(url(ARTICLE));
  const link = tickerLink(page);
  await link.waitFor();
  const first = await link.innerText();
  await page.clock.runFor(ROTATE_MS + 100);
  await tickerLink(page).filter({ hasNotText: first }).waitFor();

  await link.hover();
  const hovered = await tickerLink(page).innerText();
  await page.clock.runFor(4 * ROTATE_MS);
  assert.equal(await tickerLink(page).innerText(), hovered, 'still while the pointer is on it');
  await page.mouse.move(5, 600);
  await page.clock.runFor(ROTATE_MS + 100);
  await tickerLink(page).filter({ hasNotText: hovered }).waitFor();

  await tickerLink(page).focus();
  const focused = await tickerLink(page).innerText();
  await page.clock.runFor(4 * ROTATE_MS);
  assert.equal(await tickerLink(page).innerText(), focused, 'still while it has focus');
  assert.deepEqual(page.crashes, []);
});

test('the ticker stands still for readers who prefer reduced motion', async () => {
  const page = await openPage(browser, { reducedMotion: 'reduce' });
  await page.clock.install();
  await page.goto(url(ARTICLE));
  const link = tickerLink(page);
  await link.waitFor();
  const first = await link.innerText();
  await page.clock.runFor(6 * ROTATE_MS);
  assert.equal(await tickerLink(page).innerText(), first);
  const ticker = region(page, 'Trending Now');
  assert.equal(await ticker.getByRole('button', { name: 'Play headlines' }).count(), 1, 'offered, not started');
  const running = await link.evaluate((a) => a.getAnimations().filter((x) => x.playState === 'running').length);
  assert.equal(running, 0, 'no animation');
  // Readers can still step through the headlines by hand.
  await ticker.getByRole('button', { name: 'Next headline' }).click();
  await tickerLink(page).filter({ hasNotText: first }).waitFor();
  assert.deepEqual(page.crashes, []);
});
