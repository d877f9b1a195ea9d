// Prints the sensitivity fingerprint as JSON: `deno run --allow-read tests/sensitivity-fingerprint-main.ts`.
import { sensitivityFingerprint } from './sensitivity-fingerprint.ts';

console.log(JSON.stringify(sensitivityFingerprint()));
