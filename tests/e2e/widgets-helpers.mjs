// Helpers for the widget tests: a newsletter endpoint on 127.0.0.1, site.json pointing at it,
// and a layout-shift observer (the CLS of everything that happened since the page started).
import http from 'node:http';

/**
 * A newsletter endpoint like the embedded-form endpoints of Buttondown or listmonk, on another
 * origin than the site (another port), answering with CORS allowed. With `hold`, each answer
 * waits until `release()`, so a test can look at the page while a request is pending.
 */
export async function startEndpoint({ hold = false } = {}) {
  const requests = [];
  let release;
  const released = hold ? new Promise((resolve) => (release = resolve)) : Promise.resolve();
  let firstSeen;
  const firstRequest = new Promise((resolve) => (firstSeen = resolve));
  const server = http.createServer(async (req, res) => {
    const cors = { 'Access-Control-Allow-Origin': '*' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type' });
      res.end();
      return;
    }
    let body = '';
    for await (const chunk of req) body += chunk;
    requests.push({ method: req.method, type: req.headers['content-type'], body });
    firstSeen();
    await released;
    res.writeHead(200, { ...cors, 'Content-Type': 'text/plain' });
    res.end('subscribed');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/subscribe`,
    requests,
    firstRequest,
    release: () => release?.(),
    close: () => {
      release?.();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Serves site.json with `newsletter.action` set to `action` and the given hidden fields. */
export async function useNewsletter(page, action, fields) {
  await page.route('**/site.json', async (route) => {
    const response = await route.fetch();
    const site = await response.json();
    site.newsletter = { action, fields };
    await route.fulfill({ response, json: site });
  });
}

/** Sums every layout shift not caused by input, from the very start of the page. */
export async function trackLayoutShifts(page) {
  await page.addInitScript(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export function layoutShift(page) {
  return page.evaluate(() => window.__layoutShift);
}

/** Waits until the network has been quiet (every widget, image and font is in) and a frame
 *  has been painted, so that any shift they caused has been reported. */
export async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
