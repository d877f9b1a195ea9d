import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectProvenance, countProvenance, presetNames, PRESETS } from '@machi/scenarios';
import { READMES, regenerateTranscripts, transcripts, withOutputs } from '../scripts/readme/transcripts.ts';
import { ROOT } from './source-files.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const commands = [...readme.matchAll(/^```(?:sh|bash)\n([^\n]+)\n```/gm)].map((m) => m[1]);

describe('README', () => {
  it('starts with two commands: the main job, then the tests', () => {
    expect(commands.length).toBeGreaterThanOrEqual(2);
    expect(readme.indexOf(commands[0])).toBeLessThan(800);
    expect(commands[0]).toMatch(/pnpm@12 install --frozen-lockfile && npx -y pnpm@12 demo$/);
    expect(commands[1]).toMatch(/pnpm@12 install --frozen-lockfile && npx -y pnpm@12 test$/);
  });

  it('.ci/run runs exactly the README test command', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8').split('\n');
    expect(ci).toContain(commands[1]);
  });
});

describe('README engine example', () => {
  it('is examples/engine-tour.ts verbatim, so the type check and this test cover it', async () => {
    const tour = readFileSync(join(ROOT, 'examples/engine-tour.ts'), 'utf8').split('\n').slice(1).join('\n');
    expect(readme).toContain('```ts\n' + tour + '```');
  });

  it('runs and prints the staff resource and its utilisation', async () => {
    const lines: string[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => void lines.push(args.join(' '));
    try {
      await import('../examples/engine-tour.ts');
    } finally {
      console.log = original;
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Resource\(it-staff 0\/2 busy, 0 waiting\) 0\.\d+$/);
  });
});

describe('README Monte Carlo example', () => {
  it('is examples/monte-carlo.ts verbatim', () => {
    const example = readFileSync(join(ROOT, 'examples/monte-carlo.ts'), 'utf8').split('\n').slice(1).join('\n');
    expect(readme).toContain('```ts\n' + example + '```');
  });

  it('runs and prints the cost, the 1-in-100-year cost, a press-conference probability and a paired comparison', async () => {
    const lines: string[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => void lines.push(args.join(' '));
    process.env.MACHI_EXAMPLE_RUNS = '40';
    try {
      await import('../examples/monte-carlo.ts');
    } finally {
      console.log = original;
      delete process.env.MACHI_EXAMPLE_RUNS;
    }
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^40 replications \(runs\): public cloud costs \d+ yen a year, 95% CI \d+–\d+$/);
    expect(lines[1]).toBe('a year as bad as once in 100 years: not enough years simulated');
    expect(lines[2]).toMatch(/^on-premises press conference: \d+\.\d% a year \(\d+\.\d–\d+\.\d%\)$/);
    expect(lines[3]).toMatch(/^critical downtime, on-premises − public cloud: -?\d+\.\d h\/yr; on-premises lower in \d+% of years, equal in \d+%$/);
  });
});

describe('README scenario format', () => {
  it('its YAML excerpt is examples/my-town.yaml with lines left out, in order', () => {
    const excerpt = readme.match(/^```yaml\n([\s\S]*?)```/m)![1]!.split('\n').filter((l) => l !== '');
    const file = readFileSync(join(ROOT, 'examples/my-town.yaml'), 'utf8').split('\n');
    let at = 0;
    const missing = excerpt.filter((line) => {
      const found = file.indexOf(line, at);
      if (found < 0) return true;
      at = found + 1;
      return false;
    });
    expect(missing).toEqual([]);
  });

  it('states the sourced and assumed counts of each preset as presets show --sources counts them', () => {
    for (const name of presetNames()) {
      const { sourced, assumed } = countProvenance(collectProvenance(PRESETS[name]!));
      expect(readme).toContain(`\`${name}\`: ${sourced} sourced, ${assumed} assumed`);
    }
  });
});

describe('README safety score', () => {
  it('its safetyScore YAML validates in a scenario and changes the weights and scales used', async () => {
    const { parseText, safetyWeights, scenarioSchema } = await import('@machi/scenarios');
    const block = readme.match(/^```yaml\n(safetyScore:[\s\S]*?)```/m)![1]!;
    const parsed = parseText(block, 'README.md');
    if (!parsed.ok) throw new Error('the README safetyScore block is not YAML');
    const scenario = scenarioSchema.parse({ ...PRESETS['small-town'], ...(parsed.data as object) });
    const settings = safetyWeights(scenario);
    expect(settings.weights.downtimeHours).toBe(2);
    expect(settings.scales.downtimeHours).toBe(12);
    expect(settings.sources.scales.downtimeHours).toBe('scenario');
  });
});

describe('README.ja.md', () => {
  const ja = readFileSync(join(ROOT, 'README.ja.md'), 'utf8');
  it('starts with the same two commands as README.md', () => {
    const jaCommands = [...ja.matchAll(/^```(?:sh|bash)\n([^\n]+)\n```/gm)].map((m) => m[1]);
    expect(jaCommands.slice(0, 2)).toEqual(commands.slice(0, 2));
    expect(ja.indexOf(commands[0]!)).toBeLessThan(800);
  });
});

// Every `$ pnpm machi …` block of both READMEs shows what the command prints today. When this fails
// after a change of wording or numbers, `npx tsx --conditions=source scripts/readme-outputs.ts --write`
// writes the new outputs into the READMEs (look at the diff).
describe.each(READMES)('%s transcripts', (readme) => {
  const shown = transcripts(readFileSync(join(ROOT, readme), 'utf8'));
  let printed: string[] = [];
  beforeAll(() => {
    printed = regenerateTranscripts(readme).map((o) => o.actual);
  }, 600_000);
  it.each(shown.map((t, i) => [t.command, i] as const))('$ %s prints what the README shows', (_command, i) => {
    expect(shown[i]!.shown).toBe(printed[i]);
  });
});

describe('transcripts(text) and withOutputs(text, outputs)', () => {
  const text = 'Before.\n\n```\n$ pnpm machi presets\nold 1\nold 2\n$ npx -y pnpm@12 machi schema\n```\n\n```sh\npnpm demo\n```\n';
  it('finds each $ command of a fenced block with the lines it prints', () => {
    expect(transcripts(text).map((t) => [t.command, t.shown])).toEqual([
      ['pnpm machi presets', 'old 1\nold 2'],
      ['npx -y pnpm@12 machi schema', ''],
    ]);
  });

  it('puts new outputs in place of the old, a command shown without output included', () => {
    const [presets, schema] = transcripts(text);
    const written = withOutputs(text, [
      { transcript: presets!, actual: 'new' },
      { transcript: schema!, actual: '{}' },
    ]);
    expect(written).toBe('Before.\n\n```\n$ pnpm machi presets\nnew\n$ npx -y pnpm@12 machi schema\n{}\n```\n\n```sh\npnpm demo\n```\n');
    expect(transcripts(written).map((t) => t.shown)).toEqual(['new', '{}']);
  });
});
