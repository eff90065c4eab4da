#!/usr/bin/env node
// Builds FerretDB 1.24.2 from the Go module proxy into .tools/bin (git-ignored), once.
// Built through scripts/ferretdb (a small module of ours that embeds FerretDB): a plain
// `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` builds a binary that
// panics at start (FerretDB issue #2982). Skipped when the binary is there and was built
// from the current sources (a stamp holds their hash).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'scripts', 'ferretdb');
const bin = join(root, '.tools', 'bin', 'ferretdb');
const stampFile = `${bin}.stamp`;

const stamp = createHash('sha256');
for (const f of readdirSync(src)
  .filter((f) => /\.go$|^go\.(mod|sum)$/.test(f))
  .sort())
  stamp.update(readFileSync(join(src, f)));
const wanted = stamp.digest('hex');
const built = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
if (existsSync(bin) && built === wanted && !process.argv.includes('--force')) process.exit(0);

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
    cwd: src,
    stdio: 'inherit',
    env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
  });
} catch {
  console.error(
    'Building FerretDB failed (see above). It needs the Go module proxy; or set MONGODB_URI to a MongoDB server.',
  );
  process.exit(1);
}
writeFileSync(stampFile, wanted);
console.log(`FerretDB built in ${Math.round((Date.now() - started) / 1000)} s: ${bin}`);
