import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, sleep } from './kit.js';

/** Where Debian's nginx lives; `.ci/run` installs the package (nginx-light). */
export const NGINX_BIN = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p)) ?? null;

export interface NginxProxy {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The deployment of README "several instances": nginx on 127.0.0.1 balancing round-robin over the
 * app instances, passing the client address (the app trusts 127.0.0.1 as its proxy). Each answer
 * says which instance served it in `X-Upstream`, so that tests can see both were used.
 */
export function nginxConfig(listenPort: number, upstreamPorts: number[], dir: string): string {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return `${asRoot ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 25m;
  upstream luoshi {
${upstreamPorts.map((p) => `    server 127.0.0.1:${p};`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${listenPort};
    location / {
      proxy_pass http://luoshi;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

/** Starts nginx in the foreground with a config of its own in a temp directory; waits until it answers. */
export async function startNginx(upstreamPorts: number[]): Promise<NginxProxy> {
  if (!NGINX_BIN) throw new Error('nginx is not installed (apt-get install -y nginx-light)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-nginx-'));
  const port = await freePort();
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, nginxConfig(port, upstreamPorts, dir));
  execFileSync(NGINX_BIN, ['-t', '-q', '-p', dir, '-c', conf], { stdio: 'pipe' });
  const child: ChildProcess = spawn(NGINX_BIN, ['-p', dir, '-c', conf], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/livez`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start: ${fs.readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
    }
    await sleep(50);
  }
  return {
    baseUrl,
    async stop() {
      child.kill('SIGQUIT');
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
