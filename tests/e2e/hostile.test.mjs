// Hostile content on every route: each document the app fetches (site.json, home, an article,
// section, tag and author pages, the search index, every widget) is replaced in turn by every
// case of the corpus (tests/e2e/hostile-corpus.mjs), built from the real document served from dist/. Whatever
// arrives, the page must end with its content or a clear message, with exactly one h1, never
// blank, never a page error (a wasm panic shows as one), and never a running script.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, url } from './helpers.mjs';
import { corpus, hasText, missingTopLevel, TRAP } from './hostile-corpus.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function real(path) {
  const response = await fetch(url(path));
  assert.equal(response.status, 200, `${path} is served`);
  return response.json();
}

// The real documents, fetched from the served dist/ before the tests are defined.
const home = await real('content/home.json');
const LEAD = home.lead.slug;
const article = await real(`content/articles/${LEAD}.json`);
const TAG = article.tags[0].slug;
const AUTHOR = article.author.slug;
const SECTION = article.section.slug;

const WIDE_BLOCKS = (await real('content/articles/orrin-labs-unveils-repairable-phone.json')).body.filter((block) =>
  ['table', 'code', 'gallery'].includes(block.type),
);
assert.equal(WIDE_BLOCKS.length, 3, 'the demo story has a table, code and a gallery');

const HOME_HEADING = 'Top stories';
const ARTICLE_PATH = `/article/${LEAD}`;

// The search index files one query reads: the manifest, the shard holding the word (the
// longest listed prefix it starts with), and the docs chunk of its best result.
const WORD = 'tidal';
const SEARCH_PATH = `/search?q=${WORD}`;
const SEARCH_HEADING = `Search results for “${WORD}”`;
const manifest = await real('content/search/index.json');
const PREFIX = manifest.shards.filter((p) => WORD.startsWith(p)).sort((a, b) => b.length - a.length)[0];
const shard = await real(`content/search/terms/${PREFIX}.json`);
const CHUNK = Math.floor(shard.terms[WORD][0][0] / manifest.chunkSize);

// Each document, the page it is fed to, and what kind of document it is: 'site' (the app needs
// it to start), 'route' (the page's own document) or 'widget' (furniture: it may disappear,
// never take the page with it). `heading` is the page's h1 when all goes well.
const DOCS = [
  {
    file: 'site.json',
    kind: 'site',
    path: '/',
    heading: HOME_HEADING,
    // Every optional field present, so that every string and URL field of the format is covered
    // (the servers are a closed port: nothing answers).
    enrich: (site) => ({
      ...site,
      basePath: '/',
      comments: { server: 'http://127.0.0.1:9/' },
      newsletter: { action: 'http://127.0.0.1:9/subscribe', fields: { list: 'daily', source: 'site' } },
    }),
  },
  { file: 'content/home.json', kind: 'route', path: '/', heading: HOME_HEADING },
  {
    file: `content/articles/${LEAD}.json`,
    kind: 'route',
    path: ARTICLE_PATH,
    heading: article.title,
    // With a table, code and a gallery too (from the demo story that has them), so that their
    // strings and URLs get every payload.
    enrich: (doc) => ({ ...doc, body: [...doc.body, ...WIDE_BLOCKS] }),
  },
  { file: `content/section/${SECTION}/1.json`, kind: 'route', path: `/section/${SECTION}` },
  { file: `content/tag/${TAG}/1.json`, kind: 'route', path: `/tag/${TAG}` },
  { file: `content/author/${AUTHOR}/1.json`, kind: 'route', path: `/author/${AUTHOR}` },
  ...['content/search/index.json', `content/search/terms/${PREFIX}.json`, `content/search/docs/${CHUNK}.json`].map(
    (file) => ({ file, kind: 'route', path: SEARCH_PATH, heading: SEARCH_HEADING }),
  ),
  // Every site-wide widget's document, in one file: on an article page, where all of them show
  // (the ads fill a slot in the sidebar and one after the article).
  { file: 'content/widgets/all.json', kind: 'widget', path: ARTICLE_PATH, heading: article.title },
  { file: `content/widgets/related/${LEAD}.json`, kind: 'widget', path: ARTICLE_PATH, heading: article.title },
];

/** What the reader must see for this case on this document. */
function expected(spec, hostile) {
  // Furniture never takes the page down: the page's own content stays, whatever the widget got.
  if (spec.kind === 'widget') return 'content';
  // A site.json pointing its base path at a script URL names no page of this site.
  if (spec.kind === 'site' && hostile.name.startsWith('script URLs')) return 'either';
  return hostile.outcome;
}

