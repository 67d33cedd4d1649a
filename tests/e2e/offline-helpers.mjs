// Shared set-up for the tests of the service worker (offline.test.mjs, update.test.mjs and the
// sub-folder build): a persistent browser profile, as a reader's browser keeps its workers and
// caches between visits, and waits for the worker's own conditions (never for time).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, appTookOver, watchForCrashes } from './helpers.mjs';

/**
 * A fresh profile in a folder of its own; `close()` also deletes the folder. `page` is watched
 * by `watchForCrashes`, and its `gotoApp` returns once the app has taken over the page.
 */
export async function launchProfile(options = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'gazette-profile-'));
  const context = await chromium.launchPersistentContext(folder, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await watchForCrashes(page);
  page.gotoApp = async (address) => {
    await page.goto(address);
    await appTookOver(page);
  };
  page.reloadApp = async () => {
    await page.reload();
    await appTookOver(page);
  };
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `body(page, context)` as a reader with a fresh profile (`launchProfile(options)`),
 * then checks the page never crashed nor broke its policy, and closes the profile either way.
 */
export async function asReader(options, body) {
  const reader = await launchProfile(options);
  try {
    await body(reader.page, reader.context);
    if (reader.page.crashes.length > 0) throw new Error(`the page crashed:\n${reader.page.crashes.join('\n')}`);
  } finally {
    await reader.close();
  }
}

/** Waits until a service worker controls the page (the first one claims it when it starts). */
export async function workerControls(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Waits until some cache of the site holds `address` (resolved against the page). */
export async function cached(page, address) {
  await page.waitForFunction(async (href) => (await caches.match(new URL(href, document.baseURI).href)) !== undefined, address, {
    polling: 100,
  });
}

/** The names of the site's caches. */
export function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

/**
 * Opens `address` in a fresh profile, waits for the worker, and asserts that Chromium's own
 * installability check (`Page.getInstallabilityErrors`) finds nothing missing and that every
 * icon of the manifest is a PNG of its stated size. Returns the manifest.
 */
export async function installable(address) {
  let manifest;
  await asReader({}, async (page, context) => {
    await page.gotoApp(address);
    await workerControls(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    if (installabilityErrors.length > 0) throw new Error(`not installable: ${JSON.stringify(installabilityErrors)}`);
    const href = await page.locator('link[rel="manifest"]').evaluate((link) => link.href);
    manifest = await page.evaluate(async (file) => (await fetch(file)).json(), href);
    for (const icon of manifest.icons) {
      const size = await page.evaluate(async (src) => {
        const bitmap = await createImageBitmap(await (await fetch(src)).blob());
        return `${bitmap.width}x${bitmap.height}`;
      }, new URL(icon.src, href).href);
      if (size !== icon.sizes) throw new Error(`${icon.src} is ${size}, not ${icon.sizes}`);
    }
  });
  return manifest;
}
