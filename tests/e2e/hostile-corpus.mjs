// The hostile-content corpus: every way a JSON document the app fetches can be wrong, built
// from the real document (so that every string, number and URL field of the real shape is
// covered, and a new field is covered as soon as the content tool writes it).
//
// A case is { name, outcome, answer(doc) }: `answer` gives what the browser receives instead of
// the real document ({ status, contentType, body } or { abort }), and `outcome` what the reader
// must end up seeing: 'message' (a clear error: role alert, or the 404 page; its words match
// `says` when set), 'content' (the page's own content, with `marker` rendered as text when set),
// or 'either' (content or a clear message). Whatever the outcome, the page must never be blank, never panic, never run script.

/** Right-to-left text, emoji with joiners, combining marks and bidi controls. */
export const MARK = 'עִבְרִית عَرَبِيّ 👩🏽‍💻🇺🇦 Z̷̢͓͎a̵͓l̴g̸o̶ \u202Eevil\u202C';
/** Set by every payload that manages to run. */
export const TRAP = '__pwned';
export const SCRIPT_PAYLOAD =
  `<script>window.${TRAP}=1</script><img src=x onerror="window.${TRAP}=1">` +
  `<svg onload="window.${TRAP}=1"></svg>"'><iframe srcdoc="<script>parent.${TRAP}=1</script>"></iframe>` +
  `{{constructor.constructor('window.${TRAP}=1')()}}`;
/** What a URL field may hold to run script, in the spellings filters miss. */
export const URL_PAYLOADS = [
  `javascript:window.${TRAP}=1`,
  ` JaVaScRiPt:window.${TRAP}=1`,
  `java\tscript:window.${TRAP}=1`,
  `\u0000javascript:window.${TRAP}=1`,
  `&#106;avascript:window.${TRAP}=1`,
  `data:text/html,<script>parent.${TRAP}=1</script>`,
  `vbscript:msgbox(1)`,
  `//evil.example/${TRAP}`,
];

/** Fields that hold a URL or a path. */
export const URL_KEYS = new Set(['src', 'href', 'website', 'action', 'server', 'basePath', 'url', 'logo']);
/** Fields that identify rather than say something: slugs, enums, dates, paths. */
// `prefix` and `shards` name search index files (see docs/content-format.md), `stemmer` the
// index's stemmer and `language` the site's BCP 47 tag: identifiers too, never shown.
export const IDENT_KEYS = new Set([...URL_KEYS, 'slug', 'type', 'kind', 'slot', 'published', 'updated', 'contentPath', 'prefix', 'shards', 'stemmer', 'language']);
/** Numbers that are a version: changed only by the wrong-type cases. */
const VERSION_KEYS = new Set(['format', 'version']);

/**
 * A deep copy of `value` with every leaf passed through `leaf(value, key)` (which returns the
 * replacement) and every container through `container(value, key, depth)` first.
 */
export function mapJson(value, { leaf = (v) => v, container = (v) => v } = {}, key = null, depth = 0) {
  const replaced = value !== null && typeof value === 'object' ? container(value, key, depth) : value;
  if (Array.isArray(replaced)) return replaced.map((item) => mapJson(item, { leaf, container }, key, depth + 1));
  if (replaced !== null && typeof replaced === 'object') {
    return Object.fromEntries(
      Object.entries(replaced).map(([k, v]) => [k, mapJson(v, { leaf, container }, k, depth + 1)]),
    );
  }
  return leaf(replaced, key);
}

const strings = (doc, fn) => mapJson(doc, { leaf: (v, key) => (typeof v === 'string' ? fn(v, key) : v) });

/** Whether the document has something a reader would see (text that is not an identifier). */
export function hasText(doc) {
  let found = false;
  mapJson(doc, { leaf: (v, key) => { if (typeof v === 'string' && v.trim() && !IDENT_KEYS.has(key)) found = true; return v; } });
  return found;
}

/** Every URL field set to `payload`, and, in an article body, links to every payload. */
function scriptInUrls(doc, payload) {
  const withUrls = strings(doc, (v, key) => (URL_KEYS.has(key) ? payload : v));
  if (Array.isArray(withUrls.body)) {
    withUrls.body.push({
      type: 'paragraph',
      content: URL_PAYLOADS.map((href, i) => ({ type: 'link', href, content: [{ type: 'text', text: `hostile link ${i} ` }] })),
    });
  }
  return withUrls;
}

