// The site installs as an app (issue 15): Chromium's own installability check reports no
// error, and the manifest names the site, its base and PNG icons drawn at build time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { url } from './helpers.mjs';
import { installable } from './offline-helpers.mjs';

test('Chromium finds the site installable: manifest, icons, worker', async () => {
  const manifest = await installable(url('/'));
  assert.equal(manifest.name, 'The Harbour Gazette');
  assert.equal(manifest.short_name, 'Harbour Gazette');
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.scope, '/');
  assert.equal(manifest.display, 'standalone');
  assert.deepEqual(
    manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`),
    ['192x192 any', '512x512 any', '512x512 maskable'],
  );
});
