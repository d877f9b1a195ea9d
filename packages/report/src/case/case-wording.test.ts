import { jpMunicipalPolicy, PRESETS, scenarioSchema } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../lang.ts';
import { caseNames } from './case-names.ts';
import { renderCase } from './render-case.ts';
import { scriptedTown, scriptedTownInput, scriptedYear } from './test-support.ts';

const LANGS = ['ja', 'en'] as const;
const NOTES_HEADING = { ja: '\n## 注\n', en: '\n## Notes\n' };

/** A case of the scripted town's first year, split into the prose and the notes at its end. */
function scriptedCase(lang: Lang, changes: Parameters<typeof scriptedTown>[0] = {}) {
  const scenario = scriptedTown(changes);
  const markdown = renderCase(scriptedYear(scenario), { scenario, year: 0, lang }).toMarkdown({ figures: 'none' });
  const at = markdown.indexOf(NOTES_HEADING[lang]);
  return { scenario, markdown, prose: at < 0 ? markdown : markdown.slice(0, at), notes: at < 0 ? '' : markdown.slice(at) };
}

describe('what the readers of a virtual case read', () => {
  it.each(LANGS)('a drawn magnitude and the intensities read to one decimal (%s)', (lang) => {
    const input = scriptedTownInput();
    const quake = { ...input.events![0]!, magnitude: 7.255325550604155 } as (typeof input.events & object)[number];
    const { markdown } = scriptedCase(lang, { events: [quake] });
    expect(markdown).toContain(lang === 'ja' ? '地震（マグニチュード7.3）' : 'Earthquake (magnitude 7.3)');
    expect(markdown).toContain(lang === 'ja' ? 'マグニチュード7.3の地震が発生し' : 'A magnitude 7.3 earthquake struck');
    // No number with more than two decimals anywhere (the model's doubles are 7.255325550604155, 5.1234…).
    expect(markdown.match(/\d\.\d{3,}/g)).toBeNull();
    expect(markdown).toMatch(lang === 'ja' ? /役場サーバ室 \d\.\d（震度/ : /Town-hall server room \d\.\d \(JMA/);
  });

  it.each(LANGS)('lines, power areas, zones and network segments appear in words, never as ids (%s)', (lang) => {
    const { scenario, prose } = scriptedCase(lang);
    expect(prose).toContain(lang === 'ja' ? '役場サーバ室から' : 'The line from Town-hall server room to');
    expect(prose).toContain(lang === 'ja' ? 'インターネット接続系のネットワークから侵入' : 'through the internet segment (reached: internet segment)');
    for (const link of scenario.links) expect(prose).not.toContain(link.id);
    for (const region of new Set(scenario.sites.map((s) => s.powerRegion))) expect(prose).not.toContain(region);
  });

  it.each(LANGS)('a preset names every line, power region, package and zone from its sites and systems, with a word for an unknown one (%s)', (lang) => {
    const scenario = scenarioSchema.parse(PRESETS['small-town']);
    const names = caseNames(scenario, lang);
    const packages = scenario.hazards.applicationFailures?.packages ?? [];
    expect(scenario.links.length).toBeGreaterThan(0);
    expect(packages.length).toBeGreaterThan(0);
    const worded = [
      ...scenario.links.map((l) => [l.id, names.link(l.id)]),
      ...scenario.sites.map((s) => [s.powerRegion, names.powerRegion(s.powerRegion)]),
      ...packages.map((p) => [p.id, names.applicationPackage(p.id)]),
      ...scenario.sites.flatMap((s) => s.zones.map((z) => [z, names.zone(s.id, z)])),
    ];
    for (const [id, words] of worded) expect(words, id).not.toContain(id!);
    expect(names.link(scenario.links[0]!.id)).toContain(names.site(scenario.links[0]!.from));
    expect(names.applicationPackage(packages[0]!.id)).toContain(names.system(packages[0]!.systems[0]!));
    const unknown = [names.link('nowhere'), names.powerRegion('nowhere'), names.applicationPackage('nowhere'), names.zone('nowhere', 'nowhere')];
    expect(unknown).toEqual(lang === 'ja' ? ['回線', '電力区域', 'パッケージ', 'ゾーンのひとつ'] : ['a line', 'a power area', 'an application package', 'one zone']);
  });

  it.each(LANGS)('rule ids and sources are numbered notes at the end, each marker with its note (%s)', (lang) => {
    const { prose, notes } = scriptedCase(lang);
    const rules = jpMunicipalPolicy.rules.map((r) => r.id);
    for (const rule of rules) expect(prose).not.toContain(rule);
    expect(prose).not.toMatch(/https?:\/\/|\[appi-rule|\\\[\d/);
    const markers = [...prose.matchAll(lang === 'ja' ? /（注([\d、]+)）/g : /\\\[note ([\d, ]+)\\\]/g)].flatMap((m) => m[1]!.split(/、|, /).map(Number));
    const numbered = [...new Set(markers)].sort((a, b) => a - b);
    expect(numbered).toEqual(Array.from({ length: numbered.length }, (_, i) => i + 1));
    expect(markers.length).toBeGreaterThan(numbered.length); // the same rule behind several actions keeps its number
    for (const n of numbered) expect(notes).toMatch(new RegExp(lang === 'ja' ? `- 注${n} .+（規則「[a-z0-9-]+」、` : `- Note ${n}: .+ \\(rule "[a-z0-9-]+", `));
    // Each basis is written once, in the notes.
    const basis = jpMunicipalPolicy.rules.find((r) => r.id === 'appi-sensitive')!.basis[lang].replace(/[。.]$/, '');
    expect(prose).not.toContain(basis);
    expect(notes.split(basis)).toHaveLength(2);
    // Sources: the project's references, numbered, with what Machi takes from each in the case's language.
    expect(notes).toContain(lang === 'ja' ? '### 出典' : '### Sources');
    expect(notes).toMatch(/\n1\. 個人情報保護委員会「個人情報の保護に関する法律施行規則/);
    expect(notes).toContain(lang === 'ja' ? '要配慮' : 'sensitive');
  });

  it.each(LANGS)('the text and the replay command number the year alike, from 0 (%s)', (lang) => {
    const scenario = scriptedTown({ events: [] });
    const command = 'machi case town.yaml --variant onprem --seed 1 --replication 0 --year 2 --years 3';
    const md = renderCase(scriptedYear(scenario, 'onprem', 3), { scenario, year: 2, lang, command }).markdown;
    expect(md).toContain(lang === 'ja' ? '3年間のうち年2（0から数えた番号で、コマンドの --year と同じ）' : 'year 2 of the 3 simulated (numbered from 0, as --year counts)');
    expect(md).toContain('--year 2 ');
    expect(md).not.toMatch(/年目|year 3 of/);
  });

  it.each(LANGS)('a simulated year that is a fiscal year is named by it; one that is not is dated and says so (%s)', (lang) => {
    // From 1 April 2029 the first 8,760 hours are FY2029 exactly (2030 has no 29 February); from 1 April 2027
    // they end on 30 March 2028, a day before FY2027 does.
    const fy2029 = scriptedTown({ startDate: '2029-04-01', events: [] });
    const aligned = renderCase(scriptedYear(fy2029), { scenario: fy2029, year: 0, lang });
    const drifted = scriptedCase(lang, { events: [] }).markdown;
    expect(aligned.title).toBe(lang === 'ja' ? '例示町 仮想事例：2029年度（令和11年度）' : '例示町, a virtual year: FY2029 (April 2029 – March 2030)');
    expect(aligned.markdown).not.toContain(lang === 'ja' ? '8,760時間' : '8,760 hours');
    expect(drifted.split('\n')[0]).toBe(lang === 'ja' ? '# 例示町 仮想事例：2027年（令和9年）4月1日（木）〜2028年（令和10年）3月30日（木）' : '# 例示町, a virtual year: Thu 1 April 2027 – Thu 30 March 2028');
    expect(drifted).toContain(lang === 'ja' ? 'この1年の大部分は2027年度（令和9年度）です。' : 'Most of this year is FY2027 (April 2027 – March 2028).');
  });

  it('a site named like HTML stays text inside a worded line, in HTML and Markdown', () => {
    const input = scriptedTownInput();
    input.sites = input.sites.map((s) => (s.id === 'townhall' ? { ...s, name: { ja: '<img src=x onerror=alert(1)>', en: '<img src=x>' } } : s));
    const scenario = scriptedTown(input);
    const c = renderCase(scriptedYear(scenario), { scenario, year: 0, lang: 'ja' });
    expect(c.html).not.toContain('<img');
    expect(c.html).toContain('&lt;img src=x onerror=alert(1)&gt;から');
    expect(c.markdown).not.toContain('<img');
  });
});
