// The built site carries a strict Content-Security-Policy and runs under it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage, url } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

function policyOf(html) {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(match, 'index.html has a CSP meta tag');
  return Object.fromEntries(match[1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
}

test('the published index.html has a strict policy: no unsafe-inline, no unsafe-eval', () => {
  for (const file of ['dist/index.html', 'dist/404.html']) {
    const html = readFileSync(file, 'utf8');
    const policy = policyOf(html);
    const all = Object.values(policy).flat();
    assert.ok(!all.includes("'unsafe-inline'") && !all.includes("'unsafe-eval'"), `${file}: ${all}`);
    assert.deepEqual(policy['connect-src'], ["'self'"], 'the demo names no comment or newsletter server');
    assert.ok(policy['script-src'].includes("'wasm-unsafe-eval'"));
    // Data blocks (structured data, the route table: type="application/…json") never run.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].filter(([tag]) => !/type="application\/[a-z+]*json"/.test(tag));
    assert.ok(html.includes('application/ld+json') === (file === 'dist/index.html'), `${file}: structured data on the front page only`);
    assert.equal(policy['script-src'].filter((s) => s.startsWith("'sha256-")).length, inline.length, 'every script that runs is hashed');
    assert.ok(html.indexOf('<meta http-equiv="Content-Security-Policy"') < html.indexOf('<script'), 'the policy comes before any script');
  }
});

test('re-pointing site.json and re-running the policy tool allows exactly the named servers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gazette-csp-'));
  cpSync('dist/index.html', join(dir, 'index.html'));
  const site = JSON.parse(readFileSync('dist/site.json', 'utf8'));
  site.comments = { server: 'https://comments.example.org/isso/' };
  site.newsletter = { action: 'https://lists.example.net/subscribe', fields: {} };
  writeFileSync(join(dir, 'site.json'), JSON.stringify(site));
  execFileSync('python3', ['scripts/csp.py', dir]);
  execFileSync('python3', ['scripts/csp.py', dir]); // twice: it replaces, never stacks
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.equal([...html.matchAll(/<meta http-equiv="Content-Security-Policy"/g)].length, 1);
  const policy = policyOf(html);
  assert.deepEqual(policy['connect-src'], ["'self'", 'https://comments.example.org', 'https://lists.example.net']);
});

test('every route runs under the policy without a single violation', async () => {
  const page = await openPage(browser);
  for (const path of ['/', '/article/harbour-city-opens-tidal-barrier', '/section/world', '/tag/climate', '/author/mara-lindqvist', '/nowhere']) {
    await page.goto(url(path));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }
  assert.deepEqual(page.crashes, []);
});
