// What the build writes for crawlers and feed readers (`gazette-pages syndicate`, run by the
// post-build hook), read from the built site's files as a crawler or a feed reader would, with
// third-party readers (syndication-helpers.mjs). The split of the sitemap and the news window
// depend on the archive's size and on the clock: those run the build's own command on a copy
// of the site, with a small limit and a fixed clock. E2E_DIST names another built site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  articlesOf,
  assertValidJsonFeed,
  assertValidUrlset,
  lastParagraphText,
  parseFeed,
  parseIndex,
  parseUrlset,
  syndicate,
} from './syndication-helpers.mjs';

const DIST = resolve(process.env.E2E_DIST || 'dist');
const COPY = resolve('.tmp/e2e-syndication');
const FEED_ITEMS = 20;
const HOUR = 3600 * 1000;

const site = JSON.parse(readFileSync(`${DIST}/site.json`, 'utf8'));
// The site's address as the build writes it: lowercase host, ending in `/`.
const ROOT = new URL(site.url).href.replace(/\/?$/, '/');
const CONTENT = `${DIST}/${(site.contentPath ?? 'content/').replace(/^\/|\/$/g, '')}`;
const articles = articlesOf(DIST);
const read = (dir, path) => readFileSync(`${dir}/${path}`, 'utf8');
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const lastChange = (article) => new Date(article.updated ?? article.published).getTime();

/** The content file a page of the site is drawn from: the sitemap may only list real pages. */
function dataFileOf(loc) {
  assert.ok(loc.startsWith(ROOT), `${loc} is under ${ROOT}`);
  const path = loc.slice(ROOT.length);
  if (path === '') return `${CONTENT}/home.json`;
  const [kind, slug, ...more] = path.split('/');
  assert.deepEqual(more, [], loc);
  return kind === 'article' ? `${CONTENT}/articles/${slug}.json` : `${CONTENT}/${kind}/${slug}/1.json`;
}

let builtLocs;
before(async () => {
  builtLocs = (await parseUrlset(read(DIST, 'sitemap.xml'))).map((item) => item.url);
});
after(() => rmSync(COPY, { recursive: true, force: true }));

test('robots.txt lets crawlers in and names the sitemaps by their absolute addresses', () => {
  const robots = read(DIST, 'robots.txt');
  assert.match(robots, /^User-agent: \*\nAllow: \/\n/);
  const sitemaps = [...robots.matchAll(/^Sitemap: (.+)$/gm)].map((match) => match[1]);
  const news = existsSync(`${DIST}/sitemap-news.xml`) ? [`${ROOT}sitemap-news.xml`] : [];
  assert.deepEqual(sitemaps, [`${ROOT}sitemap.xml`, ...news]);
});

test('the sitemap is valid and lists the front page, every archive and every article, each when it last changed', async () => {
  const xml = read(DIST, 'sitemap.xml');
  await assertValidUrlset(xml, 'sitemap.xml');
  const entries = await parseUrlset(xml);
  for (const { url } of entries) assert.ok(existsSync(dataFileOf(url)), `${url} is a page of the site`);
  assert.equal(new Set(builtLocs).size, builtLocs.length, 'no page twice');
  assert.equal(builtLocs[0], ROOT);
  for (const section of site.sections) assert.ok(builtLocs.includes(`${ROOT}section/${section.slug}`), section.slug);
  const byUrl = new Map(entries.map((entry) => [entry.url, entry]));
  for (const article of articles) {
    const entry = byUrl.get(`${ROOT}article/${article.slug}`);
    assert.ok(entry, `${article.slug} is listed`);
    assert.equal(new Date(entry.lastmod).getTime(), lastChange(article), `${article.slug}: lastmod`);
    for (const tag of article.tags ?? []) assert.ok(byUrl.has(`${ROOT}tag/${tag.slug}`), `tag ${tag.slug}`);
    assert.ok(byUrl.has(`${ROOT}author/${article.author.slug}`), `author ${article.author.slug}`);
  }
  const newest = Math.max(...articles.map(lastChange));
  assert.equal(new Date(byUrl.get(ROOT).lastmod).getTime(), newest, 'the front page changed with the newest story');
});

const scopes = [
  { path: 'feeds', page: ROOT, title: site.siteName, articles },
  ...site.sections.map((section) => ({
    path: `feeds/section/${section.slug}`,
    page: `${ROOT}section/${section.slug}`,
    title: `${section.name} | ${site.siteName}`,
    articles: articles.filter((article) => article.section.slug === section.slug),
  })),
];

