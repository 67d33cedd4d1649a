// Being found and shared: what a page's <head> tells crawlers, social networks and feed readers
// (src/model/seo, src/components/page_head.rs). Read as they read it: the static copies with
// JavaScript off (social crawlers run none), and the running app's document after in-app
// navigation (what a reader bookmarks, and what a crawler that runs JavaScript sees).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appTookOver, heldPage, launchBrowser, openPage, url } from './helpers.mjs';

const SITE = JSON.parse(readFileSync('dist/site.json', 'utf8'));
const PUBLIC = SITE.url;
const home = JSON.parse(readFileSync('dist/content/home.json', 'utf8'));
const LEAD = home.lead.slug;
const article = JSON.parse(readFileSync(`dist/content/articles/${LEAD}.json`, 'utf8'));
const TRAP = '__gazetteHeadTrap';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The head as a crawler reads it. Runs in the page. */
function readHead() {
  const all = (selector, attribute) => [...document.head.querySelectorAll(selector)].map((e) => e.getAttribute(attribute));
  const property = (name) => all(`meta[property="${name}"]`, 'content');
  const named = (name) => all(`meta[name="${name}"]`, 'content');
  return {
    title: document.title,
    h1: document.querySelector('h1')?.textContent.trim(),
    description: named('description'),
    robots: named('robots'),
    canonical: all('link[rel="canonical"]', 'href'),
    prev: all('link[rel="prev"]', 'href'),
    next: all('link[rel="next"]', 'href'),
    feeds: [...document.head.querySelectorAll('link[rel="alternate"]')].map((l) => ({ type: l.type, href: l.href, title: l.title })),
    og: Object.fromEntries(
      ['og:site_name', 'og:type', 'og:title', 'og:description', 'og:url', 'og:locale', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'article:published_time', 'article:modified_time', 'article:section', 'article:author'].map((p) => [p, property(p)]),
    ),
    tags: property('article:tag'),
    twitter: Object.fromEntries(['twitter:card', 'twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt'].map((n) => [n, named(n)])),
    jsonLd: all('script[type="application/ld+json"]', 'type').length
      ? [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent))
      : [],
  };
}

function types(head) {
  return head.jsonLd.flatMap((data) => data['@graph'].map((thing) => thing['@type']));
}

