// Comments against a real Isso server started by scripts/e2e.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from './helpers.mjs';
import { ISSO, ISSO_MODERATED, ISSO_MODERATED_LOG, ISSO_DOWN, openArticle, seedComment, approveComment, commentForm, fillComment, commentWith } from './comments-helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const skip = !ISSO && 'no Isso server (run through scripts/e2e.sh)';

test('a reader posts a comment, sees it after reload, and the byline counts it', { skip }, async () => {
  const slug = 'tessel-bank-raises-rates-for-third-time';
  const page = await openArticle(browser, slug, ISSO);
  await page.getByText('No comments yet. Be the first to comment.').waitFor();
  const form = commentForm(page);
  await fillComment(form, { text: 'A *thoughtful* first comment.', name: 'Ada Reader', website: 'https://ada.example' });
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await form.getByRole('status').filter({ hasText: 'Your comment has been published.' }).waitFor();
  const item = commentWith(page, 'first comment');
  await item.waitFor();
  assert.equal(await item.locator('em').first().innerText(), 'thoughtful');
  assert.equal(await item.getByRole('link', { name: 'Ada Reader' }).getAttribute('href'), 'https://ada.example');
  assert.equal(await form.getByLabel('Comment').inputValue(), '', 'the form is ready for the next comment');

  await page.reload();
  await commentWith(page, 'A thoughtful first comment.').waitFor();
  await page.locator('.byline').getByRole('link', { name: '1 comment' }).waitFor();
  // The name is remembered for next time; the text is not.
  assert.equal(await commentForm(page).getByLabel('Name').inputValue(), 'Ada Reader');
  assert.deepEqual(page.crashes, []);
});

test('a reader replies inline, cancels a reply, and likes a comment', { skip }, async () => {
  const slug = 'orrin-labs-unveils-repairable-phone';
  await seedComment(ISSO, slug, { text: 'Seeded comment from another reader.' });
  const page = await openArticle(browser, slug, ISSO);
  const parent = commentWith(page, 'Seeded comment from another reader.');
  await parent.waitFor();

  await parent.getByRole('button', { name: 'Like (0)' }).click();
  await parent.getByRole('button', { name: 'Like (1)' }).waitFor();

  await parent.getByRole('button', { name: 'Reply' }).click();
  const replyForm = page.getByRole('form', { name: 'Reply' });
  await replyForm.getByRole('button', { name: 'Cancel reply' }).click();
  assert.equal(await replyForm.count(), 0);

  await parent.getByRole('button', { name: 'Reply' }).click();
  await fillComment(replyForm, { text: 'A reply, nested under its comment.' });
  await replyForm.getByRole('button', { name: 'Post reply' }).click();
  const reply = parent.getByRole('list').getByRole('listitem').filter({ hasText: 'A reply, nested under its comment.' });
  await reply.waitFor();
  await page.reload();
  await commentWith(page, 'Seeded comment').getByRole('list').getByText('A reply, nested under its comment.').waitFor();
  assert.deepEqual(page.crashes, []);
});

test('the form says what is missing, in the words readers know', { skip }, async () => {
  const page = await openArticle(browser, 'measles-cases-rise-in-saltreach-schools', ISSO);
  const form = commentForm(page);
  await form.getByLabel('Name').fill('');
  await form.getByLabel('Email').fill('');
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await form.getByText('Please enter your comment!').waitFor();
  await form.getByText('Please enter your name here').waitFor();
  await form.getByText('Please enter your email address here').waitFor();
  const text = form.getByLabel('Comment');
  assert.equal(await text.getAttribute('aria-invalid'), 'true');
  assert.match(await text.getAttribute('aria-describedby'), /comment-text-error/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'comment-text', 'focus goes to the first problem');

  await fillComment(form, { text: 'Valid text here', name: 'Bo', email: 'bo@example' });
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await form.getByText('You have entered an incorrect email address!').waitFor();
  assert.equal(await form.getByText('Please enter your comment!').isVisible(), false);
  assert.equal(await page.locator('.comment-list').getByRole('listitem').count(), 0, 'nothing was sent');
  assert.deepEqual(page.crashes, []);
});

