// Helpers for the comment tests: point the app at a comment server, and act as other readers.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE_URL, openPage, url } from './helpers.mjs';

export const ISSO = process.env.E2E_ISSO_URL;
export const ISSO_MODERATED = process.env.E2E_ISSO_MODERATED_URL;
export const ISSO_DOWN = process.env.E2E_ISSO_DOWN_URL;
/** The moderated server's log, where Isso's notifier writes each pending comment's links. */
export const ISSO_MODERATED_LOG = process.env.E2E_ISSO_MODERATED_LOG;

/** Serve site.json with `comments.server` set to `server` (null: comments on this device). */
export async function useCommentServer(page, server) {
  await page.route('**/site.json', async (route) => {
    const response = await route.fetch();
    const site = await response.json();
    site.comments = { server };
    await route.fulfill({ response, json: site });
  });
}

export async function openArticle(browser, slug, server) {
  const page = await openPage(browser);
  await useCommentServer(page, server);
  await page.goto(url(`/article/${slug}`));
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** Another reader (another address) comments directly on the server. */
export async function seedComment(server, slug, { text, author = 'Another Reader', parent = null, ip = '10.0.0.7' }) {
  const uri = `/article/${slug}`;
  const response = await fetch(`${server}/new?uri=${encodeURIComponent(uri)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: BASE_URL, 'X-Forwarded-For': ip },
    body: JSON.stringify({ text, author, email: 'reader@example.org', website: null, parent, title: 'Seeded thread' }),
  });
  assert.ok(response.status === 201 || response.status === 202, `seeding answered ${response.status}`);
  return response.json();
}

/** A moderator approves a pending comment: the "Activate comment" link Isso's notifier wrote
 *  for it, sent as the confirmation page sends it (POST). */
export async function approveComment(server, log, id) {
  const text = await readFile(log, 'utf8');
  const link = text.split('\n').map((line) => / Activate comment: \S*(\/id\/(\d+)\/activate\/\S+)/.exec(line))
    .find((match) => match && Number(match[2]) === id);
  assert.ok(link, `no activation link for comment ${id} in ${log}`);
  const response = await fetch(`${server}${link[1]}`, { method: 'POST' });
  assert.equal(await response.text(), 'Comment has been activated');
}

export function commentForm(page) {
  return page.getByRole('form', { name: 'Leave a comment' });
}

export async function fillComment(form, { text, name = 'Test Reader', email = 'test@example.org', website = '' }) {
  await form.getByLabel('Comment').fill(text);
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Website').fill(website);
}

/** The list item of the comment whose text contains `text`. */
export function commentWith(page, text) {
  return page.getByRole('listitem').filter({ has: page.getByRole('article', { name: 'Comment' }).filter({ hasText: text }) }).last();
}
