#!/usr/bin/env node
// Launcher for `npm run sim`: runs the command line from a bundle that esbuild rebuilds whenever a
// source file is newer, so a run pays plain Node's start-up (~0.1 s) rather than compiling
// TypeScript on the fly (~0.4 s): policy staff run it thousands of times in batch scripts.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// One bundle per checkout: worktrees may share a node_modules, and must not run each other's code.
const out = join(root, 'node_modules', '.cache', 'interdict', `cli-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.mjs`);

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function builtAt() {
  try {
    return statSync(out).mtimeMs;
  } catch {
    return -1;
  }
}

const sources = Math.max(newestSource(join(root, 'src')), statSync(join(root, 'package-lock.json')).mtimeMs);
if (builtAt() < sources) {
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`; // written aside and renamed, so concurrent runs never see half a file
  await build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: tmp,
    logLevel: 'error',
    // Some bundled CommonJS packages call require(); give the ES module one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  renameSync(tmp, out);
}
await import(pathToFileURL(out).href);
