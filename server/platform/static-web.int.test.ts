import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createTestDeps, type TestDeps } from '../test/harness.js';

/** The web build as the server sends it: pre-compressed files, hashed assets cached for good. */
describe('serving the web build', () => {
  let deps: TestDeps;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-web-'));
  const script = `console.log(${JSON.stringify('落实'.repeat(800))});\n`;
  beforeAll(async () => {
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(
      path.join(root, 'index.html'),
      '<!doctype html><title>落实</title><div id="root"></div>',
    );
    fs.writeFileSync(path.join(root, 'assets/index-AbC123.js'), script);
    fs.writeFileSync(path.join(root, 'assets/index-AbC123.js.gz'), zlib.gzipSync(script));
    fs.writeFileSync(path.join(root, 'assets/index-AbC123.js.br'), zlib.brotliCompressSync(script));
    deps = await createTestDeps();
    app = await buildApp(deps, { webRoot: root });
  });
  afterAll(async () => {
    await app.close();
    await deps.cleanup();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('sends the brotli or gzip file the build wrote when the browser accepts it, the plain one otherwise', async () => {
    const br = await app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    const gz = await app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('lets browsers keep hashed assets for a year, and revalidate the page itself', async () => {
    const asset = await app.inject({ url: '/assets/index-AbC123.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await app.inject({ url: '/inspections/plans' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<div id="root">');
  });

  it('still answers unknown API paths with a JSON 404, not the page', async () => {
    const res = await app.inject({ url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });
});
