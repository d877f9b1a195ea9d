import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');

/** Package source files that ship (tests, benchmarks and test helpers excluded), with their text. */
export function librarySources(): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  for (const pkg of readdirSync(join(ROOT, 'packages'))) {
    walk(join(ROOT, 'packages', pkg, 'src'), files);
  }
  return files;
}

function walk(dir: string, out: { path: string; text: string }[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|js|mts)$/.test(entry.name) && !/\.(test|bench)\.ts$|test-support\.ts$|\.d\.ts$/.test(entry.name)) {
      out.push({ path: relative(ROOT, full), text: readFileSync(full, 'utf8') });
    }
  }
}

/** Module specifiers imported or re-exported by a source text (static and dynamic). */
export function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:^|[^\w.])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[^\w.])import\s*\(\s*['"]([^'"]+)['"]|(?:^|[^\w.])import\s+['"]([^'"]+)['"]|require\s*\(\s*['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(pattern)) specifiers.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return specifiers;
}

/** The text with comments and string/template literal contents blanked, so code patterns are not confused by docs. */
export function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/\/\/[^\n]*/g, '')
    .replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, (s) => s[0] + ' '.repeat(Math.max(0, s.length - 2)) + s[0]);
}
