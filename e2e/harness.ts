import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/connection.js';
import { migrateToLatest } from '../server/db/migrate.js';
import type { DemoAccount } from '../server/demo/foundation.js';
import { loadDemo } from '../server/demo/index.js';

/**
 * A real server (embedded database, demo data loaded) on a free loopback port, and a headless
 * Chromium to drive it. Each e2e file gets its own of both.
 */
export interface E2E {
  baseUrl: string;
  app: FastifyInstance;
  accounts: DemoAccount[];
  browser: Browser;
  account(role: string, predicate?: (a: DemoAccount) => boolean): DemoAccount;
  /** A page in a context of its own: its own cookies, so several users can act side by side. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  login(page: Page, account: DemoAccount): Promise<void>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export const DESKTOP = { width: 1366, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function startE2E(): Promise<E2E> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-e2e-'));
  const config = loadConfig({ DATA_DIR: dataDir }, []);
  const handle = openDatabase({ databaseUrl: null, dataDir });
  await migrateToLatest(handle);
  const deps = { db: handle.db, dialect: handle.dialect, handle, config };
  const accounts = await loadDemo(deps, { quiet: true });
  const app = await buildApp(deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
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
  const shotDir = path.resolve(import.meta.dirname, '../.test-results/screenshots');
  fs.mkdirSync(shotDir, { recursive: true });
  return {
    baseUrl,
    app,
    accounts,
    browser,
    account(role, predicate = () => true) {
      const found = accounts.find((a) => a.role === role && predicate(a));
      if (!found) throw new Error(`no demo account with role ${role}`);
      return found;
    },
    async newPage(viewport = DESKTOP) {
      const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const page = await context.newPage();
      page.on('close', () => {
        // The browser may already be closing (end of file): nothing left to close then.
        context.close().catch(() => undefined);
      });
      return page;
    },
    async login(page, account) {
      await page.goto(`${baseUrl}/login`);
      await page.getByLabel('用户名').fill(account.username);
      await page.getByLabel('密码').fill(account.password);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.getByText(`您好，${account.displayName}`).waitFor();
    },
    async screenshot(page, name) {
      await page.screenshot({ path: path.join(shotDir, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await app.close();
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