test('a moderated comment shows its notice to its author, also after reload', { skip }, async () => {
  const slug = 'winter-flu-vaccine-campaign-starts-early';
  const page = await openArticle(browser, slug, ISSO_MODERATED);
  const form = commentForm(page);
  await fillComment(form, { text: 'Waiting for a moderator to read this.' });
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await form.getByRole('status').filter({ hasText: 'Your comment is awaiting moderation.' }).waitFor();
  const item = commentWith(page, 'Waiting for a moderator');
  await item.getByText('Your comment is awaiting moderation.').waitFor();
  await page.reload();
  await commentWith(page, 'Waiting for a moderator').getByText('Your comment is awaiting moderation.').waitFor();
  assert.deepEqual(page.crashes, []);
});

test('a reply held for moderation stays under its comment, marked, also after reload', { skip }, async () => {
  const slug = 'norvand-and-taresh-sign-river-water-treaty';
  const seeded = await seedComment(ISSO_MODERATED, slug, { text: 'An approved opinion on the treaty.' });
  await approveComment(ISSO_MODERATED, ISSO_MODERATED_LOG, seeded.id);
  const page = await openArticle(browser, slug, ISSO_MODERATED);
  const parent = commentWith(page, 'An approved opinion on the treaty.');
  await parent.getByRole('button', { name: 'Reply' }).click();
  const reply = page.getByRole('form', { name: 'Reply' });
  await fillComment(reply, { text: 'A reply the moderator has not read yet.' });
  await reply.getByRole('button', { name: 'Post reply' }).click();
  const replies = parent.getByRole('list');
  const mine = replies.getByRole('article', { name: 'Comment' }).filter({ hasText: 'A reply the moderator has not read yet.' });
  await mine.getByText('Your comment is awaiting moderation.').waitFor();
  await page.reload();
  await mine.getByText('Your comment is awaiting moderation.').waitFor();
  // Shown once, and not also as a top-level comment.
  assert.equal(await page.getByText('A reply the moderator has not read yet.').count(), 1);
  assert.deepEqual(page.crashes, []);
});

test('with the server down the reader is told, and the draft survives a failed post and a reload', { skip }, async () => {
  const page = await openArticle(browser, 'ransomware-attack-disrupts-harbour-city-hospitals', ISSO_DOWN);
  await page.getByRole('alert').filter({ hasText: 'Comments could not be loaded' }).waitFor();
  const form = commentForm(page);
  await fillComment(form, { text: 'Words I do not want to lose.' });
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await form.getByRole('alert').filter({ hasText: "couldn't reach the comment server" }).waitFor();
  assert.equal(await form.getByLabel('Comment').inputValue(), 'Words I do not want to lose.');
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await commentForm(page).getByLabel('Comment').inputValue(), 'Words I do not want to lose.');
  // The rest of the article is unaffected.
  assert.ok((await page.locator('.article-body p').count()) > 3);
  assert.deepEqual(page.crashes, []);
});

test('a rate limit and a server error keep the draft and say so in plain words', { skip }, async () => {
  const page = await openArticle(browser, 'the-ferrymen-announce-reunion-tour', ISSO);
  let answers = [
    { status: 403, contentType: 'text/html', body: '<!doctype html><title>403 Forbidden</title><h1>Forbidden</h1><p>ratelimit exceeded</p>' },
    { status: 502, contentType: 'text/html', body: '<html><body>Bad gateway</body></html>' },
  ];
  await page.route('**/new?uri=*', (route) => (answers.length ? route.fulfill(answers.shift()) : route.continue()));
  const form = commentForm(page);
  await fillComment(form, { text: 'Posting through trouble.' });
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await form.getByRole('alert').filter({ hasText: "You're commenting too quickly" }).waitFor();
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await form.getByRole('alert').filter({ hasText: 'HTTP 502' }).waitFor();
  assert.equal(await form.getByLabel('Comment').inputValue(), 'Posting through trouble.');
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await commentWith(page, 'Posting through trouble.').waitFor();
  assert.equal(await form.getByRole('alert').isVisible(), false);
  assert.deepEqual(page.crashes, []);
});