function assertArticleHead(head, story, path) {
  assert.deepEqual(head.description, [story.standfirst], 'one description: the standfirst');
  assert.deepEqual(head.canonical, [new URL(path.slice(1), PUBLIC).href], 'canonical: the public address');
  assert.deepEqual(head.robots, []);
  assert.deepEqual(head.og['og:type'], ['article']);
  assert.deepEqual(head.og['og:title'], [story.title]);
  assert.deepEqual(head.og['og:url'], head.canonical);
  assert.deepEqual(head.og['og:site_name'], [SITE.siteName]);
  assert.deepEqual(head.og['article:published_time'], [story.published]);
  assert.deepEqual(head.og['article:section'], [story.section.name]);
  assert.deepEqual(head.og['article:author'], [new URL(`author/${story.author.slug}`, PUBLIC).href]);
  assert.deepEqual(head.tags, story.tags.map((t) => t.name));
  // Social networks show no SVG: the card has the largest raster copy of the picture, or none.
  const raster = story.image
    ? [{ src: story.image.src, width: story.image.width }, ...(story.image.variants ?? [])]
        .filter((copy) => !/\.svgz?($|[?#])/i.test(copy.src))
        .sort((a, b) => b.width - a.width)[0]
    : undefined;
  if (raster) {
    assert.deepEqual(head.og['og:image'], [new URL(raster.src, PUBLIC).href], 'og:image is absolute');
    assert.deepEqual(head.og['og:image:width'], [String(raster.width)]);
    assert.deepEqual(head.og['og:image:alt'], [story.image.alt]);
    assert.deepEqual(head.twitter['twitter:card'], ['summary_large_image']);
    assert.deepEqual(head.twitter['twitter:image'], head.og['og:image']);
  } else if (SITE.shareImage) {
    assert.deepEqual(head.og['og:image'], [new URL(SITE.shareImage.src, PUBLIC).href], "the site's picture stands in");
    assert.deepEqual(head.og['og:image:alt'], [SITE.shareImage.alt]);
    assert.deepEqual(head.twitter['twitter:card'], ['summary_large_image']);
  } else {
    assert.deepEqual(head.og['og:image'], [], 'no picture a network cannot show');
    assert.deepEqual(head.twitter['twitter:card'], ['summary']);
  }
  if (story.image) {
    assert.deepEqual(head.jsonLd[0]['@graph'][0].image, [new URL(story.image.src, PUBLIC).href], 'search engines get the picture');
  }
  assert.deepEqual(types(head), ['NewsArticle', 'BreadcrumbList']);
  const [news, trail] = head.jsonLd[0]['@graph'];
  assert.equal(news.headline, story.title);
  assert.equal(news.headline, head.h1, 'the structured headline is the one on the page');
  assert.equal(news.mainEntityOfPage, head.canonical[0]);
  assert.equal(news.publisher['@type'], 'NewsMediaOrganization');
  assert.deepEqual(trail.itemListElement.map((i) => i.name), ['Home', story.section.name, story.title]);
  const sectionFeed = head.feeds.find((f) => f.href.endsWith(`feeds/section/${story.section.slug}/rss.xml`));
  assert.ok(sectionFeed, `the section's feed is offered: ${JSON.stringify(head.feeds)}`);
}

test('a static copy describes its page to a crawler that runs no JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    const path = `/article/${LEAD}`;
    await page.goto(url(path));
    assertArticleHead(await page.evaluate(readHead), article, path);

    await page.goto(url('/'));
    const front = await page.evaluate(readHead);
    assert.deepEqual(front.canonical, [new URL(PUBLIC).href]);
    assert.deepEqual(front.description, [SITE.description]);
    assert.deepEqual(types(front), ['WebSite']);
    const action = front.jsonLd[0]['@graph'][0].potentialAction;
    assert.equal(action.target.urlTemplate, new URL('search?q={search_term_string}', PUBLIC).href.replace(/%7B|%7D/g, (m) => (m === '%7B' ? '{' : '}')));
    assert.deepEqual(front.feeds.map((f) => f.type), ['application/rss+xml', 'application/atom+xml', 'application/feed+json']);

    await page.goto(url('/section/world'));
    const section = await page.evaluate(readHead);
    assert.deepEqual(section.canonical, [new URL('section/world', PUBLIC).href], 'page 1 has no ?page=1');
    assert.deepEqual(section.prev, []);
    assert.deepEqual(types(section), ['CollectionPage']);
    assert.equal(section.feeds.length, 6, 'the site feeds and the section feeds');
    assert.deepEqual(section.og['og:image'], [new URL(SITE.shareImage.src, PUBLIC).href], 'archives show the site picture');
    assert.deepEqual(section.og['og:image:width'], [String(SITE.shareImage.width)]);
  } finally {
    await context.close();
  }
});

test('after in-app navigation the head describes the page on screen, once', async () => {
  const page = await openPage(browser);
  await page.goto(url('/'));
  await page.getByRole('main').getByRole('link', { name: article.title, exact: true }).first().click();
  await page.waitForURL(`**/article/${LEAD}`);
  await page.getByRole('heading', { level: 1, name: article.title }).waitFor();
  assertArticleHead(await page.evaluate(readHead), article, `/article/${LEAD}`);

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: article.section.name }).click();
  await page.getByRole('heading', { level: 1, name: article.section.name }).waitFor();
  const section = await page.evaluate(readHead);
  assert.deepEqual(section.canonical, [new URL(`section/${article.section.slug}`, PUBLIC).href]);
  assert.deepEqual(section.og['og:type'], ['website']);
  assert.deepEqual(types(section), ['CollectionPage'], 'the article’s structured data is gone');
  assert.equal(section.description.length, 1);
  const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Older stories/ });
  if (await next.count()) {
    await next.click();
    await page.waitForURL('**?page=2');
    await page.waitForFunction(() => document.querySelector('link[rel="prev"]'));
    const second = await page.evaluate(readHead);
    assert.deepEqual(second.canonical, [new URL(`section/${article.section.slug}?page=2`, PUBLIC).href]);
    assert.deepEqual(second.prev, [new URL(`section/${article.section.slug}`, PUBLIC).href]);
  }

  await page.goto(url('/search?q=harbour'));
  await page.getByRole('heading', { level: 1, name: /Search results/ }).waitFor();
  const search = await page.evaluate(readHead);
  assert.deepEqual(search.robots, ['noindex'], 'search results are not indexed');
  assert.deepEqual(search.canonical, []);

  await page.goto(url('/no/such/page'));
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  const missing = await page.evaluate(readHead);
  assert.deepEqual(missing.robots, ['noindex']);
  assert.deepEqual(missing.canonical, []);
  assert.deepEqual(missing.jsonLd, []);
  assert.deepEqual(page.crashes, []);
  await page.context().close();
});

