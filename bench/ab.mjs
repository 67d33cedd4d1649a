// Two builds side by side, for a decision that hangs on a small difference (a build setting, a
// loader change): Lighthouse mobile on the front page and an article, and cold loads to the
// app shown, interleaved A, B, A, B… so that the machine's drift hits both alike. Prints
// medians with their spread; writes nothing. Both folders must be built for the same address
// (the bench's own build is; see docs/performance.md).
//
//   node bench/ab.mjs --a DIST_A --b DIST_B [--runs 9] [--loads 5]
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, coldLoad, launch } from './lib/browser.mjs';
import { audit, launchChrome } from './lib/lighthouse.mjs';
import { serve } from './lib/server.mjs';
import { stats } from './lib/stats.mjs';

const { values: args } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    runs: { type: 'string', default: '9' },
    loads: { type: 'string', default: '5' },
  },
});
if (!args.a || !args.b) throw new Error('usage: node bench/ab.mjs --a DIST_A --b DIST_B [--runs N] [--loads N]');

const home = JSON.parse(readFileSync(join(args.a, 'content/home.json'), 'utf8'));
const PAGES = { home: '/', article: `/article/${home.lead.slug}` };
const sides = { a: await serve(args.a), b: await serve(args.b) };
const results = {};
const record = (side, page, what, value) => {
  const key = `${page} ${what}`;
  results[key] ??= { a: [], b: [] };
  if (value != null) results[key][side].push(value);
};

const chrome = await launchChrome(CHROMIUM_FLAGS);
try {
  for (let run = 0; run < Number(args.runs); run++) {
    for (const [page, path] of Object.entries(PAGES)) {
      for (const side of run % 2 ? ['b', 'a'] : ['a', 'b']) {
        const r = await audit(chrome.port, sides[side].url + path, 'mobile', ['performance']);
        for (const what of ['score', 'fcp', 'lcp', 'tbt', 'benchmarkIndex']) record(side, page, `Lighthouse ${what}`, r[what]);
      }
    }
  }
} finally {
  await chrome.kill();
}
const browser = await launch();
try {
  for (let load = 0; load < Number(args.loads); load++) {
    for (const [page, path] of Object.entries(PAGES)) {
      for (const side of load % 2 ? ['b', 'a'] : ['a', 'b']) {
        const r = await coldLoad(browser, sides[side].url + path);
        record(side, page, 'app shown (ms)', r.app);
        record(side, page, 'headline painted (ms)', r.painted);
      }
    }
  }
} finally {
  await browser.close();
  sides.a.close();
  sides.b.close();
}

const show = (values) => {
  const s = stats(values);
  return s.n ? `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)}, n=${s.n})` : '—';
};
console.log(`| measure | A: ${args.a} | B: ${args.b} |\n| --- | ---: | ---: |`);
for (const [key, { a, b }] of Object.entries(results)) console.log(`| ${key} | ${show(a)} | ${show(b)} |`);
