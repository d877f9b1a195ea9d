/**
 * @machi/cli — the `machi` command: `run(argv, io)` runs one command line in-process and returns its
 * exit code; `bin.ts` runs it on the process.
 */
export { main, run } from './main.ts';
export { nodeIo, type Io } from './io.ts';
