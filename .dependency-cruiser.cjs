// Layer rules of ../shared/ARCHITECTURE.md, enforced: `npm test` fails when an import goes
// against the arrows  sim <- scenario, policy, machines, model <- experiments <- cli, ui.
// Beside them, palette/ (the app's colours) is a leaf every layer may import, render included.
const core = '^src/(sim|scenario|policy|machines|model|experiments|palette)/';
module.exports = {
  forbidden: [
    { name: 'sim-is-the-bottom', severity: 'error',
      comment: 'The kernel knows no domain words, no XState, no Pixi.',
      from: { path: '^src/sim/' },
      to: { path: ['^src/(?!sim/)', 'node_modules/(xstate|pixi\\.js|uplot|zod)'] } },
    { name: 'scenario-needs-only-sim', severity: 'error',
      from: { path: '^src/scenario/' }, to: { path: '^src/(?!sim/|scenario/)' } },
    { name: 'policy-needs-only-sim-and-scenario', severity: 'error',
      from: { path: '^src/policy/' }, to: { path: '^src/(?!sim/|scenario/|policy/)' } },
    { name: 'machines-stand-alone', severity: 'error',
      from: { path: '^src/machines/' }, to: { path: '^src/(?!sim/|machines/)' } },
    { name: 'model-below-experiments', severity: 'error',
      from: { path: '^src/model/' }, to: { path: '^src/(experiments|cli|ui|render)/' } },
    { name: 'experiments-below-cli-and-ui', severity: 'error',
      from: { path: '^src/experiments/' }, to: { path: '^src/(cli|ui|render)/' } },
    { name: 'core-has-no-view-libraries', severity: 'error',
      from: { path: core }, to: { path: 'node_modules/(pixi\\.js|uplot)' } },
    { name: 'cli-has-no-view', severity: 'error',
      from: { path: '^src/cli/' }, to: { path: ['^src/(ui|render)/', 'node_modules/(pixi\\.js|uplot)'] } },
    { name: 'render-reads-model-types-only', severity: 'error',
      comment: 'The renderer reads snapshots; it may import model types, never model code.',
      from: { path: '^src/render/' },
      to: { path: '^src/(sim|scenario|policy|machines|model|experiments|cli|ui)/', dependencyTypesNot: ['type-only'] } },
    { name: 'palette-is-a-leaf', severity: 'error',
      comment: 'Colours only: the renderer, the charts and the memo all import them, so they import nothing.',
      from: { path: '^src/palette/' }, to: { path: ['^src/(?!palette/)', 'node_modules'] } },
    { name: 'nothing-imports-the-cli', severity: 'error',
      from: { path: '^src/(?!cli/)' }, to: { path: '^src/cli/' } },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
