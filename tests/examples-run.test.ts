import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS, HEADLINE_METRICS, NOT_LEGAL_ADVICE, PRESETS, scenarioSchema } from '@machi/scenarios';
import { actionLabel, variantLabel } from '@machi/report';
import { ROOT } from './source-files.ts';

// Small runs: these tests check that the examples run and print what they say, not their numbers.
const RUNS = '30';
const DENO = join(ROOT, 'node_modules/@deno/linux-x64-glibc/deno');
const scenario = scenarioSchema.parse(PRESETS['small-town']);
const labels = (lang: 'ja' | 'en') => Object.keys(scenario.variants).map((id) => variantLabel(id, lang, scenario));

function example(file: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', `examples/${file}`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, MACHI_EXAMPLE_RUNS: RUNS },
  });
}

/** The body rows of the Markdown table that follows `heading`, as arrays of cells. */
function tableAfter(stdout: string, heading: string): string[][] {
  const lines = stdout.slice(stdout.indexOf(heading)).split('\n');
  const start = lines.findIndex((l) => l.startsWith('| '));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('| '));
  return lines.slice(start + 2, end).map((l) => l.slice(2, -2).split(' | '));
}

describe('examples/compare-hosting.ts', () => {
  it('prints, in Japanese, each hosting option paired with on-premises on the headline metrics and the action probabilities of all four', () => {
    const r = example('compare-hosting.ts');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [onprem, ...others] = labels('ja');
    expect(r.stdout).toMatch(/^# 仮想町: ホスティング案の比較\(30試行 × 10年\)$/m);
    const comparisons = tableAfter(r.stdout, '## 案どうしの比較');
    expect(comparisons.map((cells) => cells[0])).toEqual(others.flatMap((label) => HEADLINE_METRICS.map(() => `${label} − ${onprem}`)));
    const actions = tableAfter(r.stdout, '## 対応が必要になる年の確率');
    expect(actions.map((cells) => cells[0])).toEqual(ACTIONS.map((a) => actionLabel(a, 'ja')));
    expect(actions.every((cells) => cells.length === 5)).toBe(true);
    expect(r.stdout.trimEnd().endsWith(NOT_LEGAL_ADVICE.ja)).toBe(true);
  });
});

describe('examples/custom-policy.ts', () => {
  it("prints the action tables under the default and the town's policy, and the town's rules only add years", () => {
    const r = example('custom-policy.ts', '--lang', 'en');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^- town-press-from-50-persons: Town decision: /m);
    for (const heading of ['## Default policy (jp-municipal): ', '## Town policy (example-town): ']) {
      expect(tableAfter(r.stdout, heading).map((cells) => cells[0])).toEqual(ACTIONS.map((a) => actionLabel(a, 'en')));
    }
    const added = tableAfter(r.stdout, '## Years the town policy adds');
    const shares = added.flatMap((cells) => cells.slice(1)).map((cell) => cell.match(/^([\d.]+)% → ([\d.]+)% \(\+([\d.]+)%\)$/)!.slice(1).map(Number));
    expect(shares).toHaveLength(ACTIONS.length * 4);
    // Same seed, same incidents, and a town policy can only add rules: after = before + added.
    // Each share is rounded to 0.1 point (two significant figures below 1%), hence the tolerance.
    for (const [before, after, plus] of shares) expect(Math.abs(after! - before! - plus!)).toBeLessThanOrEqual(0.15 + 1e-9);
    // The town announces every critical outage of 4 h or more, which the default policy never does.
    const publish = added.find((cells) => cells[0] === actionLabel('publishNotice', 'en'))!;
    expect(publish.slice(1).every((cell) => !cell.endsWith('(+0%)'))).toBe(true);
  });

  it("a mistake in the town's policy file is reported with its line and column, and exit code 1", () => {
    const dir = mkdtempSync(join(tmpdir(), 'machi-policy-'));
    try {
      const file = join(dir, 'town-policy.yaml');
      const rule = '  - id: town-letters-from-10\n    when: { personsAffectedAtLast: 10 }\n    actions: [notifyIndividuals]\n    basis: { ja: 町の方針, en: Town decision, kind: town-decision, confirmed: true }\n';
      writeFileSync(file, `id: my-town\nname: { ja: 町, en: Town }\nextends: jp-municipal\nrules:\n${rule}`);
      const r = example('custom-policy.ts', file, '--lang', 'en');
      expect([r.status, r.stdout]).toEqual([1, '']);
      expect(r.stderr.replaceAll(dir, '<dir>')).toBe(
        '<dir>/town-policy.yaml:6:13  rules[0].when.personsAffectedAtLast  Unknown field "personsAffectedAtLast". Did you mean "personsAffectedAtLeast"?\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('examples/export-figures.ts', () => {
  it('writes the AEP of cost, the action probabilities and the paired downtime difference as SVG and as PNG at twice their size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'machi-figures-'));
    try {
      const r = example('export-figures.ts', dir);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const ids = ['aep-costYen', 'action-probability', 'paired-difference-downtimeHours-onprem'];
      expect(r.stdout).toBe(ids.map((id) => `${join(dir, `${id}.svg`)}\n${join(dir, `${id}.png`)}\n`).join(''));
      for (const id of ids) {
        const svg = readFileSync(join(dir, `${id}.svg`), 'utf8');
        expect(svg).toMatch(/<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
        const png = readFileSync(join(dir, `${id}.png`));
        expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        // IHDR holds the width and height, big-endian, at bytes 16 and 20.
        const width = Number(svg.match(/<svg [^>]*width="(\d+)"/)![1]);
        expect(png.readUInt32BE(16)).toBe(2 * width);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('examples/notebook.ipynb', () => {
  type Output = { output_type: string; text?: string[]; data?: Record<string, string | string[]> };
  const notebook = JSON.parse(readFileSync(join(ROOT, 'examples/notebook.ipynb'), 'utf8')) as {
    nbformat: number;
    metadata: { kernelspec: { name: string; language: string } };
    cells: { cell_type: string; source: string[]; outputs?: Output[]; execution_count?: number | null }[];
  };
  const code = notebook.cells.filter((c) => c.cell_type === 'code');
  const codeCells = code.map((c) => c.source.join(''));
  const joined = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join('') : (value ?? ''));
  // What the saved outputs show: each cell's printed text, and each displayed value's HTML and SVG.
  const savedStreams = code.flatMap((c) => c.outputs!.filter((o) => o.output_type === 'stream').map((o) => joined(o.text))).join('');
  const savedDisplays = code.flatMap((c) => c.outputs!.filter((o) => o.output_type === 'execute_result').map((o) => o.data!));
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const REEXECUTE = 'DENO_CONDITIONS=source jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.record_timing=False examples/notebook.ipynb';

  it('is an nbformat 4 notebook for the Deno kernel, saved with the outputs of one run from the top (so it previews)', () => {
    expect([notebook.nbformat, notebook.metadata.kernelspec.name, notebook.metadata.kernelspec.language]).toEqual([4, 'deno', 'typescript']);
    expect(code.map((c) => c.execution_count)).toEqual(code.map((_, i) => i + 1));
    // Every cell whose last line is an expression shows it, as HTML (figures also as SVG); no cell failed.
    const shown = code.filter((c) => !c.source.join('').trimEnd().endsWith(';'));
    expect(shown.every((c) => c.outputs!.some((o) => o.output_type === 'execute_result' && 'text/html' in o.data!))).toBe(true);
    expect(code.flatMap((c) => c.outputs!).filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && /error/i.test(joined(o.text))))).toEqual([]);
    expect(savedStreams).toMatch(/^200 replications × 10 years; variants: onprem, housing, community-cloud, public-cloud$/m);
  });

  it.skipIf(!existsSync(DENO))("runs under Deno, every cell's last expression displays itself, and the saved outputs are this run's", () => {
    // The notebook's convention: a statement ends with a semicolon; a last line without one is the
    // expression the kernel displays. Here it is wrapped to print the MIME types the kernel would get,
    // with a digest of the HTML and SVG to compare with the saved outputs.
    const show = `import { createHash as __hash } from 'node:crypto';
function __show(expression: string, value: any): void {
  const display = value?.[Symbol.for('Jupyter.display')];
  if (typeof display !== 'function') throw new Error(\`\${expression} does not display itself in Jupyter\`);
  const bundle = display.call(value);
  const digest = (type: string) => (type in bundle ? __hash('sha256').update(bundle[type]).digest('hex') : '');
  console.log('__show ' + JSON.stringify([expression, Object.keys(bundle), digest('text/html'), digest('image/svg+xml')]));
}\n`;
    const cells = codeCells.map((source) => {
      const lines = source.trimEnd().split('\n');
      const last = lines.at(-1)!;
      if (last.endsWith(';')) return source;
      return [...lines.slice(0, -1), `__show(${JSON.stringify(last)}, ${last});`].join('\n');
    });
    // Inside examples/, so that @machi/* resolve through examples/node_modules as in the notebook.
    const file = join(ROOT, 'examples/.notebook-under-test.ts');
    writeFileSync(file, show + cells.join('\n\n') + '\n');
    let r: ReturnType<typeof spawnSync>;
    try {
      r = spawnSync(DENO, ['run', '--no-prompt', '--no-lock', '--allow-read', '--allow-env', '--conditions=source', file], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
      });
    } finally {
      rmSync(file, { force: true });
    }
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = String(r.stdout).split('\n');
    const shown = lines.filter((l) => l.startsWith('__show ')).map((l) => JSON.parse(l.slice('__show '.length)) as [string, string[], string, string]);
    const figure = ['image/svg+xml', 'text/html'];
    expect(shown.map(([expression, types]) => [expression, types.filter((t) => t === 'text/html' || t === 'image/svg+xml').sort()])).toEqual([
      ['aep', figure],
      ['actions', figure],
      ["actionsTable(result, { lang: 'ja', scenario })", ['text/html']],
      ['downtime', figure],
      ["comparisonsTable(result, { lang: 'ja', scenario, metrics: ['costYen', 'downtimeHours'], baseline: 'onprem' })", ['text/html']],
      ["display(result, { lang: 'ja', scenario })", ['text/html']],
      ['pressYear', ['text/html']],
    ]);
    // Current: the same seed gives the same bytes, so the saved outputs must be what this run displays
    // and prints. After a change to what the notebook shows, run it again with: ${REEXECUTE}
    const saved = savedDisplays.map((d) => [sha256(joined(d['text/html'])), 'image/svg+xml' in d ? sha256(joined(d['image/svg+xml'])) : '']);
    expect(saved, `the saved outputs are stale: ${REEXECUTE}`).toEqual(shown.map(([, , html, svg]) => [html, svg]));
    expect(savedStreams, `the saved outputs are stale: ${REEXECUTE}`).toBe(lines.filter((l) => !l.startsWith('__show ')).join('\n').trimEnd() + '\n');
  });
});
