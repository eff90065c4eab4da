#!/usr/bin/env node
// `npm start`: builds what is missing (the FerretDB binary, the client bundle), then serves.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

try {
  if (!process.env.MONGODB_URI) run(process.execPath, [join(root, 'scripts/installFerretdb.mjs')]);
  if (!existsSync(join(root, 'dist/client/index.html'))) {
    console.log('Building the client...');
    run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
  }
} catch {
  process.exit(1);
}

const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/main.ts')], {
  cwd: root,
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
