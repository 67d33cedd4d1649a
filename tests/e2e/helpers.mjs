// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core.
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8080';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

export function url(path) {
  return new URL(path, BASE_URL).toString();
}

/**
 * Records on `page.crashes` what must never happen: an uncaught error (a wasm panic shows up
 * as one) and any Content-Security-Policy violation, so every test that checks
 * `page.crashes` is empty also checks the page kept to its policy.
 */
export async function watchForCrashes(page) {
  page.crashes = [];
  page.on('pageerror', (error) => page.crashes.push(String(error)));
  page.on('console', (message) => {
    if (message.text().startsWith('securitypolicyviolation:')) page.crashes.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`securitypolicyviolation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

/**
 * Waits until the app has taken over from the build's static copy of the page (tools/pages,
 * src/handoff.rs), which it removes then (also when it shows an error instead). Tests act as
 * a reader of the running app does; `prerender.test.mjs` covers the copy itself.
 */
export async function appTookOver(page) {
  await page.waitForFunction(() => !document.getElementById('prerendered'));
}

/**
 * A fresh page in its own context, watched by `watchForCrashes`. Its `goto` and `reload`
 * return once the app has taken over the page (`appTookOver`); `options.copyOnly` keeps
 * Playwright's own, for tests of the static copy. Without the service worker (a first visit,
 * which must work without one): requests a worker answers never reach `page.route`, which
 * many tests use to stage failures. The worker's own tests use `offline-helpers.mjs`.
 */
export async function openPage(browser, { copyOnly = false, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  await watchForCrashes(page);
  if (!copyOnly) {
    for (const method of ['goto', 'reload']) {
      const original = page[method].bind(page);
      page[method] = async (...args) => {
        const response = await original(...args);
        await appTookOver(page);
        return response;
      };
    }
  }
  return page;
}

/** A page showing only the build's copy until `page.release()` lets the wasm download go on. */
export async function heldPage(browser, options = {}) {
  const page = await openPage(browser, { copyOnly: true, ...options });
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/*_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  page.release = release;
  return page;
}