test('a headline cannot close the structured data or run a script', async () => {
  const hostile = `</script><script>window.${TRAP}=1</script><!-- & \u2028`;
  const page = await openPage(browser);
  await page.route(`**/content/articles/${LEAD}.json`, (route) =>
    route.fulfill({
      contentType: 'application/json',
      // And a picture social networks can show (a PNG), for the large card.
      body: JSON.stringify({ ...article, title: hostile, image: { src: 'images/logo.png', alt: 'Logo', width: 600, height: 60 } }),
    }),
  );
  await page.goto(url(`/article/${LEAD}`));
  await page.getByRole('heading', { level: 1, name: 'window.' }).waitFor();
  const head = await page.evaluate(readHead);
  assert.equal(head.jsonLd[0]['@graph'][0].headline, hostile, 'the headline, as written');
  assert.deepEqual(head.og['og:title'], [hostile]);
  assert.deepEqual(head.og['og:image'], [new URL('images/logo.png', PUBLIC).href]);
  assert.deepEqual(head.twitter['twitter:card'], ['summary_large_image']);
  assert.equal(await page.evaluate((trap) => window[trap], TRAP), undefined, 'nothing ran');
  assert.deepEqual(page.crashes, []);
  await page.context().close();
});

test('an article past the copy limit has a page whose head describes it and whose story starts before the app', async () => {
  const dist = join(mkdtempSync(join(tmpdir(), 'gazette-heads-')), 'dist');
  cpSync('dist', dist, { recursive: true });
  execFileSync('cargo', ['run', '--quiet', '-p', 'gazette-pages', '--', 'prerender', dist, '--latest', '1'], { stdio: 'pipe' });
  const slugs = readdirSync(join(dist, 'content/articles')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  const stories = slugs.map((slug) => JSON.parse(readFileSync(join(dist, `content/articles/${slug}.json`), 'utf8')));
  const older = stories.sort((a, b) => a.published.localeCompare(b.published))[0];
  const file = join(dist, `article/${older.slug}.html`);
  // A run of the body's text, to tell whether the body is drawn.
  const paragraphText = older.body
    .filter((block) => block.type === 'paragraph')
    .flatMap((block) => block.content)
    .find((inline) => inline.type === 'text' && inline.text.trim().length > 20)
    .text.trim()
    .slice(0, 30);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(pathToFileURL(file).href);
    const head = await page.evaluate(readHead);
    assert.equal(head.title, `${older.title} | ${SITE.siteName}`);
    head.h1 = older.title;
    assertArticleHead(head, older, `/article/${older.slug}`);
    // The top of the story, drawn by the app's components: what paints before the wasm.
    const copy = page.locator('#prerendered');
    await copy.getByRole('heading', { level: 1, name: older.title }).waitFor();
    assert.equal((await copy.locator('.standfirst').textContent()).trim(), older.standfirst);
    assert.match(await copy.locator('.byline').textContent(), new RegExp(older.author.name));
    assert.equal(await copy.getByText(paragraphText).count(), 0, 'the body is the app\'s to draw');
    assert.match(await page.locator('noscript').first().innerHTML(), /rest of this story/);
  } finally {
    await context.close();
  }
  // With script, the app takes the copy's place and draws the whole story under the same top.
  const app = await heldPage(browser);
  try {
    await app.route(`**/article/${older.slug}`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') }),
    );
    await app.goto(url(`/article/${older.slug}`));
    await app.locator('#prerendered').getByRole('heading', { level: 1, name: older.title }).waitFor();
    app.release();
    await appTookOver(app);
    await app.getByRole('heading', { level: 1, name: older.title }).waitFor();
    await app.locator('article').getByText(paragraphText).first().waitFor();
    assert.equal(await app.getByRole('heading', { level: 1 }).count(), 1, 'one headline after the hand-over');
    assert.deepEqual(app.crashes, []);
  } finally {
    await app.context().close();
  }
});