const json = (body, status = 200) => ({ status, contentType: 'application/json', body });
const encode = (doc) => JSON.stringify(doc);
const deep = (depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** The article with a first paragraph of emphasis inside emphasis, `depth` levels (written
 *  out as text: JSON.stringify itself gives up long before 5000 levels). */
function withNestedEmphasis(doc, depth) {
  const inner = `{"type":"text","text":"the innermost of ${depth} levels"}`;
  const paragraph = `{"type":"paragraph","content":[${'{"type":"emphasis","content":['.repeat(depth)}${inner}${']}'.repeat(depth)}]}`;
  return encode({ ...doc, body: ['@deep@', ...doc.body] }).replace('"@deep@"', paragraph);
}

/**
 * Every case that applies to `doc` (the real document, parsed), in the order they run. Each
 * `answer` gets { doc, text }: the document and its bytes.
 */
export function corpus(doc) {
  const article = Array.isArray(doc.body);
  const cases = [
    // Not a document at all: the page that needs it says so.
    { name: 'truncated JSON (first half)', outcome: 'message', says: /not valid JSON/, answer: ({ text }) => json(text.slice(0, Math.floor(text.length / 2))) },
    { name: 'truncated JSON (last byte missing)', outcome: 'message', says: /not valid JSON/, answer: ({ text }) => json(text.trimEnd().slice(0, -1)) },
    {
      name: 'an HTML error page with status 200',
      outcome: 'message',
      says: /not valid JSON/,
      answer: () => ({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><html><head><title>502</title></head><body><h1>Bad Gateway</h1><script>window.${TRAP}=1</script></body></html>`,
      }),
    },
    { name: 'an empty body', outcome: 'message', says: /was empty/, answer: () => json('') },
    { name: 'an empty object {}', outcome: 'message', answer: () => json('{}') },
    { name: 'null', outcome: 'message', answer: () => json('null') },
    { name: 'an array instead of an object', outcome: 'message', answer: () => json('[]') },
    {
      name: 'a 5 MB body',
      outcome: 'message',
      says: /too large/,
      answer: ({ text }) => json(`{"padding":"${'x'.repeat(5 * 1024 * 1024)}",${text.trim().slice(1)}`),
    },
    { name: '5000-deep nesting (the whole body)', outcome: 'message', answer: () => json(`${'['.repeat(5000)}${']'.repeat(5000)}`) },
    // Valid JSON of our shape with an unknown field nested 5000 deep: refused or ignored, never a crash.
    { name: '5000-deep nesting (in an extra field)', outcome: 'either', answer: ({ text }) => json(`{"extra":${deep(5000)},${text.trim().slice(1)}`) },
    // Deep nesting where our format nests (an article body): within the parser's limit it is
    // rendered, past it the document is refused; either way without exhausting the stack.
    ...(article
      ? [
          {
            name: '50-deep nesting (emphasis in emphasis in the body)',
            outcome: 'content',
            marker: 'the innermost of 50 levels',
            answer: ({ doc }) => json(withNestedEmphasis(doc, 50)),
          },
          {
            name: '5000-deep nesting (emphasis in emphasis in the body)',
            outcome: 'message',
            says: /nested too deeply/,
            answer: ({ doc }) => json(withNestedEmphasis(doc, 5000)),
          },
        ]
      : []),
    { name: 'HTTP 404', outcome: 'message', answer: () => ({ status: 404, contentType: 'text/html', body: '<h1>Not Found</h1>' }) },
    { name: 'HTTP 500', outcome: 'message', says: /HTTP 500/, answer: () => ({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }) },
    { name: 'HTTP 503 with an HTML body', outcome: 'message', says: /HTTP 503/, answer: () => ({ status: 503, contentType: 'text/html', body: '<html><body>Service Unavailable</body></html>' }) },
    { name: 'an aborted request', outcome: 'message', says: /couldn't reach/, answer: () => ({ abort: 'failed' }) },
    { name: 'a reset connection', outcome: 'message', says: /couldn't reach/, answer: () => ({ abort: 'connectionreset' }) },
    // Wrong types everywhere.
    { name: 'wrong types: every string a number', outcome: 'message', answer: ({ doc }) => json(encode(strings(doc, () => 42))) },
    {
      name: 'wrong types: every number and boolean a string',
      outcome: 'message',
      answer: ({ doc }) => json(encode(mapJson(doc, { leaf: (v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v) }))),
    },
    {
      name: 'wrong types: every array an object',
      outcome: 'either',
      answer: ({ doc }) => json(encode(mapJson(doc, { container: (v) => (Array.isArray(v) ? { 0: 'x' } : v) }))),
    },
    {
      name: 'wrong types: every nested object an array',
      outcome: 'either',
      answer: ({ doc }) => json(encode(mapJson(doc, { container: (v, key, depth) => (depth > 0 && !Array.isArray(v) ? Object.values(v) : v) }))),
    },
    {
      name: 'wrong types: every value null',
      outcome: 'either',
      answer: ({ doc }) => json(encode(mapJson(doc, { leaf: (v, key) => (VERSION_KEYS.has(key) ? v : null) }))),
    },
    // Numbers of the right type at their limits.
    {
      name: 'numbers: all zero',
      outcome: 'either',
      answer: ({ doc }) => json(encode(mapJson(doc, { leaf: (v, key) => (typeof v === 'number' && !VERSION_KEYS.has(key) ? 0 : v) }))),
    },
    {
      name: 'numbers: all 4294967295',
      outcome: 'either',
      answer: ({ doc }) => json(encode(mapJson(doc, { leaf: (v, key) => (typeof v === 'number' && !VERSION_KEYS.has(key) ? 4294967295 : v) }))),
    },
    {
      name: 'numbers: all negative',
      outcome: 'either',
      answer: ({ doc }) => json(encode(mapJson(doc, { leaf: (v, key) => (typeof v === 'number' && !VERSION_KEYS.has(key) ? -7 : v) }))),
    },
    // Missing fields, everywhere at once.
    {
      name: 'missing fields: every object loses its first field',
      outcome: 'either',
      answer: ({ doc }) =>
        json(encode(mapJson(doc, { container: (v, key, depth) => (depth > 0 && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).slice(1)) : v) }))),
    },
    {
      name: 'missing fields: every object keeps only its first field',
      outcome: 'either',
      answer: ({ doc }) =>
        json(encode(mapJson(doc, { container: (v, key, depth) => (depth > 0 && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).slice(0, 1)) : v) }))),
    },
    // Text from every script, in every string.
    { name: 'RTL, emoji and combining marks in every text field', outcome: 'content', marker: MARK, answer: ({ doc }) => json(encode(strings(doc, (v, key) => (IDENT_KEYS.has(key) ? v : `${MARK} ${v}`)))) },
    { name: 'RTL, emoji and combining marks in every string', outcome: 'either', answer: ({ doc }) => json(encode(strings(doc, (v) => `${MARK}${v}`))) },
    // Script, in every string field and every URL field.
    {
      name: 'script payloads in every text field',
      outcome: 'content',
      marker: `<script>window.${TRAP}=1</script>`,
      answer: ({ doc }) => json(encode(strings(doc, (v, key) => (IDENT_KEYS.has(key) ? v : `${v}${SCRIPT_PAYLOAD}`)))),
    },
    { name: 'script payloads in every string', outcome: 'either', answer: ({ doc }) => json(encode(strings(doc, (v) => `${v}${SCRIPT_PAYLOAD}`))) },
    ...URL_PAYLOADS.map((payload) => ({
      name: `script URLs: ${JSON.stringify(payload)} in every URL field and body link`,
      outcome: 'content',
      answer: ({ doc }) => json(encode(scriptInUrls(doc, payload))),
    })),
  ];
  return cases;
}

/** One case per top-level field: the document without it. */
export function missingTopLevel(doc) {
  return Object.keys(doc).map((key) => ({
    name: `missing field: ${key}`,
    outcome: 'either',
    answer: () => {
      const copy = { ...doc };
      delete copy[key];
      return json(encode(copy));
    },
  }));
}
