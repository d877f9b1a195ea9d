import { collectProvenance, PRESETS } from '@machi/scenarios';
const e = collectProvenance(PRESETS[process.argv[2]!]!);
const by = new Map<string, { n: number; paths: string[]; values: Set<string> }>();
for (const x of e) if (x.assumed) { const g = by.get(x.source) ?? { n: 0, paths: [], values: new Set() }; g.n++; g.paths.push(x.path); g.values.add(JSON.stringify(x.value)); by.set(x.source, g); }
for (const [s, g] of [...by].sort((a, b) => b[1].values.size - a[1].values.size)) console.log(g.values.size, g.n, s.slice(0, 110), '|', g.paths[0]);
