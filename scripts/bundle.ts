// `pnpm bundle [DIR]`: the distribution builds, into dist-bundle/ (or DIR), both from the TypeScript
// sources (the `source` export condition) with every dependency inlined:
//   machi.mjs         the CLI in one file: `node machi.mjs run small-town --out out` on a PC that has Node
//                     but no npm and no internet (the segregated LGWAN terminals of a town hall). It is
//                     its own Monte Carlo worker (scripts/bundle/cli-entry.ts).
//   machi-browser.js  @machi/sim-core, @machi/scenarios and @machi/report as one browser ES module.
// Fails when a bundle would still import anything at run time beyond Node's own modules (the CLI) or
// anything at all (the browser bundle). Prints the sizes; writes each bundle's esbuild metafile beside
// it (`machi.mjs.meta.json`).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
const outdir = resolve(process.argv[2] ?? join(ROOT, 'dist-bundle'));

const common = {
  bundle: true,
  format: 'esm',
  conditions: ['source'],
  metafile: true,
  write: false,
  logLevel: 'warning',
  absWorkingDir: ROOT,
} satisfies BuildOptions;

// Optional packages that bundled dependencies try to load, inside a try, and machi never uses: BullMQ's
// PostgreSQL and Valkey GLIDE backends, the terminal colours of ioredis's debug logging, msgpackr's native
// speed-up. Each becomes a module that throws when loaded, exactly as the package missing would.
const ABSENT = /^(pg|@valkey\/valkey-glide|supports-color|msgpackr-extract)$/;
const absentOptional: Plugin = {
  name: 'absent-optional-packages',
  setup(build) {
    build.onResolve({ filter: ABSENT }, (args) => ({ path: args.path, namespace: 'absent' }));
    build.onLoad({ filter: /.*/, namespace: 'absent' }, (args) => ({ contents: `throw new Error(${JSON.stringify(`${args.path} is not part of machi.mjs`)});`, loader: 'js' }));
  },
};

// @machi/report/node (PNG export through resvg's native addon, which no .js file can hold) is reached
// only by Figure.toPNG's import of a variable specifier, which esbuild leaves alone: the CLI does not
// export PNG, and neither bundle contains it.
const cli = await build({
  ...common,
  entryPoints: [join(ROOT, 'scripts/bundle/cli-entry.ts')],
  outfile: join(outdir, 'machi.mjs'),
  platform: 'node',
  target: 'node20',
  plugins: [absentOptional],
  // CommonJS dependencies (commander) call require('node:events') and the like, which an ES module
  // has no `require` for: esbuild's shim uses this one.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __machiCreateRequire } from 'node:module';\nconst require = __machiCreateRequire(import.meta.url);" },
});
const browser = await build({
  ...common,
  entryPoints: [join(ROOT, 'scripts/bundle/browser-entry.ts')],
  outfile: join(outdir, 'machi-browser.js'),
  platform: 'browser',
  target: 'es2022',
});

const problems = [
  ...runtimeImports(cli.metafile).filter((path) => !isBuiltin(path)).map((path) => `machi.mjs imports ${path} at run time`),
  ...runtimeImports(browser.metafile).map((path) => `machi-browser.js imports ${path}${path.startsWith('node:') ? ' (a Node module, in a browser bundle)' : ''}`),
];
if (problems.length > 0) {
  console.error(`pnpm bundle: not self-contained:\n${problems.join('\n')}`);
  process.exit(1);
}
for (const result of [cli, browser]) {
  for (const file of result.outputFiles) {
    const text = file.text + licenses(result.metafile);
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, text);
    console.log(`${relative(process.cwd(), file.path)}  ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
  }
  // What went in, and from where: for https://esbuild.github.io/analyze/ and for tests/bundle.test.ts.
  writeFileSync(`${result.outputFiles[0]!.path}.meta.json`, `${JSON.stringify(result.metafile, null, 2)}\n`);
}

/** What the bundle's outputs still import when they run: externals (Node's modules, or mistakes). */
function runtimeImports(metafile: Metafile): string[] {
  return Object.values(metafile.outputs).flatMap((output) => output.imports.map((i) => i.path));
}

/**
 * A closing comment with the licence of every npm package inlined: their MIT and ISC licences ask
 * that the notice travel with the code, and machi.mjs travels alone.
 */
function licenses(metafile: Metafile): string {
  const roots = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const at = input.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const name = input.slice(at + 'node_modules/'.length).split('/');
    roots.add(input.slice(0, at) + 'node_modules/' + name.slice(0, name[0]!.startsWith('@') ? 2 : 1).join('/'));
  }
  const notices = [...roots].sort().map((root) => {
    const manifest = JSON.parse(readFileSync(join(ROOT, root, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    const file = readdirSync(join(ROOT, root)).find((f) => /^licen[cs]e/i.test(f));
    const text = file === undefined ? `(no licence file; package.json says ${manifest.license ?? 'nothing'})` : readFileSync(join(ROOT, root, file), 'utf8').trim();
    return `${manifest.name}@${manifest.version} (${manifest.license ?? 'no licence field'})\n\n${text}`;
  });
  if (notices.length === 0) return '';
  const body = `Bundled packages and their licences:\n\n${notices.join('\n\n---\n\n')}`.replaceAll('*/', '* /');
  return `\n/*!\n${body}\n*/\n`;
}
