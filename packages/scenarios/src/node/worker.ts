// The worker thread of `runMonteCarlo` (node), as this package ships it.
import { serveBlocks } from './serve-blocks.ts';

serveBlocks();