test('hostile text and names are shown as text and never run', { skip }, async () => {
  const slug = 'streaming-service-cancels-lanterns-after-one-season';
  await seedComment(ISSO, slug, { text: 'Click [here](javascript:window.__xss=3) <img src=x onerror="window.__xss=4">', author: '<img src=x onerror=window.__xss=5>' });
  const page = await openArticle(browser, slug, ISSO);
  const form = commentForm(page);
  await fillComment(form, { text: '<script>window.__xss=1</script><b onmouseover="window.__xss=2">bold?</b>', name: '<i>Mallory</i> & "friends"' });
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await page.getByText('<i>Mallory</i> & "friends"', { exact: true }).waitFor();
  await page.getByText('<script>window.__xss=1</script>', { exact: false }).waitFor();
  await page.getByText('<img src=x onerror=window.__xss=5>', { exact: true }).waitFor();
  const comments = page.locator('#comments');
  assert.equal(await comments.locator('script, img, b, i').count(), 0);
  assert.equal(await comments.getByRole('link', { name: 'here' }).count(), 0, 'a javascript: link is not a link');
  await comments.getByText('bold?').hover();
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(page.crashes, []);
});

test('comments sort newest, oldest and most liked, and load more past a page', { skip }, async () => {
  const slug = 'researchers-breed-drought-tolerant-barley';
  for (let i = 1; i <= 22; i += 1) {
    await seedComment(ISSO, slug, { text: `Numbered comment ${String(i).padStart(2, '0')}`, ip: `10.0.1.${i}` });
  }
  const page = await openArticle(browser, slug, ISSO);
  const texts = () => page.locator('.comment-list > li .comment-text').allInnerTexts();
  await commentWith(page, 'Numbered comment 22').waitFor();
  let shown = await texts();
  assert.equal(shown.length, 20);
  assert.match(shown[0], /22/);
  await page.getByRole('button', { name: /Load more comments \(2 more\)/ }).click();
  await commentWith(page, 'Numbered comment 01').waitFor();
  assert.equal((await texts()).length, 22);

  await page.getByRole('group', { name: 'Sort comments' }).getByRole('button', { name: 'Oldest' }).click();
  await page.waitForFunction(() => document.querySelector('.comment-list > li .comment-text')?.textContent.includes('01'));
  const oldest = await texts();
  assert.match(oldest[0], /01/);
  assert.match(oldest[1], /02/);

  await commentWith(page, 'Numbered comment 07').getByRole('button', { name: 'Like (0)' }).click();
  await commentWith(page, 'Numbered comment 07').getByRole('button', { name: 'Like (1)' }).waitFor();
  await page.getByRole('group', { name: 'Sort comments' }).getByRole('button', { name: 'Most liked' }).click();
  await page.waitForFunction(() => document.querySelector('.comment-list > li .comment-text')?.textContent.includes('07'));
  assert.deepEqual(page.crashes, []);
});

