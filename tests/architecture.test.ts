import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, librarySources, ROOT } from './source-files.ts';

// The dependency chain of DESIGN.md: sim-core ← scenarios ← report ← cli.
const ALLOWED: Record<string, string[]> = {
  'sim-core': [],
  scenarios: ['sim-core'],
  report: ['sim-core', 'scenarios'],
  cli: ['sim-core', 'scenarios', 'report'],
};

const packageOf = (path: string) => path.split('/')[1];
const isNodeSubpath = (path: string) => /^packages\/[^/]+\/src\/node(\/|\.ts$)/.test(path);

describe('architecture', () => {
  it('finds the library sources it checks', () => {
    expect(librarySources().length).toBeGreaterThan(10);
  });

  it('no node: import outside packages/cli and ./node subpath modules', () => {
    const offenders = librarySources()
      .filter(({ path }) => packageOf(path) !== 'cli' && !isNodeSubpath(path))
      .flatMap(({ path, text }) =>
        importsOf(text)
          .filter((s) => s.startsWith('node:') || /^(fs|path|os|crypto|worker_threads|child_process|url|util)$/.test(s))
          .map((s) => `${path}: ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  it('packages import only down the chain sim-core ← scenarios ← report ← cli', () => {
    const offenders = librarySources().flatMap(({ path, text }) => {
      const own = packageOf(path);
      return importsOf(text)
        .filter((s) => s.startsWith('@machi/'))
        .map((s) => s.slice('@machi/'.length).split('/')[0])
        .filter((target) => target !== own && !ALLOWED[own].includes(target))
        .map((target) => `${path} imports @machi/${target}`);
    });
    expect(offenders).toEqual([]);
  });

  it('relative imports stay inside their own package', () => {
    const offenders = librarySources().flatMap(({ path, text }) =>
      importsOf(text)
        .filter((s) => s.startsWith('.'))
        .filter((s) => !join(path, '..', s).startsWith(join('packages', packageOf(path), 'src')))
        .map((s) => `${path}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('package.json dependencies follow the same chain', () => {
    for (const [pkg, allowed] of Object.entries(ALLOWED)) {
      const manifest = JSON.parse(readFileSync(join(ROOT, 'packages', pkg, 'package.json'), 'utf8'));
      const machi = Object.keys(manifest.dependencies ?? {}).filter((d) => d.startsWith('@machi/'));
      expect(machi.map((d) => d.slice(7)).filter((d) => !allowed.includes(d)), pkg).toEqual([]);
    }
  });

  it('the import scanner sees static, dynamic, re-export and side-effect imports', () => {
    const text = `import a from 'node:fs';\nexport { b } from "./b.ts";\nconst c = await import('node:os');\nimport 'x';`;
    expect(importsOf(text)).toEqual(['node:fs', './b.ts', 'node:os', 'x']);
  });
});
