// The entry of dist-bundle/machi.mjs, the single-file `machi`. The file is also its own Monte Carlo
// worker: as the main thread it tells runMonteCarlo to start its workers on this very file, and as one
// of those worker threads it serves their blocks instead of running the command line. (Nothing else in
// machi starts a worker thread, so "not the main thread" means "a Monte Carlo worker".)
import { isMainThread } from 'node:worker_threads';
import { main } from '@machi/cli';
import { serveBlocks, setWorkerModule } from '@machi/scenarios/node';

if (isMainThread) {
  setWorkerModule(new URL(import.meta.url));
  process.exitCode = await main(process.argv);
} else {
  serveBlocks();
}
