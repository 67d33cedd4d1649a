// A new build deployed while a reader has a page open (issue 15): the new worker waits, a
// polite "A new version of the site is available — Reload" appears, the open page keeps
// running on its own build's files (never the new JS with the old wasm), and Reload brings the
// new version in whole; the old build's caches go. Then site.json `serviceWorker: false`
// removes the worker and every cache of ours.
//
// The second version is made the way a publisher re-deploys without a rebuild: a copy of the
// built site with site.json changed and the app's script changed under the same name (the
// hazard of a mix), run through scripts/reconfigure.sh, which gives the worker the files'
// new revisions. A second release build would take minutes and change nothing the worker sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoViolations } from './axe.mjs';
import { startSite } from './site-server.mjs';
import { asReader, cacheNames, workerControls } from './offline-helpers.mjs';

const BUILT = '.tmp/e2e-site';
const NEXT = '.tmp/e2e-update/next';
const OFF = '.tmp/e2e-update/off';
const TAGLINE = 'The second version of the news';
const MARK = '// the second version';

/** A copy of `from` at `to`, changed by `change(folder)`, brought in line by reconfigure.sh. */
function deploy(from, to, change) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  change(to);
  execFileSync('scripts/reconfigure.sh', [to, '--connect', 'http://127.0.0.1:*'], { stdio: 'ignore' });
}

function editSite(folder, edit) {
  const file = join(folder, 'site.json');
  const site = JSON.parse(readFileSync(file, 'utf8'));
  edit(site);
  writeFileSync(file, JSON.stringify(site, null, 2));
}

const appScript = (folder) => readdirSync(folder).find((name) => /^gazette-.*\.js$/.test(name));

let site;
before(async () => {
  deploy(BUILT, NEXT, (folder) => {
    editSite(folder, (settings) => {
      settings.tagline = TAGLINE;
    });
    const script = join(folder, appScript(folder));
    writeFileSync(script, `${readFileSync(script, 'utf8')}\n${MARK}\n`);
    rmSync(`${script}.br`, { force: true });
    rmSync(`${script}.gz`, { force: true });
  });
  deploy(NEXT, OFF, (folder) => editSite(folder, (settings) => {
    settings.serviceWorker = false;
  }));
  site = await startSite(BUILT);
});
after(async () => {
  await site?.close();
});

/** The app's script as the page gets it (from the worker's cache while one controls it). */
const scriptAsServed = (page, name) => page.evaluate(async (file) => (await fetch(file)).text(), name);

test('a build deployed while a page is open is offered, never mixed in, and reloads cleanly', () =>
  asReader({}, async (page) => {
    const script = appScript(BUILT);
    await page.gotoApp(site.url('article/harbour-city-opens-tidal-barrier'));
    await workerControls(page);
    const tagline = await page.locator('.tagline').innerText();
    assert.notEqual(tagline, TAGLINE);

    site.serve(NEXT);
    // What a browser does on the next visit, or when the reader comes back to the tab.
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const notice = page.getByRole('region', { name: 'Update' });
    await notice.getByText('A new version of the site is available.').waitFor();
    // Still the old build, whole: the open page is not switched.
    assert.equal(await page.locator('.tagline').innerText(), tagline);
    assert.ok(!(await scriptAsServed(page, script)).includes(MARK), 'the old page keeps its own script');
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      await assertNoViolations(page, `update offered, ${colorScheme}`);
    }

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await page.waitForFunction(() => !document.getElementById('prerendered'));
    await page.locator('.tagline', { hasText: TAGLINE }).waitFor();
    assert.ok((await scriptAsServed(page, script)).includes(MARK), 'the new build’s script');
    assert.equal(await notice.count(), 0);
    await page.waitForFunction(async () => (await caches.keys()).filter((name) => name.startsWith('gazette-app-')).length === 1);
    assert.deepEqual(page.crashes, []);

    // Switched off in site.json: the worker goes, and every cache of ours with it.
    site.serve(OFF);
    await page.reload();
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistrations()).length === 0);
    // The page that read the switch was still answered by the worker; every later load deletes
    // whatever it kept meanwhile, and registers nothing.
    await page.reload();
    await page.locator('.tagline', { hasText: TAGLINE }).waitFor();
    assert.deepEqual(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    await page.waitForFunction(async () => (await caches.keys()).every((name) => !name.startsWith('gazette-')));
    assert.deepEqual(await cacheNames(page), []);
  }));
