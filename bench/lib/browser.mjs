// In-browser timings with playwright-core (root node_modules) and Debian's Chromium.
// Throttling is applied per page through the Chrome DevTools Protocol, with Lighthouse's own
// mobile figures ("slow 4G", applied as DevTools throttling: request latency 150 ms x 3.75,
// 1.6 Mbit/s x 0.9 down, 750 kbit/s x 0.9 up) and a 4x CPU slowdown.
import { chromium } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
export const CPU_SLOWDOWN = 4;
export const MOBILE_VIEWPORT = { width: 412, height: 823 }; // Lighthouse's Moto G Power screen
export const DESKTOP_VIEWPORT = { width: 1350, height: 940 }; // Lighthouse's desktop screen

/**
 * Runs before any page script: records when the page's h1 (the headline, or the archive's or
 * front page's heading: in the build's static copy of the page, or drawn by the app with the
 * route's data) is first in the document with text, the frame after that, when the app shows
 * its own page, LCP, and any CSP violation.
 */
const PROBE = () => {
  const marks = (window.__bench = { headline: null, frame: null, app: null, lcp: null, lcpElement: null, shifts: [], csp: [] });
  const describe = (node) => {
    if (!node || !node.nodeName) return '(gone)';
    const id = node.id ? `#${node.id}` : '';
    const cls = typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
    return `${node.nodeName.toLowerCase()}${id}${cls}`;
  };
  const seen = () => {
    const h1 = document.querySelector('main h1');
    if (!h1 || !h1.textContent.trim() || marks.headline !== null) return;
    marks.headline = performance.now();
    requestAnimationFrame(() => (marks.frame = performance.now()));
  };
  // When the app shows its own page: its h1 drawn in #app and the build's static copy gone
  // (src/handoff.rs); on a page without a copy, when the app draws the h1.
  const appShown = () => {
    const app = document.getElementById('app');
    const h1 = app && !app.hidden && !document.getElementById('prerendered') && app.querySelector('main h1');
    if (!h1 || !h1.textContent.trim() || marks.app !== null) return;
    marks.app = performance.now();
  };
  new MutationObserver(() => {
    seen();
    appShown();
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      marks.lcp = entry.startTime;
      marks.lcpElement = `${describe(entry.element)}${entry.url ? ` ${entry.url.replace(location.origin, '')}` : ''}`;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // What moved, and how far: the elements behind any CLS.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources ?? []).map(
        (s) => `${describe(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`,
      );
      marks.shifts.push({ value: entry.value, at: Math.round(entry.startTime), sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('securitypolicyviolation', (e) => marks.csp.push(`${e.violatedDirective} ${e.blockedURI}`));
};

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS.slice(1) });
}

// Service workers are blocked unless a measure asks for them (the worker's own cost, see
// lib/worker.mjs): DevTools throttling does not reach the fetches a worker makes, so a page the
// worker answers would be timed on an unthrottled network. Measured here: a search typed into
// an article whose worker had registered showed results in 0.3 s, below one throttled round trip.
async function newPage(browser, { throttle, viewport = MOBILE_VIEWPORT, serviceWorkers = 'block' }) {
  const context = await browser.newContext({ viewport, locale: 'en-US', serviceWorkers });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  return { context, page, cdp };
}

