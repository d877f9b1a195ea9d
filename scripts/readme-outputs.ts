/**
 * `npx tsx scripts/readme-outputs.ts [--write]`: runs every command shown as a transcript in README.md
 * and README.ja.md (`$ pnpm machi …` followed by its output) and says which outputs differ from what the
 * READMEs show (exit 1); with `--write`, writes the outputs into the READMEs instead. tests/readme.test.ts
 * runs the same check.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { READMES, regenerateTranscripts, ROOT, withOutputs } from './readme/transcripts.ts';

const write = process.argv.includes('--write');
let stale = 0;
for (const readme of READMES) {
  // Read once: the outputs are written into the text they were taken from.
  const text = readFileSync(join(ROOT, readme), 'utf8');
  const outputs = regenerateTranscripts(readme, text);
  for (const { transcript, actual } of outputs) {
    if (actual === transcript.shown) continue;
    stale++;
    console.log(`${readme}: $ ${transcript.command}\n--- shown\n${transcript.shown}\n+++ printed\n${actual}\n`);
  }
  if (write) writeFileSync(join(ROOT, readme), withOutputs(text, outputs));
}
console.log(`${stale} of the READMEs' outputs ${write ? 'rewritten' : 'differ from what the commands print'}`);
if (stale > 0 && !write) process.exit(1);