test('a reader edits and then deletes their own comment while the edit window is open', { skip }, async () => {
  const page = await openArticle(browser, 'the-salt-wife-wins-top-prize-at-lindenfall-film-festival', ISSO);
  const form = commentForm(page);
  await fillComment(form, { text: 'I will *rephrase* this.' });
  await form.getByRole('button', { name: 'Post Comment' }).click();
  const mine = commentWith(page, 'I will rephrase this.');
  await mine.getByRole('button', { name: 'Edit' }).click();
  const editor = page.getByRole('form', { name: 'Edit comment' }).getByLabel('Edit your comment');
  // The box holds the text as typed (Markdown), not the rendered HTML.
  await page.waitForFunction(() => document.querySelector('.edit-form textarea')?.value === 'I will *rephrase* this.');
  await editor.fill('Rephrased, **better**.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const edited = commentWith(page, 'Rephrased, better.');
  await edited.getByText('(edited)').waitFor();
  assert.equal(await edited.locator('strong').innerText(), 'better');

  await edited.getByRole('button', { name: 'Delete' }).click();
  await page.getByText('No comments yet. Be the first to comment.').waitFor();
  // Someone else's comment offers neither.
  await seedComment(ISSO, 'the-salt-wife-wins-top-prize-at-lindenfall-film-festival', { text: 'Not yours to edit.' });
  await page.reload();
  const theirs = commentWith(page, 'Not yours to edit.');
  await theirs.waitFor();
  assert.equal(await theirs.getByRole('button', { name: 'Edit' }).count(), 0);
  assert.equal(await theirs.getByRole('button', { name: 'Delete' }).count(), 0);
  assert.deepEqual(page.crashes, []);
});

test('with no server configured, comments are kept on this device and say so', async () => {
  const page = await openArticle(browser, 'debut-novel-the-quiet-ledger-tops-bestseller-list', null);
  await page.getByText('Comments are saved on this device only.').waitFor();
  const form = commentForm(page);
  await fillComment(form, { text: 'Only I can see this one.' });
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await commentWith(page, 'Only I can see this one.').waitFor();
  await page.reload();
  await commentWith(page, 'Only I can see this one.').waitFor();
  await page.locator('.byline').getByRole('link', { name: '1 comment' }).waitFor();
  assert.deepEqual(page.crashes, []);
});

test('deleting a device-kept comment takes the replies to its replies with it, and the count says so', async () => {
  const slug = 'orrin-labs-unveils-repairable-phone';
  const page = await openArticle(browser, slug, null);
  const form = commentForm(page);
  await fillComment(form, { text: 'A: the first word.' });
  await form.getByRole('button', { name: 'Post Comment' }).click();
  // B answers A, then C answers B: a reply to a reply.
  for (const [to, text] of [['A: the first word.', 'B: a reply to A.'], ['B: a reply to A.', 'C: a reply to B.']]) {
    const item = page.getByRole('article', { name: 'Comment' }).filter({ hasText: to });
    await item.getByRole('button', { name: 'Reply' }).click();
    const reply = page.getByRole('form', { name: 'Reply' });
    await reply.getByLabel('Comment').fill(text);
    await reply.getByRole('button', { name: 'Post reply' }).click();
    await commentWith(page, text).waitFor();
  }
  await page.locator('.byline').getByRole('link', { name: '3 comments' }).waitFor();
  await page.getByRole('article', { name: 'Comment' }).filter({ hasText: 'A: the first word.' })
    .getByRole('button', { name: 'Delete' }).click();
  await page.getByText('No comments yet. Be the first to comment.').waitFor();
  await page.reload();
  await page.getByText('No comments yet. Be the first to comment.').waitFor();
  // The byline counts what is stored: nothing of A's thread may be left behind.
  await page.locator('.byline').getByRole('link', { name: 'No comments yet' }).waitFor();
  assert.deepEqual(page.crashes, []);
});

test('a new device-kept comment never arrives with a deleted comment\'s like', async () => {
  const page = await openArticle(browser, 'researchers-breed-drought-tolerant-barley', null);
  const form = commentForm(page);
  for (const text of ['First, to stay.', 'Second, liked then deleted.']) {
    await fillComment(form, { text });
    await form.getByRole('button', { name: 'Post Comment' }).click();
    await commentWith(page, text).waitFor();
  }
  const liked = commentWith(page, 'Second, liked then deleted.');
  await liked.getByRole('button', { name: 'Like (0)' }).click();
  await liked.getByRole('button', { name: 'Like (1)' }).waitFor();
  await liked.getByRole('button', { name: 'Delete' }).click();
  await page.locator('.comment-total').getByText('1 comment').waitFor();
  await fillComment(form, { text: 'Third, brand new.' });
  await form.getByRole('button', { name: 'Post Comment' }).click();
  // It takes the deleted comment's id: its first like must count, as for any new comment.
  const fresh = commentWith(page, 'Third, brand new.');
  await fresh.getByRole('button', { name: 'Like (0)' }).click();
  await fresh.getByRole('button', { name: 'Like (1)' }).waitFor();
  await page.reload();
  await commentWith(page, 'Third, brand new.').getByRole('button', { name: 'Like (1)' }).waitFor();
  assert.deepEqual(page.crashes, []);
});

test('article cards in a section show comment counts from one request', { skip }, async () => {
  await seedComment(ISSO, 'vessmark-fusion-reactor-sets-plasma-record', { text: 'Counted on the card.' });
  const page = await openArticle(browser, 'vessmark-fusion-reactor-sets-plasma-record', ISSO);
  let countRequests = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/count')) countRequests += 1;
  });
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Science' }).click();
  const card = page.getByRole('article').filter({ hasText: 'fusion reactor' });
  await card.getByRole('link', { name: '1 comment' }).waitFor();
  assert.equal(countRequests, 1);
  assert.deepEqual(page.crashes, []);
});
