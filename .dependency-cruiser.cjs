// The project's import boundaries, checked by `npm run lint` (dependency-cruiser). Paths are matched
// anywhere in a path so that tools/dependency-rules/ can prove each rule against a small tree of
// its own that breaks it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-is-plumbing',
      comment: 'backend/src/lib/ (db, storage, http, mail) imports nothing from domains, wiring or the local stack; its tests may use testing/.',
      severity: 'error',
      from: { path: '(^|/)backend/src/lib/' },
      to: { path: '(^|/)backend/src/', pathNot: ['(^|/)backend/src/lib/', '(^|/)backend/src/testing/'] },
    },
    {
      name: 'lib-tests-only-use-testing',
      comment: 'Only tests in lib/ may use the test helpers.',
      severity: 'error',
      from: { path: '(^|/)backend/src/lib/', pathNot: '\\.test\\.ts$' },
      to: { path: '(^|/)backend/src/testing/' },
    },
    {
      name: 'domains-do-not-reach-wiring',
      comment: 'Domains are wired by backend/src/app/ (and the local stack); they never import it (their tests may).',
      severity: 'error',
      from: { path: '(^|/)backend/src/(?!app/|local/|testing/|security/)[^/]+/', pathNot: '\\.test\\.ts$' },
      to: { path: '(^|/)backend/src/(app|local)/' },
    },
    {
      name: 'features-are-independent',
      comment: 'A front-end feature never imports another feature: what several use lives in core/ or shared/.',
      severity: 'error',
      from: { path: '(^|/)frontend/src/app/features/([^/]+)/' },
      to: { path: '(^|/)frontend/src/app/features/', pathNot: '(^|/)frontend/src/app/features/$2/' },
    },
    {
      name: 'core-and-shared-know-no-feature',
      comment: 'core/ and shared/ serve every feature, so they import none.',
      severity: 'error',
      from: { path: '(^|/)frontend/src/app/(core|shared)/' },
      to: { path: '(^|/)frontend/src/app/features/' },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles make load order fragile and boundaries meaningless.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|/dist/|\\.angular/|cdk\\.out/)' },
    // Type-only imports are dependencies of the design too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
  },
};
