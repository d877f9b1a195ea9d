import { scenarioSchema, simulate, type Scenario, type ScenarioInput, type SimulationResult } from '@machi/scenarios';
import { quietTownInput } from '@machi/scenarios/testing';

type Label = { ja: string; en: string };
const named = <T extends { id: string }>(items: readonly T[], names: Readonly<Record<string, Label>>) =>
  items.map((item) => (names[item.id] ? { ...item, name: names[item.id] } : item));

/**
 * The scenarios' quiet test town (every random process switched off), named in Japanese and English,
 * with a year of scripted events: a magnitude 7.8 quake with a 9 m tsunami at 03:00 on Saturday
 * 12 June 2027 that floods the town-hall server room and cuts the line to the data centres, a mis-sent
 * letter with special-care data of 150 residents in September, and ransomware through the internet
 * segment in January 2028. After the quake, requests for disaster-victim certificates surge.
 */
export function scriptedTownInput(): ScenarioInput {
  const town = quietTownInput();
  return {
    ...town,
    name: '例示町',
    municipality: { ...town.municipality, population: 9000, ageShares: { under15: 0.09, from15to64: 0.53, over65: 0.38 } },
    people: { ...town.people, vendors: named(town.people.vendors, { 'vendor-a': { ja: '地場ベンダー', en: 'Local vendor' } }) },
    sites: named(town.sites, {
      townhall: { ja: '役場サーバ室', en: 'Town-hall server room' },
      vault: { ja: '耐火金庫', en: 'Fire-proof vault' },
      cloud: { ja: 'ガバメントクラウド', en: 'Government cloud' },
    }),
    links: town.links!.map((link) => ({ ...link, quakeFragility: { medianJmaIntensity: 5, beta: 0.01 }, disasterRepairHours: { fixed: 60 } })),
    systems: named(
      town.systems.map((s) => (s.id === 'welfare' ? { ...s, rtoHours: 6 } : s)),
      {
      registry: { ja: '住民記録', en: 'Resident registry' },
      welfare: { ja: '福祉(避難行動要支援者名簿)', en: 'Welfare (evacuation-support list)' },
      website: { ja: '町ホームページ', en: 'Town website' },
        mail: { ja: '庁内メール', en: 'Staff mail' },
      },
    ),
    services: [
      ...named(town.services!, { certificates: { ja: '住民票・印鑑証明等', en: 'Residence certificates' }, 'welfare-consultation': { ja: '福祉相談', en: 'Welfare advice' } }),
      {
        id: 'disaster-certificates',
        name: { ja: '罹災証明書', en: 'Disaster-victim certificates' },
        dependsOn: ['registry'],
        demandPer1000ResidentsPerYear: { counter: 1, online: 0 },
        surge: { afterJmaIntensityAtLeast: 5, extraPer1000Residents: 300, startAfterDays: 2, overDays: 90, onlineShare: 0 },
      },
    ],
    threats: { ...town.threats, ransomware: { ...town.threats.ransomware, crossSegmentProbability: { myNumber: 0, lgwan: 0, internet: 1 } } },
    events: [
      { kind: 'earthquake', at: '2027-06-12T03:00', magnitude: 7.8, epicentre: { latitude: 41.6, longitude: 141.4 }, tsunamiHeightM: 9 },
      { kind: 'leak', at: '2027-09-14T10:00', cause: 'mis-sending', persons: 150, dataClasses: ['general', 'sensitive'] },
      { kind: 'ransomware', at: '2028-01-20T22:00', entrySegment: 'internet' },
    ],
    variants: { onprem: { label: { ja: '役場サーバ室', en: 'Town-hall server room' } }, cloud: { ...town.variants!.cloud, label: { ja: 'ガバメントクラウド', en: 'Government cloud' } } },
  };
}

/** The scripted town, validated, with any top-level changes. */
export function scriptedTown(changes: Partial<ScenarioInput> = {}): Scenario {
  return scenarioSchema.parse({ ...scriptedTownInput(), ...changes });
}

/** One traced year (or more) of the scripted town. */
export function scriptedYear(scenario: Scenario = scriptedTown(), variant = 'onprem', horizonYears = 1): SimulationResult {
  return simulate(scenario, { variant, seed: 1, replication: 0, horizonYears, trace: true });
}
