// Valid documents: every page the build writes, and the document the app leaves once it has
// run (after a deep link and after in-app navigation), have no errors from the Nu Html Checker
// (npm vnu-jar, run with Debian's Java), the W3C's own validator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import vnuJar from 'vnu-jar';
import { launchBrowser, openPage, url } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The checker's errors for `files`, one line each ("file:line: message"). */
async function htmlErrors(files) {
  const args = ['-jar', String(vnuJar), '--errors-only', '--format', 'json', ...files];
  // The checker exits 1 when it finds errors; its report is on stderr either way.
  const { stderr } = await promisify(execFile)('java', args, { maxBuffer: 64 << 20 }).catch((failure) => failure);
  const { messages } = JSON.parse(stderr);
  return messages.map((m) => `${m.url.split('/').slice(-2).join('/')}:${m.lastLine}: ${m.message} ${m.extract ?? ''}`.trim());
}

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

test('every page the build writes is valid HTML', async () => {
  const files = htmlFiles('dist');
  assert.ok(files.length > 30, `the copies are there: ${files.length}`);
  assert.deepEqual(await htmlErrors(files), []);
});

test('the document the app leaves is valid HTML, on every kind of page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gazette-dom-'));
  const page = await openPage(browser);
  const snapshot = async (name) => {
    // Widgets and comment counts have answered: the document is the one a reader keeps.
    await page.waitForLoadState('networkidle');
    const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
    writeFileSync(join(dir, `${name}.html`), html);
  };
  for (const [name, path] of [
    ['home', '/'],
    ['section', '/section/world'],
    ['tag', '/tag/climate'],
    ['author', '/author/amara-teodorescu'],
    ['search', '/search?q=harbour'],
    ['not-found', '/no/such/page'],
  ]) {
    await page.goto(url(path));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await snapshot(name);
  }
  // In-app navigation: front page → its lead story.
  await page.goto(url('/'));
  await page.getByRole('main').locator('article a').first().click();
  await page.waitForURL('**/article/**');
  await page.locator('h1.headline').waitFor();
  await snapshot('article-after-navigation');
  assert.deepEqual(page.crashes, []);
  await page.context().close();
  assert.deepEqual(await htmlErrors(htmlFiles(dir)), []);
});
