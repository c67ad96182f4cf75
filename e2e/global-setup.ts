import fs from 'node:fs';
import path from 'node:path';

/** The browser tests serve the built web app; `npm test` builds it first (build:web). */
export default function setup() {
  const index = path.join(
    process.env.WEB_ROOT ?? path.resolve(import.meta.dirname, '../dist/web'),
    'index.html',
  );
  if (!fs.existsSync(index))
    throw new Error('dist/web is missing: run `npm run build:web` (npm test does it) before the e2e tests');
  if (!fs.existsSync('/usr/bin/chromium'))
    throw new Error('Chromium is missing: apt-get install -y chromium fonts-wqy-microhei');
}
