import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { median } from './client.js';

/**
 * Load-to-interactive in headless Chromium: from `goto` until the page's own content is on screen and
 * every API call the page made has been answered: the workbench's greeting and to-do sources, the
 * dashboard's first chart canvas. The first load is cold (empty HTTP cache); the median is of the
 * warm loads after it (the cache holds the JS, the API answers are fetched again). Desktop viewport.
 */
const PAGES = [
  { name: 'workbench', path: '/', ready: 'h4' },
  { name: 'dashboard', path: '/statistics', ready: 'canvas' },
];

export async function benchInteractive(base: string, username: string, password: string, runs = 5) {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base))
    throw new Error('interactive bench runs against 127.0.0.1 only');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-lti-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 800 },
    locale: 'zh-CN',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const res = await context.request.post(`${base}/api/auth/login`, {
      data: { username, password },
      headers: { 'x-forwarded-for': '10.251.0.1' },
    });
    if (!res.ok()) throw new Error(`login: ${res.status()}`);
    const out: Record<string, { coldMs: number; warmMedianMs: number; jsKb: number }> = {};
    for (const p of PAGES) {
      const times: number[] = [];
      let jsBytes = 0;
      for (let i = 0; i <= runs; i++) {
        const page = await context.newPage();
        let bytes = 0;
        let pending = 0;
        let lastSettled = 0;
        page.on('response', async (r) => {
          if (r.url().endsWith('.js')) bytes += Number((await r.headerValue('content-length')) ?? 0);
        });
        page.on('request', (r) => {
          if (r.url().includes('/api/')) pending++;
        });
        const settle = (r: { url(): string }) => {
          if (!r.url().includes('/api/')) return;
          pending--;
          lastSettled = performance.now();
        };
        page.on('requestfinished', settle);
        page.on('requestfailed', settle);
        const t0 = performance.now();
        await page.goto(`${base}${p.path}`);
        await page.locator(p.ready).first().waitFor({ state: 'visible', timeout: 30_000 });
        const visible = performance.now();
        // Interactive = content visible and every API call it made answered; 300 ms without a new
        // call ends the wait, and is not counted.
        for (
          let quiet = 0;
          quiet < 300;
          quiet = pending ? 0 : performance.now() - Math.max(lastSettled, visible)
        )
          await page.waitForTimeout(20);
        times.push(Math.max(visible, lastSettled) - t0);
        if (i === 0) jsBytes = bytes;
        await page.close();
      }
      out[p.name] = {
        coldMs: Math.round(times[0]),
        warmMedianMs: Math.round(median(times.slice(1))),
        jsKb: Math.round(jsBytes / 102.4) / 10,
      };
    }
    return out;
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
