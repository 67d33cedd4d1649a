// Lighthouse 12.2.3 (bench/package.json) against Debian's Chromium, through its Node API so
// that one browser serves every run (Lighthouse clears the cache and storage before each run).
// Mobile: the default config (Moto G Power, simulated slow 4G, 4x CPU). Desktop: its preset.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

export async function launchChrome(flags) {
  return chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: flags, logLevel: 'silent' });
}

/** One Lighthouse run: { score, fcp, lcp, tbt, cls } (ms, score 0–100), or { error }. */
export async function audit(port, url, formFactor) {
  const flags = { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
  const runner = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  const lhr = runner?.lhr;
  if (!lhr || lhr.runtimeError) return { error: lhr?.runtimeError?.message ?? 'no result' };
  const value = (id) => lhr.audits[id]?.numericValue ?? null;
  const score = lhr.categories.performance.score;
  return {
    score: score == null ? null : Math.round(score * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    warnings: lhr.runWarnings ?? [],
  };
}

