import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    serverBuild: string;
  }
}

/**
 * Compiles the server once into a temporary folder, so the crash and shutdown tests can start the
 * real process (`node <build>/server/main.js`) as a deployment does. tsc still emits when some
 * in-progress file elsewhere has a type error; only a missing main.js stops the run.
 */
export default function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../..');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-hardening-build-'));
  try {
    execFileSync(
      path.join(root, 'node_modules/.bin/tsc'),
      ['-p', 'tsconfig.build.json', '--outDir', out, '--sourceMap', 'false'],
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
  } catch {
    // Type errors are reported by `npm run check`; the emitted JavaScript is what we run.
  }
  if (!fs.existsSync(path.join(out, 'server/main.js')))
    throw new Error(`the server build in ${out} has no server/main.js`);
  fs.writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n');
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(out, 'node_modules'));
  project.provide('serverBuild', out);
  return () => fs.rmSync(out, { recursive: true, force: true });
}
