// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core.
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8080';

const CHROMIUM_FLAGS = [
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

/** A fresh page in its own context, watched by `watchForCrashes`. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await watchForCrashes(page);
  return page;
}