/** Counts requests in flight, so that a load can wait until the network is quiet. */
function trackRequests(page) {
  const tracker = { inflight: 0, last: Date.now() };
  const done = () => {
    tracker.inflight -= 1;
    tracker.last = Date.now();
  };
  page.on('request', () => {
    tracker.inflight += 1;
    tracker.last = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return tracker;
}

/** Waits until no request has been in flight for `quietMs` (at most `timeoutMs`). */
async function networkQuiet(tracker, quietMs, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (tracker.inflight <= 0 && Date.now() - tracker.last >= quietMs) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function waitForHeadline(page, timeoutMs) {
  // A page without any script (the static twin) has no app to wait for. Its structured data
  // (JSON-LD) is a <script> too, but a data block: nothing runs.
  const ready = () =>
    window.__bench?.frame != null && (window.__bench.app !== null || !document.querySelector('script:not([type="application/ld+json"])'));
  await page.waitForFunction(ready, null, {
    timeout: timeoutMs,
    polling: 50,
  });
  return page.evaluate(() => window.__bench);
}

/**
 * A cold load (new browser context: empty cache) of `url`: ms from navigation start to the
 * headline in the document and painted, LCP, and what was fetched: bytes on the wire
 * (transferSize: headers + encoded body) and encoded bodies only, from Resource Timing.
 */
export async function coldLoad(browser, url, { throttle = true, viewport, serviceWorkers, waitForWorker = false, timeoutMs = 60_000 } = {}) {
  const { context, page } = await newPage(browser, { throttle, viewport, serviceWorkers });
  const tracker = trackRequests(page);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const marks = await waitForHeadline(page, timeoutMs);
    // Let the page settle (images in view arrive; lazy ones below the fold stay unloaded), then
    // count every byte fetched. Quiet = no request in flight for 1.5 s (> 2 throttled RTTs).
    await page.waitForLoadState('load', { timeout: timeoutMs });
    await networkQuiet(tracker, 1500, timeoutMs);
    const fetched = await page.evaluate(() => {
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
      return entries.map((e) => ({
        name: e.name.replace(location.origin, ''),
        transfer: e.transferSize,
        body: e.encodedBodySize,
        decoded: e.decodedBodySize,
        end: e.responseEnd,
      }));
    });
    const { lcp, lcpElement, shifts } = await page.evaluate(() => window.__bench);
    // The service worker installed (its downloads done), ms from the navigation.
    const workerReady = waitForWorker
      ? await page.evaluate(() => navigator.serviceWorker.ready.then(() => performance.now()))
      : null;
    const sum = (key) => fetched.reduce((total, e) => total + e[key], 0);
    return {
      headline: marks.headline,
      painted: marks.frame,
      app: marks.app,
      lcp,
      lcpElement,
      cls: shifts.reduce((total, shift) => total + shift.value, 0),
      shifts,
      csp: marks.csp,
      workerReady,
      requests: fetched.length,
      transferBytes: sum('transfer'),
      bodyBytes: sum('body'),
      decodedBytes: sum('decoded'),
      fetched,
    };
  } finally {
    await context.close();
  }
}

/**
 * Inside the loaded app, ms from an action to `title` in the page's h1 and painted. The action
 * is a click on a link to `href` (added for the purpose, as a reader's click on a headline), or
 * without `href`, submitting the header's search form (what the reader typed into it).
 */
function timeInApp(page, { href }, title, timeoutMs) {
  return page.evaluate(
    ({ href, title, timeoutMs }) =>
      new Promise((resolve, reject) => {
        const link = href ? Object.assign(document.createElement('a'), { href, textContent: 'next' }) : null;
        if (link) document.body.append(link);
        const form = href ? null : document.querySelector('#site-search')?.form;
        if (!href && !form) return reject(new Error('no header search form (#site-search)'));
        const timer = setTimeout(() => reject(new Error(`no headline "${title}" after ${timeoutMs} ms`)), timeoutMs);
        let t0;
        let headline = null;
        const check = () => {
          const h1 = document.querySelector('main h1');
          if (headline !== null || !h1 || h1.textContent.trim() !== title) return;
          headline = performance.now() - t0;
          observer.disconnect();
          requestAnimationFrame(() => {
            clearTimeout(timer);
            link?.remove();
            resolve({ headline, painted: performance.now() - t0 });
          });
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        t0 = performance.now();
        if (link) link.click();
        else form.requestSubmit();
      }),
    { href, title, timeoutMs },
  );
}

/** Loads `path` in a fresh throttled page and waits for the app to show it. */
async function openInApp(browser, url, { throttle, timeoutMs }) {
  const opened = await newPage(browser, { throttle });
  await opened.page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  await waitForHeadline(opened.page, timeoutMs);
  await opened.page.waitForLoadState('load', { timeout: timeoutMs });
  return opened;
}

/**
 * In-app navigation between two articles: load `from`, then click a link to `to` (its JSON
 * not yet fetched: uncached), back to `from` (fetched at load: in the HTTP cache), and to `to`
 * again (cached). ms from the click to the new headline in the document and painted.
 */
export async function clickThrough(browser, base, from, to, { throttle = true, timeoutMs = 60_000 } = {}) {
  const { context, page } = await openInApp(browser, `${base}/article/${from.slug}`, { throttle, timeoutMs });
  const click = (article) => timeInApp(page, { href: `${base}/article/${article.slug}` }, article.title, timeoutMs);
  try {
    const uncached = await click(to);
    const cachedBack = await click(from);
    const cachedAgain = await click(to);
    return { uncached, cachedBack, cachedAgain };
  } finally {
    await context.close();
  }
}

/**
 * Searching from the header of an article: `first` (no part of the search index fetched
 * before the reader went into the box), then `second` (another word: its own shard and
 * results), then `first` again (all cached).
 * ms from submitting the form to the results page's heading in the document and painted.
 */
export async function searchThrough(browser, base, from, first, second, { throttle = true, timeoutMs = 60_000 } = {}) {
  const { context, page } = await openInApp(browser, `${base}/article/${from.slug}`, { throttle, timeoutMs });
  const search = async (query) => {
    // As a reader does: into the box (which starts the index's download), the word typed at
    // about ten characters a second, then the clock starts as the form is submitted.
    const field = page.locator('#site-search');
    await field.fill('');
    await field.focus();
    await page.keyboard.type(query, { delay: 100 });
    return timeInApp(page, {}, `Search results for “${query}”`, timeoutMs);
  };
  try {
    const uncached = await search(first);
    const other = await search(second);
    const cachedAgain = await search(first);
    return { uncached, other, cachedAgain };
  } finally {
    await context.close();
  }
}
