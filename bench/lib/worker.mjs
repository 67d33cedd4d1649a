// What the service worker costs a first visit (issue 15): cold loads of a page with service
// workers blocked and allowed, alternating, on the same server. The worker is registered once
// the page has loaded and the browser is idle, so the headline must paint as soon either way;
// the bytes are everything the server sent until the worker had installed (its precache).
import { coldLoad } from './browser.mjs';

export async function workerCost(browser, server, path, loads, stats) {
  const runs = { blocked: [], allowed: [] };
  for (let run = 1; run <= loads; run++) {
    for (const [variant, serviceWorkers] of [['blocked', 'block'], ['allowed', 'allow']]) {
      const before = server.sent.bytes;
      const result = await coldLoad(browser, server.url + path, { throttle: true, serviceWorkers, waitForWorker: serviceWorkers === 'allow' });
      runs[variant].push({ ...result, sentBytes: server.sent.bytes - before });
    }
  }
  const summary = (results) => ({
    headline: stats(results.map((r) => r.headline)),
    painted: stats(results.map((r) => r.painted)),
    app: stats(results.map((r) => r.app).filter((v) => v !== null)),
    sentBytes: stats(results.map((r) => r.sentBytes)),
  });
  const blocked = summary(runs.blocked);
  const allowed = summary(runs.allowed);
  return {
    path,
    blocked,
    allowed,
    workerReady: stats(runs.allowed.map((r) => r.workerReady)),
    extraBytes: allowed.sentBytes.median - blocked.sentBytes.median,
    headlineDelta: allowed.headline.median - blocked.headline.median,
  };
}
