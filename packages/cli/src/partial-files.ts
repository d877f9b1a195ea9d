import { readdirSync, rmSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

// Files being written are named `.NAME.machi-HOST-PID.partial` beside their target until they are
// renamed into place. The host is in the name because a folder of shards may be shared by many machines
// (a Kubernetes volume), where a process id says nothing about another machine's processes.
const PARTIAL = /^\.(.+)\.machi-([A-Za-z0-9_-]+)-(\d+)\.partial$/;
// Written by machi 0.1.0 before hosts were named: taken as this host's.
const OLD_PARTIAL = /^\.(.+)\.(\d+)\.partial$/;
/** A partial file of another machine is taken as abandoned after a day. */
const FOREIGN_STALE_MS = 24 * 3600 * 1000;

const thisHost = (): string => hostname().replace(/[^A-Za-z0-9-]/g, '_');

/** The temporary name `path` is written under before it is renamed into place. */
export const partialPath = (path: string): string => join(dirname(path), `.${basename(path)}.machi-${thisHost()}-${process.pid}.partial`);

/**
 * Removes the partial files an earlier process left in `folder` when it was killed mid-write (`kill -9`,
 * a power cut): those of this machine whose process is gone, and those of other machines older than a
 * day. A process still writing keeps its files. Returns the names removed, sorted.
 */
export function removeStalePartials(folder: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.sort()) {
    const partial = PARTIAL.exec(name);
    const old = partial ? undefined : OLD_PARTIAL.exec(name);
    if (!partial && !old) continue;
    const host = partial ? partial[2]! : thisHost();
    const pid = Number(partial ? partial[3] : old![2]);
    const path = join(folder, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    const stale = host === thisHost() ? pid !== process.pid && !isAlive(pid) : now - stat.mtimeMs > FOREIGN_STALE_MS;
    if (!stale) continue;
    rmSync(path, { force: true });
    removed.push(name);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
