// Not part of the bench: one quick Lighthouse pass over a running server, for development.
// node bench/quick-lh.mjs http://127.0.0.1:PORT [runs]
import { launchChrome, audit } from './lib/lighthouse.mjs';
const base = process.argv[2];
const runs = Number(process.argv[3] ?? 1);
const chrome = await launchChrome(['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']);
try {
  for (const path of ['/article/harbour-city-opens-tidal-barrier', '/', '/section/world']) {
    for (const form of ['mobile']) {
      for (let i = 0; i < runs; i++) {
        const r = await audit(chrome.port, base + path, form);
        console.log(path, form, r.score, 'FCP', Math.round(r.fcp), 'LCP', Math.round(r.lcp), 'TBT', Math.round(r.tbt), 'CLS', r.cls?.toFixed(3), r.error ?? '');
      }
    }
  }
} finally {
  await chrome.kill();
}
