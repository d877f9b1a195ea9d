import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGES = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every relative value import (not `import type`) of every source file below `folder`, as file → files. */
function importGraph(folder: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const source = readFileSync(path, 'utf8');
        const targets = [...source.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']+)'/gms)].filter((m) => m[1] === undefined).map((m) => normalize(join(dir, m[2]!)));
        graph.set(path, targets);
      }
    }
  };
  visit(folder);
  return graph;
}

/** The import cycles a depth-first walk meets (each as the files on it, from where it closes). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const walk = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) walk(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) walk(file);
  return found;
}

describe('the packages\' modules', () => {
  it('import one another without a cycle (a cycle makes load order matter: a constant read before it is defined)', () => {
    for (const name of ['sim-core', 'scenarios', 'report', 'cli']) {
      const folder = join(PACKAGES, name, 'src');
      expect(cycles(importGraph(folder)).map((c) => c.map((f) => relative(folder, f)).join(' → ')), name).toEqual([]);
    }
  });
});
