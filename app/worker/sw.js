// Gazette's service worker: offline reading, saved stories and updates that never mix two
// builds (docs/offline.md). Hand-written rather than Workbox: see that page for the figures.
// The build fills in the three lines marked `gazette:` (scripts/worker.py): the app's files
// with a revision each (the start of their SHA-256), the version those revisions make, the
// content folder and the site.json switch. Every change to the app's files changes this file,
// which is how the browser learns that a new build is out.
const PRECACHE = []; // gazette:precache
const VERSION = 'dev'; // gazette:version
const SETTINGS = { contentPath: 'content/', enabled: true }; // gazette:settings

const SCOPE = new URL(self.registration.scope);
// Every cache of ours starts with this (the app deletes them all when site.json turns the
// worker off: src/components/offline/saved.rs `OUR_CACHES`).
const OURS = 'gazette-';
// The app's files of this build, and the pages read with it: both go with the build (a page's
// HTML names its build's scripts). Content and pictures outlive builds.
const APP = `${OURS}app-${VERSION}`;
const PAGES = `${OURS}pages-${VERSION}`;
const CONTENT = `${OURS}content`;
const IMAGES = `${OURS}images`;
// Saved stories (the app writes them; src/components/offline/saved.rs): never evicted here.
const SAVED = `${OURS}saved`;
// Long enough for a slow phone, short enough that a reader in a tunnel gets the last copy soon.
const NETWORK_TIMEOUT_MS = 3000;
const LIMITS = { [PAGES]: 50, [CONTENT]: 300, [IMAGES]: 120 };
// When a response was stored (ms since 1970), and on a copy served because the network failed,
// that time again: the app says "showing the news as of 10:42" (src/api/http.rs reads it).
const STORED_AT = 'x-gazette-stored-at';
const OFFLINE_COPY = 'x-gazette-offline-copy';
const REVISION = 'x-gazette-revision';
const SHELL = '404.html';

const precached = new Map(PRECACHE.map(([path, revision]) => [path, revision]));

self.addEventListener('install', (event) => {
  event.waitUntil(SETTINGS.enabled ? precache() : self.skipWaiting());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(SETTINGS.enabled ? dropOtherBuilds().then(() => self.clients.claim()) : switchOff());
});

// The new build waits until the reader asks for it ("Reload"): a page never runs on a mix.
// The app also names the files of the page the worker was installed on ("keep"), which went
// past it: that first page is readable offline too.
// site.json turned the worker off while it runs (the app says so before it deletes the
// caches): from then on it answers nothing and keeps nothing.
let switchedOff = !SETTINGS.enabled;
self.addEventListener('message', (event) => {
  const message = event.data || {};
  if (message.type === 'skip-waiting') self.skipWaiting();
  if (message.type === 'switch-off') switchedOff = true;
  if (message.type === 'keep' && Array.isArray(message.urls)) event.waitUntil(keep(message.urls));
});

self.addEventListener('fetch', (event) => {
  if (switchedOff) return;
  const which = kind(event.request.url, event.request.mode === 'navigate', event.request.method);
  if (which) event.respondWith(STRATEGIES[which](event.request, event));
});

/** What a request is, which decides how it is answered and kept; null leaves it to the browser. */
function kind(href, navigation, method = 'GET') {
  if (method !== 'GET') return null;
  const url = new URL(href);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  if (navigation) return 'page';
  const path = url.pathname.slice(SCOPE.pathname.length);
  // site.json holds settings a publisher changes without a rebuild: the network's first.
  if (path === 'site.json') return 'settings';
  if (precached.has(path) && !url.search) return 'app';
  if (path.startsWith(`${SETTINGS.contentPath}articles/`)) return 'article';
  if (path.startsWith(SETTINGS.contentPath)) return 'content';
  if (/\.(png|jpe?g|gif|webp|avif|svg)$/i.test(path)) return 'image';
  return null;
}

const STRATEGIES = {
  page: (request, event) => page(request, event),
  // Not marked as a copy: settings are no news, and every page reads them.
  settings: networkFirst(APP, false),
  app: (request) => app(request),
  article: cacheFirst(CONTENT, true),
  content: networkFirst(CONTENT, true),
  image: cacheFirst(IMAGES, false),
};
const KEPT_IN = { page: PAGES, article: CONTENT, content: CONTENT, image: IMAGES };

/** Stores the page and files the app names, each where its kind is kept. */
async function keep(urls) {
  await Promise.all(urls.map(async (href, index) => {
    const which = kind(href, index === 0);
    if (!KEPT_IN[which] || (await find({ url: href }, [KEPT_IN[which]]))) return;
    const response = await fetch(href).catch(() => null);
    if (response && response.ok) await store(KEPT_IN[which], { url: href }, response);
  }));
}

/** The app's own files: from this build's cache, so a page never mixes two builds. */
async function app(request) {
  return (await (await caches.open(APP)).match(request.url)) ?? fetch(request);
}

