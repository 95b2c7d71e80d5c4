// The built site for the browser tests: built once with Vite's JS API into a temp folder keyed by
// a hash of its sources (so an unchanged tree is not built again), then served by a tiny static
// server under a sub-folder path, as a teacher's web space would.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = resolve(import.meta.dirname, '../../..');
const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];
/** The sub-folder the site is served from, to show it works from any folder. */
export const SUBFOLDER = '/courses/cbp-101/interdict/';

function hashInputs(): string {
  const hash = createHash('sha256');
  const walk = (path: string): void => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else {
      hash.update(path.slice(ROOT.length));
      hash.update(readFileSync(path));
    }
  };
  for (const input of INPUTS) walk(join(ROOT, input));
  return hash.digest('hex').slice(0, 16);
}

/** The folder of a production build of the current sources (built now if needed; the e2e project's
 *  global set-up calls this once, so no two builds race). */
export async function builtSite(): Promise<string> {
  const dir = join(tmpdir(), `interdict-e2e-${hashInputs()}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  const staging = `${dir}.tmp-${process.pid}`;
  const { build } = await import('vite');
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), base: './', logLevel: 'error', build: { outDir: staging, emptyOutDir: true } });
  writeFileSync(join(staging, '.complete'), new Date().toISOString());
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json', '.map': 'application/json',
  '.png': 'image/png', '.wasm': 'application/wasm', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

export interface Served {
  /** The site's address, ending in the sub-folder and a slash. */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` at SUBFOLDER on a free loopback port; anything outside the folder is a 404. */
export async function serve(dir: string): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(SUBFOLDER)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(dir, path.slice(SUBFOLDER.length)));
    if (!file.startsWith(dir + sep) && file !== dir) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${SUBFOLDER}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
