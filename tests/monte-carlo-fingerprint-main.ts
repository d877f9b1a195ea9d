// Prints the Monte Carlo fingerprint as JSON: `deno run --allow-read --conditions=source tests/monte-carlo-fingerprint-main.ts`.
import { monteCarloFingerprint } from './monte-carlo-fingerprint.ts';

console.log(JSON.stringify(await monteCarloFingerprint()));
