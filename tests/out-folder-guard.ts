// vitest global setup: the tests must write nothing into the user's out/ (where `pnpm demo` and the
// README's commands put a town's results), so a test run never clobbers a report someone is reading.
// Each file under out/ is listed with its size and modification time before the tests; after them, any
// file added, removed or changed fails the run, naming it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(import.meta.dirname, '..', 'out');

/** Every file under `folder` as `path size mtime`, sorted; empty when the folder does not exist. */
export function listing(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((path) => ({ path, stat: statSync(join(folder, path)) }))
    .filter(({ stat }) => stat.isFile())
    .map(({ path, stat }) => `${path} ${stat.size} ${stat.mtimeMs}`)
    .sort();
}

export default function setup(): () => void {
  const before = listing(OUT);
  return () => {
    const after = listing(OUT);
    const changed = [...after.filter((l) => !before.includes(l)), ...before.filter((l) => !after.includes(l))];
    if (changed.length === 0) return;
    // An error thrown here is printed but leaves vitest's exit code 0: set it, so that CI fails.
    console.error(`FAIL: the tests wrote into out/ (use a temporary folder): ${changed.slice(0, 10).join(', ')}`);
    process.exitCode = 1;
  };
}
