/**
 * Figures for a Word document: a Monte Carlo of `small-town` and three of its figures written as SVG
 * (for anything that takes vector images) and PNG (for pasting into Word at twice the drawn size,
 * drawn with the bundled Japanese font so that they look the same on every PC): the annual exceedance
 * probability of the annual cost, the annual probability of each response action, and each hosting
 * option's critical downtime paired with on-premises. Prints the paths written. Japanese by default.
 *
 * Run: npx tsx --conditions=source examples/export-figures.ts [folder] [--lang en]
 *      (folder default out/figures-example)
 * Env: MACHI_EXAMPLE_RUNS (default 1000), MACHI_EXAMPLE_LANG (ja | en).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRESETS, scenarioSchema } from '@machi/scenarios';
import { runMonteCarlo } from '@machi/scenarios/node';
import { actionProbabilityFigure, exceedanceFigure, LANGS, pairedDifferenceFigure, type Lang } from '@machi/report';

const args = process.argv.slice(2);
const at = args.indexOf('--lang');
const lang = (at >= 0 ? args[at + 1] : process.env.MACHI_EXAMPLE_LANG) ?? 'ja';
if (!(LANGS as readonly string[]).includes(lang)) {
  console.error(`export-figures: --lang must be ${LANGS.join(' or ')}, got ${lang}`);
  process.exit(2);
}
const folder = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1)) ?? 'out/figures-example';
const runs = Number(process.env.MACHI_EXAMPLE_RUNS ?? 1000);

const scenario = scenarioSchema.parse(PRESETS['small-town']);
const result = await runMonteCarlo(scenario, { runs, seed: 1 });
const options = { lang: lang as Lang, scenario };

const figures = [
  // AEP: the chance that a year's total cost exceeds each amount — the curve a budget officer reads.
  exceedanceFigure(result, { ...options, metric: 'costYen', curve: 'aep' }),
  actionProbabilityFigure(result, options),
  // Paired with on-premises year by year on the same hazards, so the interval shows the difference itself.
  pairedDifferenceFigure(result, { ...options, metric: 'downtimeHours', baseline: 'onprem' }),
];

mkdirSync(folder, { recursive: true });
for (const figure of figures) {
  const svg = join(folder, `${figure.id}.svg`);
  const png = join(folder, `${figure.id}.png`);
  writeFileSync(svg, figure.toSVG());
  writeFileSync(png, await figure.toPNG({ scale: 2 }));
  console.log(`${svg}\n${png}`);
}
