// Relevance of a search engine on bench/relevance.json: each query's top ten stories, scored by
// recall@10 (the share of the expected stories in the top ten) and reciprocal rank (1 / the
// rank of the first expected story in the top ten, 0 when none is). Both engines are asked in
// Chromium, as readers ask them: Gazette through its results page, Pagefind through its own
// browser API on the same build's static copies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RELEVANCE = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'relevance.json'), 'utf8'));

/** The slug of an article's address, whatever its form (`/article/a-b`, `/article/a-b.html`). */
export const slugOf = (href) => new URL(href, 'http://x').pathname.match(/\/article\/([^/.]+)/)?.[1] ?? href;

export function score(found, expected) {
  const top = found.slice(0, 10);
  const recall = expected.filter((slug) => top.includes(slug)).length / expected.length;
  const first = top.findIndex((slug) => expected.includes(slug));
  return { recall, reciprocalRank: first < 0 ? 0 : 1 / (first + 1) };
}

/** Runs every query through `ask` (query → slugs, best first) and sums up, also per kind. */
export async function evaluate(ask) {
  const rows = [];
  for (const { q, kind, expect } of RELEVANCE.queries) {
    const found = await ask(q);
    rows.push({ q, kind, expect, found: found.slice(0, 10), ...score(found, expect) });
  }
  const mean = (list, key) => list.reduce((sum, row) => sum + row[key], 0) / Math.max(list.length, 1);
  const kinds = [...new Set(rows.map((row) => row.kind))];
  const byKind = Object.fromEntries(
    kinds.map((kind) => {
      const of = rows.filter((row) => row.kind === kind);
      return [kind, { queries: of.length, recall: mean(of, 'recall'), mrr: mean(of, 'reciprocalRank') }];
    }),
  );
  return { recall: mean(rows, 'recall'), mrr: mean(rows, 'reciprocalRank'), byKind, rows };
}

/** Gazette's answer: the results page's first page of cards, in order. */
export function askGazette(page, base) {
  return async (q) => {
    await page.goto(`${base}/search?q=${encodeURIComponent(q)}`);
    const heading = `Search results for “${q.trim()}”`;
    await page.waitForFunction(
      (expected) =>
        document.querySelector('main h1')?.textContent.trim() === expected && document.querySelector('main .archive-count'),
      heading,
      { polling: 50, timeout: 30_000 },
    );
    const hrefs = await page.locator('main .card-list article h3 a').evaluateAll((links) => links.map((a) => a.href));
    return hrefs.map(slugOf);
  };
}

/**
 * Pagefind's answer through its browser API (`pagefind.js`, with its wasm), loaded in a page of
 * the site that has no policy of its own (robots.txt), as a site adding Pagefind would allow.
 */
export function askPagefind(page, base) {
  let opened = false;
  return async (q) => {
    if (!opened) {
      await page.goto(`${base}/robots.txt`);
      opened = true;
    }
    const urls = await page.evaluate(async (query) => {
      window.pagefind ??= await import('/pagefind/pagefind.js');
      const search = await window.pagefind.search(query);
      const top = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
      return top.map((data) => data.url);
    }, q);
    return urls.map(slugOf);
  };
}

/** Bytes on the wire (transferSize) of the page's requests whose path contains `part`. */
export async function bytesUnder(page, part) {
  return page.evaluate(
    (p) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes(p))
        .reduce((sum, e) => sum + e.transferSize, 0),
    part,
  );
}