const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Everything about the finished page that the checks need, read in one go. */
function inspect(page) {
  return page.evaluate((trap) => {
    const runnable = (value) => {
      const squeezed = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      return ['javascript:', 'vbscript:', 'data:text/html'].some((scheme) => squeezed.startsWith(scheme));
    };
    const urls = [...document.querySelectorAll('[href], [src], [action], [formaction]')].flatMap((element) =>
      ['href', 'src', 'action', 'formaction'].map((name) => element.getAttribute(name)).filter((v) => v !== null),
    );
    return {
      pwned: window[trap],
      scriptUrls: [...urls.filter(runnable), ...[...document.links].filter((a) => a.protocol === 'javascript:').map((a) => a.href)],
      handlers: [...document.body.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].filter((a) => a.name.startsWith('on')).map((a) => `<${element.tagName} ${a.name}>`),
      ),
      foreign: [...document.body.querySelectorAll('script, iframe, frame, object, embed, base')].map((e) => e.tagName),
      text: document.body.innerText,
      headings: [...document.querySelectorAll('h1')].map((h) => h.textContent.trim()),
      alerts: [...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent.trim()).filter(Boolean),
      alts: [...document.querySelectorAll('img[alt]')].map((img) => img.alt),
      // Links are allowlisted: a protocol-relative `//host` is never made one.
      offsite: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => /^\s*[/\\]{2}/.test(h)),
      policy: window.__policyViolations ?? [],
    };
  }, TRAP);
}

async function runCase(t, context, spec, material, hostile) {
  const page = await context.newPage();
  const crashes = [];
  const dialogs = [];
  page.on('pageerror', (error) => crashes.push(String(error)));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  const answer = hostile.answer(material);
  await page.route(`**/${spec.file}`, (route) => (answer.abort ? route.abort(answer.abort) : route.fulfill(answer)));
  try {
    await page.goto(url(spec.path));
    // The build's static copy shows the real story until the app has read the hostile answer;
    // then the app takes over, with its own page or, when the answer is unusable, with the
    // copy's story kept under a notice.
    await page.waitForFunction(() => !document.getElementById('prerendered'));
    // Every end state has an h1: the page's own, "Something went wrong" or "Page not found".
    await page.getByRole('heading', { level: 1 }).or(page.getByRole('alert')).first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    await frames(page);
    const seen = await inspect(page);

    assert.deepEqual(crashes, [], 'no page error (a wasm panic shows as one)');
    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.equal(seen.pwned, undefined, 'no payload ran');
    assert.deepEqual(seen.scriptUrls, [], 'no script URL in the page');
    assert.deepEqual(seen.handlers, [], 'no inline event handler in the page');
    assert.deepEqual(seen.foreign, [], 'no script, frame or object element from content');
    assert.deepEqual(seen.offsite, [], 'no protocol-relative link');
    // Under the Content-Security-Policy (scripts/e2e.sh serves the built policy), an attempt to
    // run or frame anything is a failure even though the policy stopped it. Content naming an
    // image or a server elsewhere is blocked by the policy, as intended: reported, not failed.
    const attempts = seen.policy.filter((v) => /^(script|frame|child|object|base|form|worker)/.test(v));
    assert.deepEqual(attempts, [], 'nothing tried to run a script or open a frame');
    if (seen.policy.length > 0) t.diagnostic(`blocked by the policy: ${[...new Set(seen.policy)].join(', ')}`);
    assert.ok(seen.text.trim().length > 0, 'the page is not blank');
    assert.equal(seen.headings.length, 1, `exactly one h1 (found ${JSON.stringify(seen.headings)})`);

    const [heading] = seen.headings;
    t.diagnostic(`ended with the h1 ${JSON.stringify(heading)}${seen.alerts.length ? ` and the alert ${JSON.stringify(seen.alerts[0].slice(0, 120))}` : ''}`);
    const message = seen.alerts.length > 0 || heading === 'Page not found';
    const outcome = expected(spec, hostile);
    if (outcome === 'message') {
      assert.ok(message, `a clear message (h1 ${JSON.stringify(heading)}, no alert)`);
      if (hostile.says) assert.match(seen.alerts.join(' '), hostile.says, 'the message says what went wrong');
    } else if (outcome === 'content') {
      assert.deepEqual(seen.alerts, [], 'the content, not an error');
      assert.ok(!['Something went wrong', 'Page not found'].includes(heading), `the content, not ${JSON.stringify(heading)}`);
      if (spec.heading && hostile.marker === undefined) assert.equal(heading, spec.heading);
      if (hostile.marker && hasText(material.doc)) {
        const shown = seen.text.includes(hostile.marker) || seen.alts.some((alt) => alt.includes(hostile.marker));
        assert.ok(shown, `the hostile text is shown as text (${JSON.stringify(hostile.marker)})`);
      }
    } else {
      assert.ok(message || heading.length > 0, 'content or a clear message');
    }
  } finally {
    await page.close();
  }
}

for (const spec of DOCS) {
  test(`hostile ${spec.file} on ${spec.path}`, { concurrency: 8 }, async (t) => {
    const doc = (spec.enrich ?? ((d) => d))(await real(spec.file));
    const material = { doc, text: JSON.stringify(doc, null, 2) };
    const cases = [...corpus(doc), ...missingTopLevel(doc)];
    // No service worker: its answers would never reach the routes that serve the hostile files.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    await context.addInitScript(() => {
      window.__policyViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__policyViolations.push(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    try {
      await Promise.all(cases.map((hostile) => t.test(hostile.name, (sub) => runCase(sub, context, spec, material, hostile))));
    } finally {
      await context.close();
    }
  });
}
