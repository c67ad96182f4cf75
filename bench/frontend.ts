import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * JS bytes (gzip) of the Vite build: the entry chunk with everything index.html preloads (the first
 * screen), and each lazily loaded chunk on its own. Builds into a temp directory, never dist/web.
 */
export function benchBundle(outDir = '/tmp/bench-web') {
  const root = path.resolve(import.meta.dirname, '../../..');
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'web/vite.config.ts', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  execFileSync(process.execPath, [path.join(root, 'scripts/compress-web.mjs'), outDir], { stdio: 'ignore' });
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const firstScreen = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;
  const assets = fs.readdirSync(path.join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
  const chunks = assets.map((f) => ({
    file: `assets/${f}`,
    gzipKb: Math.round(gz(`assets/${f}`) / 102.4) / 10,
  }));
  const firstKb = Math.round(firstScreen.reduce((a, f) => a + gz(f), 0) / 102.4) / 10;
  return {
    outDir,
    firstScreenFiles: firstScreen,
    firstScreenGzipKb: firstKb,
    chunks: chunks.sort((a, b) => b.gzipKb - a.gzipKb),
  };
}