test('the build refuses a site without its public address, or announced in another folder, naming the key', () => {
  const dist = join(mkdtempSync(join(tmpdir(), 'gazette-url-')), 'dist');
  cpSync('dist', dist, { recursive: true });
  const build = () => {
    try {
      execFileSync('cargo', ['run', '--quiet', '-p', 'gazette-pages', '--', 'prerender', dist], { stdio: 'pipe' });
      return '';
    } catch (failure) {
      return String(failure.stderr);
    }
  };
  const withUrl = (value) => {
    const site = { ...SITE, url: value };
    if (value === undefined) delete site.url;
    writeFileSync(join(dist, 'site.json'), JSON.stringify(site));
  };
  withUrl(undefined);
  assert.match(build(), /site\.json has no `url`/);
  withUrl('/news/');
  assert.match(build(), /site\.json `url` is "\/news\/": it must be an absolute http\(s\) address/);
  withUrl('https://news.example/paper/');
  assert.match(build(), /`url` is "https:\/\/news\.example\/paper\/", in the folder \/paper\/, but the site was built for \//);
  withUrl('https://news.example/');
  assert.equal(build(), '', 'a good address builds');
  assert.match(readFileSync(join(dist, `article/${LEAD}.html`), 'utf8'), /<link href="https:\/\/news\.example\/article\//);
});

test('the structured data of every built page type-checks against schema.org (Google’s schema-dts)', () => {
  // schema-dts describes every schema.org type and property as TypeScript; the compiler then
  // refuses a misspelt property, a property a type does not have, or a value of the wrong type.
  const dir = join('.tmp', 'structured-data');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pages = readdirSync('dist', { recursive: true }).filter((name) => name.endsWith('.html'));
  let checked = 0;
  for (const [index, name] of pages.entries()) {
    const html = readFileSync(join('dist', name), 'utf8');
    for (const [, json] of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) {
      // A search action's `query-input` is an action constraint, which schema-dts checks with
      // its own type: each action is checked as one, apart from the thing that offers it.
      const actions = [];
      const graph = JSON.stringify(JSON.parse(json), (key, value) => (key === 'potentialAction' ? (actions.push(value), undefined) : value), 1);
      const lines = [
        `import type { Graph, SearchAction, WithActionConstraints } from 'schema-dts';`,
        `// ${name}`,
        `export const graph: Graph = ${graph};`,
        ...actions.map((action, n) => `export const action${n}: WithActionConstraints<SearchAction> = ${JSON.stringify(action, null, 1)};`),
      ];
      writeFileSync(join(dir, `page${index}-${checked}.ts`), `${lines.join('\n')}\n`);
      checked += 1;
    }
  }
  assert.ok(checked > 30, `structured data on the built pages: ${checked}`);
  const files = readdirSync(dir).map((file) => join(dir, file));
  const args = ['--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', ...files];
  let report = '';
  try {
    execFileSync(join('node_modules', '.bin', 'tsc'), args, { stdio: 'pipe' });
  } catch (failure) {
    report = String(failure.stdout) + String(failure.stderr);
  }
  assert.equal(report, '');
});
