#!/usr/bin/env node
// Builds FerretDB 1.24.2 from the Go module proxy into .tools/bin (git-ignored), once.
// Built through scripts/ferretdb (a small module of ours that embeds FerretDB): a plain
// `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` builds a binary that
// panics at start (FerretDB issue #2982). Skipped when the binary is already there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, '.tools', 'bin', 'ferretdb');

if (existsSync(bin) && !process.argv.includes('--force')) process.exit(0);

function findGo() {
  for (const candidate of ['go', '/usr/local/go/bin/go']) {
    try {
      execFileSync(candidate, ['version'], { stdio: 'ignore' });
      return candidate;
    } catch {}
  }
  console.error(
    'FerretDB needs to be built once, and that needs Go 1.24 or newer (not found). Install Go, or set MONGODB_URI to a MongoDB server.',
  );
  process.exit(1);
}

const go = findGo();
mkdirSync(dirname(bin), { recursive: true });
console.log('Building FerretDB 1.24.2 (first run only, about two minutes)...');
const started = Date.now();
try {
  execFileSync(go, ['build', '-trimpath', '-o', bin, '.'], {
    cwd: join(root, 'scripts', 'ferretdb'),
    stdio: 'inherit',
    env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
  });
} catch {
  console.error(
    'Building FerretDB failed (see above). It needs the Go module proxy; or set MONGODB_URI to a MongoDB server.',
  );
  process.exit(1);
}
console.log(`FerretDB built in ${Math.round((Date.now() - started) / 1000)} s: ${bin}`);
