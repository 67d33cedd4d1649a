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
 * A fresh page whose uncaught errors and console errors are recorded, so that a test can
 * check the app never crashed (a wasm panic shows up as a page error).
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.crashes = [];
  page.on('pageerror', (error) => page.crashes.push(String(error)));
  return page;
}
