// The layer rules (.dependency-cruiser.cjs) catch what they must: a fixture tree laid out like src/
// is written to a temporary folder with forbidden imports planted in it, and the checker, run with
// the project's own configuration, must report each one and nothing that the rules allow.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The fixture: file → its content. Each planted import names the arrow it tests. */
const FILES: Record<string, string> = {
  'src/main.ts': "export const app = 1;\n",
  'src/sim/kernel.ts': "export const k = 1;\n",
  'src/scenario/schema.ts': "import { k } from '../sim/kernel.js';\nexport const s = k;\n",
  'src/scenario/bad.ts': "import { setup } from 'xstate';\nexport const bad = setup;\n", // scenario -> xstate
  'src/machines/m.ts': "import { setup } from 'xstate';\nexport const m = setup;\n",
  'src/model/facility.ts': "import { s } from '../scenario/schema.js';\nexport type Snapshot = { n: number };\nexport const f = s;\n",
  'src/model/bad.ts': "import { app } from '../main.js';\nexport const bad = app;\n", // model -> main
  'src/cli/run.ts': "import { f } from '../model/facility.js';\nimport { readFileSync } from 'node:fs';\nexport const r = [f, readFileSync];\n",
  'src/cli/bad.ts': "import { panel } from '../ui/panel.js';\nexport const bad = panel;\n", // cli -> ui
  'src/ui/panel.ts': "import { view } from '../render/view.js';\nimport { f } from '../model/facility.js';\nexport const panel = [view, f];\n",
  'src/render/view.ts': "import type { Snapshot } from '../model/facility.js';\nexport const view = (s: Snapshot) => s.n;\n",
  'src/render/bad.ts': "import type { Cli } from '../cli/types.js';\nexport const bad = (c: Cli) => c;\n", // type-only render -> cli
  'src/render/worse.ts': "import { f } from '../model/facility.js';\nexport const worse = f;\n", // render -> model code
  'src/cli/types.ts': "export type Cli = { argv: string[] };\n",
  'src/cli/main-bad.ts': "import { app } from '../main.js';\nexport const bad = app;\n", // cli -> main
  'src/experiments/bad.ts': "import { app } from '../main.js';\nexport const bad = app;\n", // experiments -> main
  'src/experiments/fs-bad.ts': "import { readFileSync } from 'node:fs';\nexport const bad = readFileSync;\n", // experiments -> node:fs
  'src/render/scenario-bad.ts': "import type { S } from '../scenario/types.js';\nexport const bad = (s: S) => s;\n", // type-only render -> scenario
  'src/scenario/types.ts': "export type S = { name: string };\n",
  'src/model/xstate-bad.ts': "import { setup } from 'xstate';\nexport const bad = setup;\n", // model -> xstate
  'src/cli/pixi-bad.ts': "import { Application } from 'pixi.js';\nexport const bad = Application;\n", // cli -> pixi.js
  'src/palette/colours.ts': "export const BLUE = '#0072B2';\n",
  'src/palette/bad.ts': "import { f } from '../model/facility.js';\nexport const bad = f;\n", // palette -> model
  'src/render/palette-ok.ts': "import { BLUE } from '../palette/colours.js';\nexport const ok = BLUE;\n",
  'src/newlayer/thing.ts': "import { k } from '../sim/kernel.js';\nexport const t = k;\n", // a folder no rule names
};

let violations: { from: string; to: string; rule: string }[] = [];

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'interdict-layers-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', target: 'ES2022' }, include: ['src'] }));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const out = execFileSync(join(root, 'node_modules/.bin/depcruise'), ['src', '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  violations = (JSON.parse(out).summary.violations as { from: string; to: string; rule: { name: string } }[]).map((v) => ({ from: v.from, to: v.to, rule: v.rule.name }));
}, 60_000);

const from = (file: string) => violations.filter((v) => v.from === file);

describe('the layer rules', () => {
  it.each([
    ['model -> main', 'src/model/bad.ts'],
    ['cli -> ui', 'src/cli/bad.ts'],
    ['type-only render -> cli', 'src/render/bad.ts'],
    ['render -> model code (not just its types)', 'src/render/worse.ts'],
    ['scenario -> xstate', 'src/scenario/bad.ts'],
    ['cli -> main', 'src/cli/main-bad.ts'],
    ['experiments -> main', 'src/experiments/bad.ts'],
    ['experiments -> node:fs (it runs in Web Workers)', 'src/experiments/fs-bad.ts'],
    ['type-only render -> scenario (render takes model types only)', 'src/render/scenario-bad.ts'],
    ['model -> xstate (no actor per parcel)', 'src/model/xstate-bad.ts'],
    ['cli -> pixi.js', 'src/cli/pixi-bad.ts'],
    ['palette -> model (colours import nothing)', 'src/palette/bad.ts'],
    ['any import from a folder no rule names', 'src/newlayer/thing.ts'],
  ])('refuse %s', (_, file) => {
    expect(from(file).length).toBeGreaterThan(0);
  });

  it('name the rule that nothing imports main.ts', () => {
    expect(from('src/model/bad.ts').map((v) => v.rule)).toContain('nothing-imports-main');
  });

  it('allow the arrows of the architecture: ui -> render, type-only render -> model, render -> palette, cli -> model and Node, machines -> xstate', () => {
    for (const file of ['src/ui/panel.ts', 'src/render/view.ts', 'src/cli/run.ts', 'src/machines/m.ts', 'src/scenario/schema.ts', 'src/model/facility.ts', 'src/render/palette-ok.ts']) {
      expect(from(file), file).toEqual([]);
    }
  });
});
