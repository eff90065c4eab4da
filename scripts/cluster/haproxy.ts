import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * HAProxy from Debian's packages as the load balancer: a long-kept, standard one that health-
 * checks each app process on /api/ready (a draining or broken process leaves the rotation within
 * about two seconds), sends a request whose connection failed to another process, and passes
 * WebSocket upgrades through. Installed with apt-get when missing (CI and these machines run as root).
 */
export function ensureHaproxy(): string {
  const found = () => {
    try {
      return execFileSync('sh', ['-c', 'command -v haproxy'], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  let bin = found();
  if (bin) return bin;
  if (process.getuid?.() !== 0) throw new Error('HAProxy is not installed: sudo apt-get install haproxy.');
  console.log('Installing HAProxy from Debian (apt-get install haproxy)...');
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy'], {
    stdio: 'inherit',
  });
  bin = found();
  if (!bin) throw new Error('apt-get did not install haproxy; install it by hand.');
  return bin;
}

/** The configuration: round robin over `backends`, health checks, retries on another process. */
export function haproxyConfig(port: number, backends: string[]): string {
  const servers = backends.map((url, i) => `  server app${i} ${new URL(url).host} check inter 1s fall 2 rise 1`);
  return [
    'global',
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout tunnel 1h',
    '  option forwardfor',
    // A request whose connection failed (the process is gone) goes to another process. Only
    // connection failures: a write that reached a process that then died is not sent twice.
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure',
    'frontend web',
    `  bind 127.0.0.1:${port}`,
    '  default_backend app',
    'backend app',
    '  balance roundrobin',
    '  option httpchk GET /api/ready',
    '  http-check expect status 200',
    ...servers,
    '',
  ].join('\n');
}

/** Starts HAProxy in the foreground on `port` in front of `backends`. */
export function startHaproxy(port: number, backends: string[], dir: string): ChildProcess {
  const bin = ensureHaproxy();
  const file = join(dir, 'haproxy.cfg');
  writeFileSync(file, haproxyConfig(port, backends));
  execFileSync(bin, ['-c', '-q', '-f', file]);
  return spawn(bin, ['-db', '-f', file], { stdio: ['ignore', 'inherit', 'inherit'] });
}
