// Lighthouse 12.2.3 (bench/package.json) against Debian's Chromium, through its Node API so
// that one browser serves every run (Lighthouse clears the cache and storage before each run).
// Mobile: the default config (Moto G Power, simulated slow 4G, 4x CPU). Desktop: its preset.
// Performance and SEO come from the same run: the SEO audits read the DOM, the links, the
// response's status and headers and the site's robots.txt after the load, so they do not touch
// the performance trace.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

export async function launchChrome(flags) {
  return chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: flags, logLevel: 'silent' });
}

const percent = (category) => (category?.score == null ? null : Math.round(category.score * 100));

/**
 * The SEO audits that count towards the score and did not pass, each with why: Lighthouse's
 * explanation and a few of the elements it names (a score alone would not say what to fix).
 */
function seoFailures(lhr) {
  const refs = lhr.categories.seo?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== 1 && !['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode))
    .map((a) => ({
      id: a.id,
      title: a.title,
      explanation: a.explanation ?? a.errorMessage ?? null,
      items: (a.details?.items ?? []).slice(0, 3).map((item) => {
        // The element (a tag, link or image), the offending robots.txt line, or else the item.
        const line = item.message && `robots.txt line ${item.index}: ${item.message} (${item.line})`;
        const named = item.node?.snippet ?? item.source?.snippet ?? line ?? item.href ?? item.source?.url ?? item.url ?? JSON.stringify(item);
        return String(named).slice(0, 160);
      }),
    }));
}

/**
 * One Lighthouse run: { score, seo, seoFailures, fcp, lcp, tbt, cls } (ms, scores 0–100; the
 * performance fields are null when `categories` leaves performance out), or { error }.
 */
export async function audit(port, url, formFactor, categories = ['performance', 'seo']) {
  const flags = { port, output: 'json', logLevel: 'error', onlyCategories: categories };
  const runner = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  const lhr = runner?.lhr;
  if (!lhr || lhr.runtimeError) return { error: lhr?.runtimeError?.message ?? 'no result' };
  const value = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    score: percent(lhr.categories.performance),
    seo: percent(lhr.categories.seo),
    seoFailures: lhr.categories.seo ? seoFailures(lhr) : [],
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    warnings: lhr.runWarnings ?? [],
    // Lighthouse's measure of this machine's CPU speed (a mid-range phone is about 500-1000
    // unthrottled, a desktop 1500+): its simulated TBT and LCP scale with it, so runs on
    // different days compare only with it beside them.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  };
}
