// nginx as a peer of the gateway in `npm run bench:gateway`: Debian's nginx-light, installed with apt-get when it
// is missing and this runs as root (BENCH_NGINX_INSTALL=0 never installs), run in the foreground as a child
// process with a config, pid file, logs and temp folders of its own, never as the system's daemon.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const binary = '/usr/sbin/nginx';

/** The nginx binary, installing it when allowed; or why there is none. */
export function findNginx(env: NodeJS.ProcessEnv): { binary: string } | { skipped: string } {
  if (existsSync(binary)) return { binary };
  if (env.BENCH_NGINX_INSTALL === '0') return { skipped: 'nginx is not installed (BENCH_NGINX_INSTALL=0)' };
  if (process.getuid?.() !== 0) return { skipped: 'nginx is not installed, and installing it needs root' };
  console.log('Installing nginx-light with apt-get…');
  // A Debian host with a working init may start the packaged daemon on port 80; ours is started apart from it.
  const result = spawnSync('apt-get', ['install', '-y', '-q', 'nginx-light'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0 || !existsSync(binary))
    return { skipped: `apt-get install nginx-light failed (exit ${result.status})` };
  return { binary };
}

export interface Nginx {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** A reverse proxy on `port` that forwards /api/v1/… to `upstream` over kept-alive connections. */
export async function startNginx(nginx: string, port: number, upstream: string): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), 'ikiraro-bench-nginx-'));
  const config = `
daemon off;
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  # nginx closes a kept-alive connection after 1,000 requests by default: the load generator would count errors.
  keepalive_requests 100000000;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream bare { server ${upstream.replace(/^http:\/\//, '')}; keepalive 64; keepalive_requests 100000000; }
  server {
    listen 127.0.0.1:${port};
    location /api/v1/ {
      proxy_pass http://bare/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
`;
  writeFileSync(join(dir, 'nginx.conf'), config);
  // -p: relative paths and the compiled-in defaults it still opens resolve inside our folder.
  const child: ChildProcess = spawn(
    nginx,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start (${child.exitCode})`);
    if (
      await fetch(`${url}/api/v1/figures/campaigns`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (attempt > 100) throw new Error('nginx did not answer within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGQUIT'); // nginx's graceful stop; its worker ends with the master
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