/** Pages: the network first; offline, the copy read last with this build, else this build's
 * bare app, which routes and draws the page from the JSON kept (a saved story's too). */
async function page(request, event) {
  const network = fetch(request);
  try {
    const response = await withTimeout(network);
    if (response.ok) event.waitUntil(store(PAGES, request, response.clone()));
    return response;
  } catch (error) {
    const kept = await find(request, [PAGES]);
    if (kept) return kept;
    const shell = await (await caches.open(APP)).match(new URL(SHELL, SCOPE).href);
    return shell ?? network;
  }
}

/** The front page, archives, site.json: the network first, the last copy when it fails,
 * `marked` with the time it was stored. */
function networkFirst(cacheName, marked) {
  return async (request, event) => {
    // Past the browser's HTTP cache: "the network first" means asking the server (a cheap 304
    // when nothing changed), and a failure is then the news this copy is old.
    const network = fetch(request, { cache: 'no-cache' });
    try {
      const response = await withTimeout(network);
      if (response.ok) event.waitUntil(store(cacheName, request, response.clone()));
      return response;
    } catch (error) {
      const kept = await find(request, [SAVED, cacheName]);
      if (!kept) return network; // a slow answer is better than none
      network.catch(() => {}); // the reader has the copy; a late failure is no news
      return marked ? withHeader(kept, OFFLINE_COPY, kept.headers.get(STORED_AT) ?? String(Date.now())) : kept;
    }
  };
}

/** Articles once read (a newer version replaces the copy in the background) and pictures. */
function cacheFirst(cacheName, refresh) {
  return async (request, event) => {
    const kept = await find(request, [SAVED, cacheName]);
    const network = kept && !refresh ? null : fetch(request);
    const stored = network?.then((response) => (response.ok ? store(cacheName, request, response.clone()) : null));
    if (kept) {
      if (stored) event.waitUntil(stored.catch(() => {}));
      return kept;
    }
    event.waitUntil(stored.catch(() => {}));
    return network;
  };
}

async function find(request, cacheNames) {
  for (const name of cacheNames) {
    const hit = await (await caches.open(name)).match(request.url);
    if (hit) return hit;
  }
  return undefined;
}

/** Keeps a response with the time it was stored; past the cache's limit, the oldest go. */
async function store(cacheName, request, response) {
  if (switchedOff) return;
  const cache = await caches.open(cacheName);
  try {
    await cache.put(request.url, await withHeader(response, STORED_AT, String(Date.now())));
  } catch (error) {
    // Storage full: dropping this copy costs the reader nothing they asked to keep.
    return;
  }
  const keys = await cache.keys();
  const excess = keys.length - (LIMITS[cacheName] ?? Infinity);
  await Promise.all(keys.slice(0, Math.max(0, excess)).map((key) => cache.delete(key)));
}

async function withHeader(response, name, value) {
  const headers = plainHeaders(response);
  headers.set(name, value);
  const body = await response.blob();
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/** A response's headers for a body that is already decoded: its transfer sizes no longer hold. */
function plainHeaders(response) {
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  return headers;
}

function withTimeout(promise) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** Installs this build's files. A file whose bytes do not match its revision (the server
 * moved on to a newer build meanwhile) fails the install: the browser tries again later,
 * rather than keep a mix. Files unchanged since an older build are copied from its cache. */
async function precache() {
  const cache = await caches.open(APP);
  await Promise.all(PRECACHE.map(async ([path, revision]) => {
    const url = new URL(path, SCOPE).href;
    const kept = await keptRevision(url, revision);
    if (kept) return cache.put(url, kept);
    const response = await fetch(url, { cache: 'no-cache' });
    const body = await response.arrayBuffer();
    if (!response.ok || (await digest(body)) !== revision) {
      throw new Error(`${path} is not revision ${revision}: the site changed while it installed`);
    }
    const headers = plainHeaders(response);
    headers.set(REVISION, revision);
    return cache.put(url, new Response(body, { status: 200, headers }));
  }));
}

async function keptRevision(url, revision) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(`${OURS}app-`)) continue;
    const hit = await (await caches.open(name)).match(url);
    if (hit && hit.headers.get(REVISION) === revision) return hit;
  }
  return undefined;
}

async function digest(bytes) {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash.slice(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Once this build runs, the files and pages of every other build go. */
async function dropOtherBuilds() {
  const names = await caches.keys();
  const old = names.filter((name) => (name.startsWith(`${OURS}app-`) && name !== APP) || (name.startsWith(`${OURS}pages-`) && name !== PAGES));
  await Promise.all(old.map((name) => caches.delete(name)));
}

/** site.json `serviceWorker: false`: every cache of ours goes, and the worker with them. */
async function switchOff() {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(OURS)).map((name) => caches.delete(name)));
  await self.registration.unregister();
}
