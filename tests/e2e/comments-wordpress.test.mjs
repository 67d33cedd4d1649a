// Comments from a real WordPress (Debian's, started and filled by scripts/e2e.sh through
// scripts/wordpress/start.sh): the site's own approved comments, threaded, and the form posting
// to it, with WordPress's refusals in plain words and the reader's words never lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, url } from './helpers.mjs';
import { commentForm, fillComment, commentWith } from './comments-helpers.mjs';

const WORDPRESS = process.env.E2E_WORDPRESS_URL;
const MODERATED = process.env.E2E_WORDPRESS_MODERATED_URL;
const skip = !WORDPRESS && 'no WordPress server (run through scripts/e2e.sh)';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function postId(site, slug) {
  const response = await fetch(`${site}/?rest_route=/wp/v2/posts&slug=${slug}&_fields=id`);
  const [post] = await response.json();
  assert.ok(post, `no post ${slug} on ${site}`);
  return post.id;
}

/** Opens a demo article as if it had been imported from `post` of the WordPress at `site`
 *  (its JSON then carries `wordpressId`, as the import writes it), with that site's comments. */
async function openImported(slug, site, post) {
  const page = await openPage(browser);
  await page.route('**/site.json', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.comments = { server: null, wordpress: site };
    await route.fulfill({ response, json });
  });
  await page.route(`**/content/articles/${slug}.json`, async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    if (post !== undefined) json.wordpressId = await postId(site, post);
    await route.fulfill({ response, json });
  });
  await page.goto(url(`/article/${slug}`));
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

test('the post\'s approved comments show, threaded, and only what WordPress lets a reader do', { skip }, async () => {
  const page = await openImported('tessel-bank-raises-rates-for-third-time', WORDPRESS, 'tidal-barrier-closes');
  const first = commentWith(page, 'Proud of the whole team.');
  await first.waitFor();
  assert.equal(await first.locator('em').first().innerText(), 'whole');
  const replies = first.getByRole('list').getByRole('listitem');
  assert.deepEqual(await replies.locator('.comment-author').allInnerTexts(), ['Tomas Berg', 'Ines Varga']);
  // Ines's answer to Tomas nests under his reply, as WordPress threads it.
  const tomas = replies.filter({ hasText: 'Two paragraphs here.' }).first();
  await tomas.getByRole('list').getByText('Thank you, Tomas.').waitFor();
  const lea = commentWith(page, 'What about the ferries?');
  assert.equal(await lea.getByRole('link', { name: 'ferries' }).getAttribute('href'), 'https://example.org/ferries');
  await page.getByText('4 comments').waitFor();
  // Held and spam comments are WordPress's to keep; a script in a comment is not run or shown.
  assert.equal(await page.getByText('Awaiting moderation.').count(), 0);
  assert.equal(await page.getByText('Buy now.').count(), 0);
  assert.equal(await page.getByText('alert(7)').count(), 0);
  // Liking, editing and deleting need a WordPress login: only Reply is offered.
  assert.equal(await first.getByRole('button', { name: /^Like/ }).count(), 0);
  assert.ok(await first.getByRole('button', { name: 'Reply' }).first().isVisible());
  assert.deepEqual(page.crashes, []);
});

test('a reader comments and replies; WordPress has both, threaded', { skip }, async () => {
  const page = await openImported('orrin-labs-unveils-repairable-phone', WORDPRESS, 'harbour-at-night-gallery');
  await page.getByText('No comments yet. Be the first to comment.').waitFor();
  const form = commentForm(page);
  await fillComment(form, { text: 'Beautiful pictures of the harbour.', name: 'Ada Reader', website: 'https://ada.example' });
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await form.getByRole('status').filter({ hasText: 'Your comment has been published.' }).waitFor();
  const mine = commentWith(page, 'Beautiful pictures of the harbour.');
  await mine.waitFor();
  assert.equal(await mine.getByRole('link', { name: 'Ada Reader' }).getAttribute('href'), 'https://ada.example');

  await mine.getByRole('button', { name: 'Reply' }).click();
  const replyForm = page.getByRole('form', { name: 'Reply' });
  await fillComment(replyForm, { text: 'Agreed, the ferry one especially.', name: 'Bo Reader' });
  await replyForm.getByRole('button', { name: 'Post reply' }).click();
  await page.reload();
  await commentWith(page, 'Beautiful pictures').getByRole('list').getByText('Agreed, the ferry one especially.').waitFor();

  const id = await postId(WORDPRESS, 'harbour-at-night-gallery');
  const stored = await (await fetch(`${WORDPRESS}/?rest_route=/wp/v2/comments&post=${id}&order=asc`)).json();
  assert.deepEqual(stored.map((c) => c.author_name), ['Ada Reader', 'Bo Reader']);
  assert.equal(stored[1].parent, stored[0].id, 'the reply is threaded in WordPress too');
  assert.deepEqual(page.crashes, []);
});

test('a comment WordPress holds says so, and stays marked for its writer', { skip: !MODERATED && skip }, async () => {
  const page = await openImported('measles-cases-rise-in-saltreach-schools', MODERATED, 'fish-prices-in-tables');
  await commentWith(page, 'Comment number 25.').waitFor();
  const form = commentForm(page);
  await fillComment(form, { text: 'Waiting for a WordPress moderator.' });
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await form.getByRole('status').filter({ hasText: 'Your comment is awaiting moderation.' }).waitFor();
  await page.reload();
  await commentWith(page, 'Waiting for a WordPress moderator.').getByText('Your comment is awaiting moderation.').waitFor();

  // Flood control: a second comment at once is refused, and the words stay in the box.
  const again = commentForm(page);
  await fillComment(again, { text: 'And another thought, straight away.' });
  await again.getByRole('button', { name: 'Post Comment' }).click();
  await again.getByText("You're commenting too quickly.").waitFor();
  assert.equal(await again.getByLabel('Comment').inputValue(), 'And another thought, straight away.');
  assert.deepEqual(page.crashes, []);
});

test('WordPress\'s refusals read as plain words and never lose the comment', { skip }, async () => {
  const cases = [
    ['comments-for-members', 'This site takes comments only from readers signed in to it.'],
    ['notes-from-the-editor', 'Comments are closed on this story.'],
  ];
  for (const [post, message] of cases) {
    const page = await openImported('halvorsen-freight-cuts-routes-as-trade-slows', WORDPRESS, post);
    const form = commentForm(page);
    await fillComment(form, { text: `My words for ${post}.` });
    await form.getByRole('button', { name: 'Post Comment' }).click();
    await form.getByText(message).waitFor();
    assert.equal(await form.getByLabel('Comment').inputValue(), `My words for ${post}.`);
    await page.close();
  }

  const page = await openImported('halvorsen-freight-cuts-routes-as-trade-slows', WORDPRESS, 'hostile-markup-test');
  for (const expected of ['Your comment has been published.', 'You have already posted this comment.']) {
    const form = commentForm(page);
    await fillComment(form, { text: 'Said once, said twice.', name: 'Echo Reader' });
    await form.getByRole('button', { name: 'Post Comment' }).click();
    await form.getByText(expected).waitFor();
  }
  assert.deepEqual(page.crashes, []);
});

test('a story WordPress has no post for takes no comments, and says so', { skip }, async () => {
  const page = await openImported('brightwater-energy-wins-offshore-wind-contract', WORDPRESS, undefined);
  await page.getByRole('region', { name: 'Comments' }).getByText('Comments are closed on this story.').waitFor();
  assert.equal(await commentForm(page).count(), 0);
});
