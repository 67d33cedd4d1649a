// Third-party readers of what the build writes for crawlers and feed readers: the sitemaps.org
// XSD (shipped by npm `sitemap`) run by xmllint (npm `xmllint-wasm`), the `sitemap` package's
// own parsers in their strict mode (no registry ships an XSD of the sitemap index or of the
// Google News extension that this XSD could import), feedparser for RSS and Atom, and the
// JSON Feed 1.1 schema (npm `jsonfeed-schema`) run by Ajv.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import FeedParser from 'feedparser';
import { ErrorLevel, XMLToSitemapIndexStream, XMLToSitemapItemStream, validateSMIOptions } from 'sitemap';
import { validateXML } from 'xmllint-wasm';

const require = createRequire(import.meta.url);
// (The package's `exports` do not name its schema folder: read from its folder.)
const SITEMAP_XSD = readFileSync(new URL('../../node_modules/sitemap/schema/sitemap.xsd', import.meta.url), 'utf8');
const validateJson = addFormats(new Ajv({ allErrors: true, strict: false })).compile(require('jsonfeed-schema/schema-v1.1.json'));

/** Throws with xmllint's messages unless `xml` is valid against the sitemaps.org schema. */
export async function assertValidUrlset(xml, name) {
  const result = await validateXML({ xml: [{ fileName: 'sitemap.xml', contents: xml }], schema: [SITEMAP_XSD] });
  assert.ok(result.valid, `${name} against sitemap.xsd: ${result.errors.map((e) => e.rawMessage).join('\n')}`);
}

/** The entries of a `urlset` as the `sitemap` package reads it, each checked by its validator. */
export function parseUrlset(xml) {
  return collect(xml, new XMLToSitemapItemStream({ level: ErrorLevel.THROW, logger: false })).then((items) =>
    items.map((item) => validateSMIOptions(item, ErrorLevel.THROW)),
  );
}

/** The children a sitemap index lists, as the `sitemap` package reads it. */
export function parseIndex(xml) {
  return collect(xml, new XMLToSitemapIndexStream({ level: ErrorLevel.THROW, logger: false }));
}

function collect(text, parser) {
  return new Promise((done, fail) => {
    const items = [];
    Readable.from([text]).pipe(parser).on('data', (item) => items.push(item)).on('end', () => done(items)).on('error', fail);
  });
}

/**
 * An RSS or Atom feed as feedparser reads it: `{ meta, items }`, once xmllint (libxml2) has found
 * it well-formed. (feedparser's own strict mode is case-sensitive about names it looks for in
 * lowercase, and misses RSS's `pubDate`.)
 */
export async function parseFeed(xml, name) {
  const wellFormed = await validateXML({ xml: [{ fileName: 'feed.xml', contents: xml }], normalization: 'c14n' });
  assert.ok(wellFormed.valid, `${name} is well-formed XML: ${wellFormed.errors.map((e) => e.rawMessage).join('\n')}`);
  return new Promise((done, fail) => {
    const parser = new FeedParser({});
    const items = [];
    parser.on('error', fail);
    parser.on('readable', () => {
      for (let item = parser.read(); item; item = parser.read()) items.push(item);
    });
    parser.on('end', () => done({ meta: parser.meta, items }));
    parser.end(xml);
  });
}

/** Throws with the schema's complaints unless `feed` is a JSON Feed 1.1. */
export function assertValidJsonFeed(feed, name) {
  assert.ok(validateJson(feed), `${name} against the JSON Feed 1.1 schema: ${JSON.stringify(validateJson.errors)}`);
}

/** Every article of a built site, newest first (ties by slug), as the content lists them. */
export function articlesOf(dist) {
  const folder = `${dist}/content/articles`;
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(`${folder}/${name}`, 'utf8')))
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug));
}

/** The last paragraph's first words: only a feed with the whole body has them. */
export function lastParagraphText(article) {
  const paragraph = article.body.findLast((block) => block.type === 'paragraph');
  const text = paragraph?.content.find((inline) => inline.type === 'text')?.text ?? '';
  return text.split(/\s+/).slice(0, 6).join(' ');
}

/** Runs the build's own `gazette-pages syndicate` on `dist`; its summary line. */
export function syndicate(dist, ...options) {
  // Only the options given here: none of the overrides a publisher may have in the environment.
  const env = { ...process.env };
  for (const name of ['GAZETTE_NOW', 'GAZETTE_SITEMAP_LIMIT', 'GAZETTE_SITEMAP_BYTES']) delete env[name];
  return execFileSync('cargo', ['run', '--quiet', '-p', 'gazette-pages', '--', 'syndicate', dist, ...options], {
    encoding: 'utf8',
    env,
    // Its output (and cargo's) only in the error when it fails.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
