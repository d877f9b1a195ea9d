// Prints the fingerprint as JSON: `deno run --allow-read tests/fingerprint-main.ts`.
import { fingerprint } from './fingerprint.ts';

console.log(JSON.stringify(fingerprint()));
