// The body's tables, code and galleries (src/components/body_blocks.rs, style/blocks.css), on a
// demo story that has one of each: what a reader sees in the build's static copy without
// JavaScript and in the running app, that axe finds nothing wrong with them in either theme,
// and that a keyboard reaches and scrolls the regions that scroll sideways on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axe, describeViolations } from './axe.mjs';
import { heldPage, launchBrowser, openPage, url } from './helpers.mjs';

const ARTICLE = '/article/orrin-labs-unveils-repairable-phone';
const CAPTIONS = [
  'The battery comes out after two screws.',
  'A new screen clips onto the same frame.',
  'The main camera is a module of its own.',
];
const COMMANDS = 'orrin-tool unlock --serial ORN1-XXXX-XXXX\norrin-tool flash --image system.img --keep-user-data';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const table = (page) => page.getByRole('region', { name: 'Table 1' }).getByRole('table');
const code = (page) => page.getByRole('region', { name: 'Code 1' });
const gallery = (page) => page.getByRole('main').getByRole('figure').filter({ has: page.getByRole('figure') });

/** What a reader sees of the three blocks, the same wherever the page comes from. */
async function assertBlocksShown(page, where) {
  const headers = await table(page).getByRole('columnheader').allInnerTexts();
  assert.deepEqual(headers, ['Part', 'Price', 'Time to replace'], `${where}: column headers`);
  const battery = table(page).getByRole('row').filter({ hasText: 'Battery' }).getByRole('cell');
  assert.deepEqual(await battery.allInnerTexts(), ['Battery', '290 crowns', '54 seconds'], `${where}: a row`);
  assert.equal(await table(page).getByRole('row').count(), 5, `${where}: the head row and four parts`);
  assert.equal(await code(page).innerText(), COMMANDS, `${where}: the commands, line by line`);
  const figures = gallery(page).getByRole('figure');
  assert.equal(await figures.count(), 3, `${where}: three pictures side by side`);
  assert.deepEqual(await figures.locator('figcaption').allInnerTexts(), CAPTIONS, `${where}: captions`);
  const batteryPicture = gallery(page).getByRole('img', { name: "The battery module lifted out of the phone's frame" });
  assert.equal(await batteryPicture.getAttribute('loading'), 'lazy', `${where}: below the fold, lazy`);
  assert.deepEqual(
    [await batteryPicture.getAttribute('width'), await batteryPicture.getAttribute('height')],
    ['1200', '900'],
    `${where}: its box is reserved`,
  );
}

test('without JavaScript the static copy shows the table, the code and the gallery', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url(ARTICLE));
  await assertBlocksShown(page, 'static copy');
  await context.close();
});

test('the app shows the table, the code and the gallery, also after an in-app visit', async () => {
  const page = await openPage(browser);
  await page.goto(url(ARTICLE));
  await assertBlocksShown(page, 'app, deep link');
  // Away to the story's tag and back: the app draws the story itself this time.
  await page.getByRole('main').getByRole('link', { name: 'right-to-repair' }).click();
  await page.getByRole('heading', { level: 1, name: /right-to-repair/ }).waitFor();
  await page.getByRole('main').getByRole('link', { name: /Orrin Labs unveils a phone/ }).first().click();
  await table(page).waitFor();
  await assertBlocksShown(page, 'app, in-app navigation');
  assert.deepEqual(page.crashes, []);
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe: the static copy of the story, ${colorScheme}: no violations`, async () => {
    const page = await heldPage(browser, { colorScheme });
    await page.goto(url(ARTICLE));
    await table(page).waitFor();
    const results = await axe(page);
    assert.equal(results.violations.length, 0, `axe found violations:\n${describeViolations(results.violations)}`);
    page.release();
    await page.context().close();
  });
}

test('on a small phone the code and the table scroll sideways, and the keyboard reaches and scrolls them', async () => {
  // 280 pixels: the narrowest phones in use (a folding phone's outer screen).
  const page = await openPage(browser, { viewport: { width: 280, height: 653 } });
  await page.goto(url(ARTICLE));
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.equal(pageWidth, 280, 'the page itself does not scroll sideways');
  for (const region of [page.getByRole('region', { name: 'Table 1' }), code(page)]) {
    const name = await region.getAttribute('aria-label');
    const overflow = await region.evaluate((element) => element.scrollWidth - element.clientWidth);
    assert.ok(overflow > 0, `${name} is wider than the screen (${overflow}px more)`);
    // Tab until the region has focus: it is one of the page's stops.
    let reached = false;
    for (let i = 0; i < 200 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await region.evaluate((element) => element === document.activeElement);
    }
    assert.ok(reached, `${name} is reached with Tab`);
    assert.equal(await region.evaluate((element) => element.matches(':focus-visible')), true, `${name} shows its focus`);
    assert.equal(await region.evaluate((element) => element.scrollLeft), 0);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((element) => element.scrollLeft > 0, await region.elementHandle());
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((element) => element.scrollLeft === 0, await region.elementHandle());
  }
  assert.deepEqual(page.crashes, []);
});
