import { closeSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { removeStalePartials } from './partial-files.ts';

/** Why a folder cannot take the outputs: it is a file (or under one), or it cannot be created or written. */
export class FolderError extends Error {
  override readonly name = 'FolderError';

  constructor(
    readonly code: 'not-a-folder' | 'not-writable',
    /** The path that is a file (`not-a-folder`), or the folder (`not-writable`). */
    readonly path: string,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Makes sure `folder` can take a command's outputs before any long work starts: it must be a folder or
 * not exist yet (then it is created, one level at a time), and a file must be creatable in it. Removes
 * the partial files killed runs left in it and in its `figures/` (see `removeStalePartials`).
 *
 * Creating one level at a time is deliberate: Node 20's `mkdirSync(path, { recursive: true })` never
 * returns for a path under /proc (it spins at 100% CPU), where one level gives ENOENT at once.
 *
 * @throws FolderError naming the path and Node's reason.
 * @example
 * prepareFolder('out'); // { created: true, removedPartials: [] }
 */
export function prepareFolder(folder: string): { created: boolean; removedPartials: string[] } {
  const target = resolve(folder);
  const missing: string[] = [];
  let existing = target;
  for (;;) {
    const stat = statOrMissing(existing);
    if (stat !== undefined) {
      if (!stat.isDirectory()) throw new FolderError('not-a-folder', existing, 'not a folder');
      break;
    }
    missing.unshift(existing);
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  try {
    for (const path of missing) mkdirSync(path);
    const probe = join(target, `.machi-probe-${hostname().replace(/[^A-Za-z0-9-]/g, '_')}-${process.pid}`);
    closeSync(openSync(probe, 'w'));
    rmSync(probe);
  } catch (error) {
    throw new FolderError('not-writable', target, (error as Error).message);
  }
  const removedPartials = [...removeStalePartials(target), ...removeStalePartials(join(target, 'figures')).map((n) => join('figures', n))];
  return { created: missing.length > 0, removedPartials };
}

/** The path's stat, or undefined when nothing is there (also when a part of it is a file: ENOTDIR). */
function statOrMissing(path: string): ReturnType<typeof statSync> {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
}
