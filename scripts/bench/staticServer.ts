/**
 * Debian's nginx serving saved HTML files as static files, the reference the page benchmark
 * compares the site with (pages.ts): one worker (the Next server is one process too), no access
 * log, on 127.0.0.1 on a free port, started with a temporary configuration and stopped by its PID.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { freePort, waitFor } from '../lib/server.mjs'

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx'

export interface StaticServer {
  baseURL: string
  pid: number
  stop: () => Promise<void>
}

/** Saves `html` as the file nginx answers for `pagePath` (`/fr/news` → `<root>/fr/news/index.html`). */
export function saveStaticPage(root: string, pagePath: string, html: string): void {
  const dir = path.join(root, ...pagePath.split('/').filter(Boolean))
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'index.html'), html)
}

export async function startNginx(root: string, work: string): Promise<StaticServer> {
  const port = await freePort()
  const prefix = path.join(work, 'nginx')
  mkdirSync(prefix, { recursive: true })
  const conf = path.join(prefix, 'nginx.conf')
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  default_type text/html;
  sendfile on;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri/index.html =404; }
  }
}
`,
  )
  const child = spawn(NGINX, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'inherit', 'inherit'] })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
    child.kill('SIGQUIT')
    const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))])
    if (!done) child.kill('SIGKILL')
  }
  const baseURL = `http://127.0.0.1:${port}`
  try {
    await waitFor(`${baseURL}/`, 10_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseURL, pid: child.pid ?? 0, stop }
}
