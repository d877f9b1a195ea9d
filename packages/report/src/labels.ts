import type { Scenario } from '@machi/scenarios';
import type { Lang } from './lang.ts';
import { formatHours, formatNumber, formatPersons } from './format/quantity.ts';
import { formatYen } from './format/yen.ts';

type Text = Readonly<Record<Lang, string>>;

/** A scenario label (a plain string, or `{ ja, en }`) in `lang`; `fallback` when there is none. */
export function localized(label: string | Text | undefined, lang: Lang, fallback: string): string {
  if (label === undefined) return fallback;
  return typeof label === 'string' ? label : label[lang];
}

/** What a metric counts, which decides how its numbers are written. */
export type MetricUnit = 'yen' | 'hours' | 'residentHours' | 'persons' | 'count';

const METRICS: Record<string, Text & { unit: MetricUnit }> = {
  costYen: { ja: '年間費用(運用+インシデント)', en: 'annual cost (running + incidents)', unit: 'yen' },
  runningCostYen: { ja: '運用費用', en: 'running cost', unit: 'yen' },
  incidentCostYen: { ja: 'インシデント費用', en: 'incident cost', unit: 'yen' },
  // The sum over critical services of each one's hours down at the counter (service-hours), not the
  // length of the longest outage: two services down 10 h each count 20 h.
  downtimeHours: { ja: '重要業務の延べ停止時間', en: 'critical-service downtime (summed over services)', unit: 'hours' },
  residentHoursWithoutService: { ja: '住民がサービスを受けられなかった延べ時間', en: 'resident-hours without service', unit: 'residentHours' },
  residentsWithoutService: { ja: 'サービスを受けられなかった住民の延べ人数', en: 'residents without service', unit: 'persons' },
  personsAffected: { ja: '個人データが漏えい・滅失・毀損した本人の数', en: 'persons whose data was leaked, lost or damaged', unit: 'persons' },
  dataLostHours: { ja: '失われたデータ(時間分)', en: 'data lost (hours of records)', unit: 'hours' },
  incidents: { ja: 'インシデント件数', en: 'incidents', unit: 'count' },
  evacuationListUnreachableHours: { ja: '避難行動要支援者名簿を参照できない時間', en: 'hours the evacuation-support list was unreachable', unit: 'hours' },
  evacuationSupportResidentsUncovered: { ja: '名簿を参照できない間の要支援者数', en: 'evacuation-support residents uncovered', unit: 'persons' },
};

const DATA_CLASSES: Record<string, Text> = {
  general: { ja: '一般の個人情報', en: 'general personal data' },
  sensitive: { ja: '要配慮個人情報', en: 'special-care personal data' },
  ordinanceSensitive: { ja: '条例要配慮個人情報', en: 'ordinance special-care data' },
  myNumber: { ja: '特定個人情報(マイナンバー)', en: 'My Number data' },
  financial: { ja: '財産的被害のおそれのある情報', en: 'data open to financial harm' },
};

const ACTIONS: Record<string, Text> = {
  notifyIndividuals: { ja: '本人への通知・謝罪', en: 'notify and apologise to individuals' },
  reportToCommission: { ja: '個人情報保護委員会への報告', en: 'report to the PPC (Commission)' },
  publishNotice: { ja: '公表', en: 'publish a notice' },
  pressConference: { ja: '記者会見', en: 'press conference' },
  compensateResidents: { ja: '住民への補償', en: 'compensate residents' },
  reportToCouncil: { ja: '議会への報告', en: 'report to the council' },
  activateBcp: { ja: 'BCP(業務継続計画)の発動', en: 'activate the BCP' },
};

const KINDS: Record<string, Text> = {
  leak: { ja: '漏えい', en: 'leak' },
  loss: { ja: '滅失', en: 'loss' },
  damage: { ja: '毀損', en: 'damage' },
  outage: { ja: '停止', en: 'outage' },
};

/** A scenario's service or system, for the names behind per-service metric columns. */
type Named = Pick<Scenario, 'services' | 'systems'>;

/**
 * The heading of a metric column in `lang`. Per-service downtime (`downtimeHours.<service>`) and
 * per-class persons (`personsAffected.<class>`) take the service's or class's name.
 *
 * @example
 * metricLabel('costYen', 'ja'); // '年間費用(運用+インシデント)'
 */
export function metricLabel(metric: string, lang: Lang, scenario?: Named): string {
  const [base, part] = metric.split('.', 2) as [string, string | undefined];
  if (base === 'action' && part) return actionLabel(part, lang);
  if (base === 'largest' && part) return lang === 'ja' ? `最大の単一インシデント:${metricLabel(metric.slice(8), lang, scenario)}` : `largest single incident: ${metricLabel(metric.slice(8), lang, scenario)}`;
  const known = METRICS[base];
  if (!known) return metric;
  if (part === undefined) return known[lang];
  if (base === 'personsAffected') return lang === 'ja' ? `${known[lang]}(${dataClassLabel(part, lang)})` : `${known[lang]} (${dataClassLabel(part, lang)})`;
  const service = scenario?.services.find((s) => s.id === part);
  const name = localized(service?.name, lang, part);
  return lang === 'ja' ? `${name}の停止時間` : `${name} downtime`;
}

/** The unit of a metric column (`action.*` columns count years with the action). */
export function metricUnit(metric: string): MetricUnit {
  const base = metric.startsWith('largest.') ? metric.slice(8).split('.')[0]! : metric.split('.')[0]!;
  return METRICS[base]?.unit ?? 'count';
}

/**
 * A value of a metric written for `lang` in its unit: yen as `1.2億円`, hours as `36時間`, persons
 * as `1,234人`.
 */
export function formatMetric(metric: string, value: number, lang: Lang): string {
  switch (metricUnit(metric)) {
    case 'yen':
      return formatYen(value, lang);
    case 'hours':
      return formatHours(value, lang);
    case 'persons':
      return formatPersons(value, lang);
    case 'residentHours':
      // Person-hours add up residents' waits: not a span of clock time, so never shown in days.
      return lang === 'ja' ? `${formatNumber(value)}人時` : `${formatNumber(value)} resident-hours`;
    default:
      return formatNumber(value);
  }
}

/** A response action's name (`pressConference` → `記者会見`). */
export const actionLabel = (action: string, lang: Lang): string => ACTIONS[action]?.[lang] ?? action;

/** A data class's name (`sensitive` → `要配慮個人情報`). */
export const dataClassLabel = (dataClass: string, lang: Lang): string => DATA_CLASSES[dataClass]?.[lang] ?? dataClass;

/** An incident kind's name (`leak` → `漏えい`). */
export const kindLabel = (kind: string, lang: Lang): string => KINDS[kind]?.[lang] ?? kind;

const HOSTING: Record<string, Text> = {
  onprem: { ja: '庁舎内設置(オンプレミス)', en: 'on-premises' },
  housing: { ja: 'ハウジング(データセンター)', en: 'housing data centre' },
  'community-cloud': { ja: '自治体クラウド(共同利用)', en: 'community cloud' },
  'public-cloud': { ja: 'ガバメントクラウド', en: 'government cloud' },
};

/**
 * A variant's name: its `label` in the scenario, or the usual name of the four hosting models of the
 * presets, or its id.
 */
export function variantLabel(id: string, lang: Lang, scenario?: Pick<Scenario, 'variants'>): string {
  return localized(scenario?.variants[id]?.label, lang, HOSTING[id]?.[lang] ?? id);
}
