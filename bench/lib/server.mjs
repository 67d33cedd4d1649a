// The benchmark's static server: sirv (as `sirv --single` in the tests), serving the
// precompressed .br/.gz files, with SPA fallback to index.html, plus the response headers that
// docs/performance.md recommends to publishers, so that what is measured is what they would get:
//   hashed assets (name-<16 hex>.ext)        public, max-age=31536000, immutable
//   index.html, 404.html and the SPA fallback no-cache (revalidated every time, ETag)
//   site.json, content/**.json               public, max-age=60, stale-while-revalidate=600
//   images/**                                public, max-age=86400
// and a strict Content-Security-Policy (no 'unsafe-inline'; inline scripts allowed by hash).
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// From the root node_modules (sirv-cli's dependency), like playwright-core.
import sirv from 'sirv';

export const HASHED = /-[0-9a-f]{15,16}(_bg)?\.(wasm|js|css|svg|png|jpe?g|webp|woff2?)$/;

/** 'sha256-…' of every inline <script> in the page, for script-src. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The policy the bench serves (and docs/performance.md shows): nothing inline but by hash. */
export function contentSecurityPolicy(indexHtml) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(indexHtml).join(' ')}`,
    "style-src 'self'",
    "img-src 'self' https: data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function cacheControl(pathname, isHtml) {
  if (isHtml) return 'no-cache';
  if (HASHED.test(pathname)) return 'public, max-age=31536000, immutable';
  if (pathname.includes('/images/')) return 'public, max-age=86400';
  return 'public, max-age=60, stale-while-revalidate=600';
}

/**
 * A port nothing listens on now, for a site that must know its own address before it is
 * served (its canonical links, sitemaps and feeds are written against it: see bench.mjs).
 */
export async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Serves `dir` on 127.0.0.1 (`port`, or a free one). Returns { url, close, hits, sent } where
 * hits counts requests per path, so a test can check that a preloaded document is fetched once,
 * and `sent.bytes` every byte of every answer (what a first visit costs, worker included).
 */
export async function serve(dir, { csp = true, port: wanted = 0 } = {}) {
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  const policy = contentSecurityPolicy(index);
  const hits = new Map();
  const sent = { bytes: 0 };
  const handler = sirv(dir, {
    single: true,
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders(res, pathname) {
      const isHtml = !/\.[a-z0-9]+$/i.test(pathname) || pathname.endsWith('.html');
      res.setHeader('Cache-Control', cacheControl(pathname, isHtml));
      if (csp && isHtml) res.setHeader('Content-Security-Policy', policy);
    },
  });
  const server = createServer((req, res) => {
    const path = req.url.split('?')[0];
    hits.set(path, (hits.get(path) ?? 0) + 1);
    for (const method of ['write', 'end']) {
      const original = res[method].bind(res);
      res[method] = (chunk, ...rest) => {
        if (chunk && typeof chunk !== 'function') sent.bytes += Buffer.byteLength(chunk);
        return original(chunk, ...rest);
      };
    }
    handler(req, res);
  });
  server.keepAliveTimeout = 5000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(wanted, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    sent,
    policy,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(resolve);
      }),
  };
}
