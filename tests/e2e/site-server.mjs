// A static server for a built site whose folder can be swapped while it runs: a new build
// deployed on the same address (update.test.mjs). Answers like `sirv --single` (scripts/e2e.sh):
// a file, else the page's static copy (`x.html` for `/x`), else the front page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

async function isFile(path) {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/** Serves `folder` on 127.0.0.1 (a free port); `serve(other)` swaps it for the next request. */
export async function startSite(folder) {
  let root = folder;
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const candidates = [join(root, path), join(root, `${path.replace(/\/$/, '')}.html`), join(root, path, 'index.html'), join(root, 'index.html')];
    for (const file of candidates) {
      if (await isFile(file)) {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        response.end(await readFile(file));
        return;
      }
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/`;
  return {
    url: (path) => new URL(path, base).toString(),
    serve(other) {
      root = other;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
