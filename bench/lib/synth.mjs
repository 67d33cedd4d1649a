// Synthetic archives for the scale test: N articles in the documented authoring format
// (docs/content-format.md), deterministic, so that the same N always gives the same files and
// the newest (and most read) articles are the same whatever N is (article 0 is the newest). Home and section
// pages then show the same stories at 100 and at 100 000 articles, and any difference in what
// they fetch comes from the archive's size, which is the point of the test.
import { mkdirSync, writeFileSync, readdirSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const GENERATOR_VERSION = 2;
export const NEWEST = Date.UTC(2026, 10, 28, 12, 0, 0); // 2026-11-28T12:00:00Z
const STEP_MS = 7 * 60 * 1000; // one article every 7 minutes going back: 100 000 ≈ 1.3 years

const WORDS = `harbour city council river bridge vote budget tide port market school hospital
  station ferry island energy wind grid storm court ruling study data survey team season match
  museum opera novel film festival vaccine clinic doctor patient trial reef coral ocean orbit
  planet probe telescope startup bank rate loan freight route trade tariff union strike wage
  minister election referendum border treaty summit housing rent tram cycle lane park garden
  library archive record quarter growth forecast report audit contract tender project delay`
  .split(/\s+/)
  .filter(Boolean);
const FIRST = ['Mara', 'Jonas', 'Ines', 'Tomas', 'Aiko', 'Ruth', 'Pavel', 'Lena', 'Omar', 'Sofia'];
const LAST = ['Lindqvist', 'Okafor', 'Brandt', 'Haddad', 'Varga', 'Moreau', 'Sato', 'Kowalski'];

/** A small, fast, seeded generator (mulberry32): the same seed gives the same article. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];
const sentence = (r, words) => {
  const out = [];
  for (let i = 0; i < words; i++) out.push(pick(r, WORDS));
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
};
const paragraph = (r, sentences) => Array.from({ length: sentences }, () => sentence(r, 8 + Math.floor(r() * 10))).join(' ');
const toml = (s) => JSON.stringify(s); // a TOML basic string is a JSON string for this alphabet

/** The Markdown file of article `i`. */
export function article(i, sections, images) {
  const r = rng(i * 2654435761 + 17);
  const slug = `synthetic-${i}-${pick(r, WORDS)}-${pick(r, WORDS)}`;
  const section = sections[i % sections.length];
  const author = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  const published = new Date(NEWEST - i * STEP_MS).toISOString().replace('.000Z', 'Z');
  const tags = [`topic ${i % 97}`, `place ${i % 31}`];
  const lines = [
    '+++',
    `title = ${toml(`${sentence(r, 7).slice(0, -1)} (${i})`)}`,
    `standfirst = ${toml(paragraph(r, 2))}`,
    `section = ${toml(section)}`,
    `author = ${toml(author)}`,
    `published = ${toml(published)}`,
    `tags = [${tags.map(toml).join(', ')}]`,
    // Most read = newest, so that "most popular" and "trending" lists are the same stories at
    // every archive size too (a random popularity would pick other stories in a bigger archive).
    `popularity = ${Math.max(0, 1_000_000 - i)}`,
  ];
  if (i % 50 === 0) lines.push('lead = true');
  if (images.length && i % 3 === 0) {
    lines.push('', '[image]', `src = ${toml(`images/articles/${images[i % images.length]}`)}`);
    lines.push(`alt = ${toml(`Illustration for story ${i}`)}`, `caption = ${toml(sentence(r, 6))}`);
  }
  lines.push('+++', '');
  lines.push(paragraph(r, 3), '', `## ${sentence(r, 4).slice(0, -1)}`, '', paragraph(r, 4), '');
  lines.push(`- ${sentence(r, 5)}`, `- ${sentence(r, 6)}`, '', `> ${sentence(r, 9)}`, '>', `> — ${author}`, '');
  lines.push(`A **${pick(r, WORDS)}** and a [link](https://example.org/${i}).`, '');
  return { slug, text: lines.join('\n') };
}

/**
 * Writes `count` articles to `dir/articles/` unless the same generator already wrote them
 * there. Returns the time taken in ms (0 when reused).
 */
export function generate(dir, count, { sections, publicDir }) {
  const stamp = join(dir, '.generated');
  const want = JSON.stringify({ GENERATOR_VERSION, count, sections });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return 0;
  const started = Date.now();
  rmSync(dir, { recursive: true, force: true });
  const articles = join(dir, 'articles');
  mkdirSync(articles, { recursive: true });
  const images = readdirSync(join(publicDir, 'images/articles'))
    .filter((name) => name.endsWith('.svg'))
    .sort();
  for (let i = 0; i < count; i++) {
    const { slug, text } = article(i, sections, images);
    writeFileSync(join(articles, `${slug}.md`), text);
  }
  writeFileSync(stamp, want);
  return Date.now() - started;
}
