#!/usr/bin/env node
// The browser tests drive Debian's Chromium (no browser download at test time). On a fresh
// Debian machine where we are root, install it; elsewhere say how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BIN = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(BIN)) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
const apt = existsSync('/usr/bin/apt-get');
if (!root || !apt) {
  console.error(
    `The browser tests need Chromium at ${BIN}: install it (Debian: \`sudo apt-get install chromium\`) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
console.log('Installing Debian chromium for the browser tests (first run only)...');
try {
  execSync('apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} catch {
  console.error('Installing chromium failed (see above).');
  process.exit(1);
}
