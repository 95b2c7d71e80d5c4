// The layer rules of docs/architecture.md as an allow-list, enforced by `npm test` (npm run
// lint:layers): every import must match one `allowed` entry below, type-only imports included, so a
// new arrow between layers fails until it is written down here. Layers, bottom to top:
//   sim  <-  scenario, policy, machines  <-  model  <-  experiments  <-  cli, ui;   render: model types.
// Beside them, palette/ (the app's colours) is a leaf that experiments (the memo), render and ui import.
// test/layers/layerRules.test.ts plants forbidden imports in a fixture tree and expects failures.

/** A path pattern for our own layers: `layer('model', 'sim')` is '^src/(model|sim)/'. */
const layer = (...names) => `^src/(${names.join('|')})/`;
/** A path pattern for npm packages. */
const pkg = (...names) => `node_modules/(${names.map((n) => n.replace(/[.]/g, '\\.')).join('|')})/`;

module.exports = {
  allowedSeverity: 'error',
  allowed: [
    { comment: 'sim: the kernel, random streams and maths; no domain words.',
      from: { path: layer('sim') }, to: { path: [layer('sim'), pkg('seedrandom', '@stdlib')] } },
    { comment: 'scenario: the schema (zod) and the presets, on sim.',
      from: { path: layer('scenario') }, to: { path: [layer('scenario', 'sim'), pkg('zod')] } },
    { comment: 'policy: targeting rules, on the scenario.',
      from: { path: layer('policy') }, to: { path: layer('policy', 'scenario', 'sim') } },
    { comment: 'machines: XState statecharts and their compiled tables.',
      from: { path: layer('machines') }, to: { path: [layer('machines', 'sim'), pkg('xstate')] } },
    { comment: 'model: the facility, on everything below it.',
      from: { path: layer('model') }, to: { path: layer('model', 'policy', 'machines', 'scenario', 'sim') } },
    { comment: 'palette: colours only, importing nothing.',
      from: { path: layer('palette') }, to: { path: layer('palette') } },
    { comment: 'experiments: replications, sweeps, the scheduler, the memo; DOM-free.',
      from: { path: layer('experiments') }, to: { path: [layer('experiments', 'model', 'policy', 'machines', 'scenario', 'sim', 'palette'), pkg('zod')] } },
    { comment: 'cli: Node only, never the view.',
      from: { path: layer('cli') }, to: { path: layer('cli', 'experiments', 'model', 'policy', 'machines', 'scenario', 'sim') } },
    { comment: 'cli: Node built-ins.',
      from: { path: layer('cli') }, to: { dependencyTypes: ['core'] } },
    { comment: 'render: Pixi, its own files, and the TYPES of the model it draws (never model code).',
      from: { path: layer('render') }, to: { path: [layer('render', 'palette'), pkg('pixi.js')] } },
    { comment: 'render: model and machine types only (the model re-exports the scenario types it needs).',
      from: { path: layer('render') }, to: { path: layer('model', 'machines'), dependencyTypes: ['type-only'] } },
    { comment: 'ui: the page, on everything but the command line.',
      from: { path: layer('ui') },
      to: { path: [layer('ui', 'render', 'experiments', 'model', 'policy', 'machines', 'scenario', 'sim', 'palette'), pkg('pixi.js', 'uplot', 'xstate', 'zod')] } },
    { comment: 'main.ts: the composition root may use any layer but the command line.',
      from: { path: '^src/main\\.ts$' },
      to: { path: [layer('ui', 'render', 'experiments', 'model', 'policy', 'machines', 'scenario', 'sim', 'palette'), pkg('pixi.js', 'uplot', 'xstate', 'zod')] } },
  ],
  forbidden: [
    { name: 'nothing-imports-main', severity: 'error', comment: 'main.ts is the root: importing it would pull the whole app in.',
      from: {}, to: { path: '^src/main\\.ts$' } },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