test('the RSS and Atom feeds of the site and of each section parse and carry the newest stories in full', async () => {
  for (const scope of scopes) {
    const expected = scope.articles.slice(0, FEED_ITEMS);
    for (const file of ['rss.xml', 'atom.xml']) {
      const name = `${scope.path}/${file}`;
      const { meta, items } = await parseFeed(read(DIST, name), name);
      assert.equal(meta.title, scope.title, name);
      assert.equal(meta.link, scope.page, name);
      assert.equal(meta.xmlurl, `${ROOT}${name}`, `${name}: its own address`);
      assert.equal(meta.language, site.language ?? 'en', name);
      assert.deepEqual(items.map((item) => item.link), expected.map((a) => `${ROOT}article/${a.slug}`), name);
      for (const [i, item] of items.entries()) {
        const article = expected[i];
        assert.equal(item.title, article.title, name);
        assert.equal(item.guid, item.link, `${name}: the id is the article's address`);
        assert.equal(item.summary, article.standfirst, name);
        assert.ok(item.description.includes(escapeHtml(lastParagraphText(article))), `${name}: ${article.slug} whole`);
        assert.doesNotMatch(item.description, /(src|href)="(?!https?:|mailto:)/, `${name}: only absolute addresses`);
        assert.equal(item.pubdate.getTime(), Date.parse(article.published), name);
        assert.ok(item.author?.includes(article.author.name), `${name}: ${item.author}`);
        assert.ok(item.categories.includes(article.section.name), `${name}: ${item.categories}`);
        if (article.image) assert.ok(item.enclosures.some((media) => media.url.startsWith(ROOT) || media.url.startsWith('https:')));
      }
    }
  }
});

test('the JSON feeds are JSON Feed 1.1 and carry the same stories', () => {
  for (const scope of scopes) {
    const name = `${scope.path}/feed.json`;
    const feed = JSON.parse(read(DIST, name));
    assertValidJsonFeed(feed, name);
    assert.equal(feed.feed_url, `${ROOT}${name}`);
    assert.equal(feed.home_page_url, scope.page);
    const expected = scope.articles.slice(0, FEED_ITEMS);
    assert.deepEqual(feed.items.map((item) => item.url), expected.map((a) => `${ROOT}article/${a.slug}`), name);
    for (const [i, item] of feed.items.entries()) {
      assert.ok(item.content_html.includes(escapeHtml(lastParagraphText(expected[i]))), `${name}: ${item.id}`);
      assert.equal(item.authors[0].url, `${ROOT}author/${expected[i].author.slug}`);
      if (expected[i].image) assert.match(item.image, /^https?:\/\//);
    }
  }
});

test('the feeds the pages offer in their <head> are the files the build wrote', () => {
  for (const [page, count] of [['index.html', 3], [`section/${site.sections[0].slug}.html`, 6]]) {
    const html = read(DIST, page);
    const offered = [...html.matchAll(/<link [^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => /rel="alternate"/.test(tag) && /type="application\/(rss\+xml|atom\+xml|feed\+json)"/.test(tag))
      .map((tag) => /href="([^"]+)"/.exec(tag)?.[1]);
    assert.equal(offered.length, count, `${page}: ${offered}`);
    for (const href of offered) {
      assert.ok(href.startsWith(ROOT), `${page}: ${href}`);
      assert.ok(existsSync(`${DIST}/${href.slice(ROOT.length)}`), `${page} offers ${href}, which the build wrote`);
    }
  }
});

test('past its limit the sitemap becomes an index of valid sitemaps that list the same pages', async () => {
  rmSync(COPY, { recursive: true, force: true });
  cpSync(DIST, COPY, { recursive: true });
  const limit = 7;
  syndicate(COPY, '--sitemap-limit', String(limit));
  const children = await parseIndex(read(COPY, 'sitemap.xml'));
  assert.equal(children.length, Math.ceil(builtLocs.length / limit));
  const listed = [];
  for (const [n, child] of children.entries()) {
    assert.equal(child.url, `${ROOT}sitemaps/${n + 1}.xml`);
    const xml = read(COPY, `sitemaps/${n + 1}.xml`);
    await assertValidUrlset(xml, child.url);
    const urls = (await parseUrlset(xml)).map((item) => item.url);
    assert.ok(urls.length <= limit);
    listed.push(...urls);
  }
  assert.deepEqual(listed, builtLocs);

  // Back under the limit, the index and its children go.
  syndicate(COPY);
  assert.deepEqual((await parseUrlset(read(COPY, 'sitemap.xml'))).map((item) => item.url), builtLocs);
  assert.equal(existsSync(`${COPY}/sitemaps`), false);
});

test('the news sitemap holds the stories of the 48 hours before the clock, and is not written when there are none', async () => {
  if (!existsSync(`${COPY}/site.json`)) cpSync(DIST, COPY, { recursive: true });
  const now = new Date(Date.parse(articles[0].published) + HOUR);
  syndicate(COPY, '--now', now.toISOString());
  const entries = await parseUrlset(read(COPY, 'sitemap-news.xml'));
  const recent = articles.filter((a) => now - Date.parse(a.published) < 48 * HOUR && Date.parse(a.published) <= now);
  assert.ok(recent.length > 0);
  assert.deepEqual(entries.map((entry) => entry.url), recent.map((a) => `${ROOT}article/${a.slug}`));
  for (const [i, entry] of entries.entries()) {
    assert.equal(entry.news.title, recent[i].title);
    assert.equal(Date.parse(entry.news.publication_date), Date.parse(recent[i].published));
    assert.deepEqual(entry.news.publication, {
      name: site.publisher?.name ?? site.siteName,
      language: (site.language ?? 'en').split('-')[0].toLowerCase(),
    });
  }
  assert.match(read(COPY, 'robots.txt'), /^Sitemap: .*sitemap-news\.xml$/m);

  // A year later nothing is news: no file (an empty one is not a valid sitemap), and robots.txt
  // no longer names it.
  syndicate(COPY, '--now', new Date(now.getTime() + 365 * 24 * HOUR).toISOString());
  assert.equal(existsSync(`${COPY}/sitemap-news.xml`), false);
  assert.doesNotMatch(read(COPY, 'robots.txt'), /sitemap-news/);
});
