import type { Action, DataClass } from '../policy/index.ts';
import type { HostingKind } from '../vocabulary/hosting-kinds.ts';
import type { Reason } from '../vocabulary/reasons.ts';
import type { SourcedCount } from './municipality-classes.ts';

type Text = { readonly ja: string; readonly en: string };

/**
 * What was observed: `events` in a window of `years`. `localShare` (a range) when the count includes
 * bodies the study does not model and only a share belongs to the municipalities; `lowerBound` when
 * the count is what could be found (published cases), with `ceilingPerYear` when a wider count bounds
 * it from above.
 */
export interface Observation {
  readonly events: number;
  readonly years: number;
  /** "FY2024", "2001-10 → 2026-03": the window as the source counts it. */
  readonly window: string;
  readonly yearBasis: 'fiscal' | 'calendar';
  readonly localShare?: readonly [number, number];
  readonly lowerBound?: true;
  readonly ceilingPerYear?: SourcedCount;
  /** `[reference-id] …` citations of the count. */
  readonly source: string;
}

/** Which simulated incidents a quantity counts: every condition given must hold. */
export interface IncidentFilter {
  /** Outcome causes; `leak` matches every `leak.<id>`. */
  readonly causes?: readonly string[];
  /** Actions the policy required, all of them. */
  readonly actionsAll?: readonly Action[];
  readonly dataClassesAny?: readonly DataClass[];
  /** Longest downtime of a critical service, at least. */
  readonly criticalDowntimeAtLeastHours?: number;
  /** The hosting kind of the site named by the incident's hazard event. */
  readonly hazardSiteKinds?: readonly HostingKind[];
  /**
   * The incident's hazard event reached the town's office (the town hall): it names the office site
   * (`site`) or a depth there (`depthM.<office>`).
   */
  readonly hazardAtOffice?: true;
  /**
   * The incident did something a resident meets, either of: a system stopped for one of `reasons`, or a
   * cost under one of `costItems` (a correction letter per wrong notice). Tells a release with a
   * defect from one that only took its planned window — the outcome keeps no notes without a trace.
   * With it, an outcome that only cost money (no incident kind) is counted too.
   */
  readonly effectsAny?: { readonly reasons?: readonly Reason[]; readonly costItems?: readonly string[] };
}

/**
 * How a simulated count becomes a national one:
 * - `perResident`: a town-year's count × (class mean population ÷ preset population) × class bodies,
 *   summed over classes — for what grows with the residents served (papers, letters, counters).
 * - `perTown`: a town-year's count × class bodies, summed over classes — for what strikes an
 *   organisation whatever its size (an attack on its systems).
 * - `perPlatform`: a member town's count × the number of shared platforms — an event of a shared
 *   provider counts once per platform, not once per member.
 * - `national`: the count of one simulated year — an event of a national network strikes every town
 *   at once and is one event, not 1,741.
 */
export type Scaling =
  | { readonly kind: 'perResident' }
  | { readonly kind: 'perTown' }
  | { readonly kind: 'perPlatform'; readonly preset: string; readonly variant: string; readonly platforms: SourcedCount }
  | { readonly kind: 'national'; readonly preset: string; readonly variant: string };

/** The simulated counterpart of an observation: what is counted in a town-year and how it is scaled. */
export type Counterpart =
  | { readonly count: 'incidents'; readonly where: IncidentFilter; readonly scaling: Scaling; readonly why: Text }
  | { readonly count: 'hazardEvents'; readonly kinds: readonly string[]; readonly scaling: Scaling; readonly why: Text };

/** One row of the calibration table: an observed national yearly count and its simulated counterpart. */
export interface NationalQuantity {
  readonly id: string;
  readonly label: Text;
  readonly observed: Observation;
  /** How the simulated count is made, or why the model cannot be compared (yet). */
  readonly counterpart: Counterpart | { readonly notComparable: Text };
}

const PPC_REPORTS: Counterpart = {
  count: 'incidents',
  where: { actionsAll: ['reportToCommission'] },
  scaling: { kind: 'perResident' },
  why: {
    ja: '委員会への報告が必要となった模擬インシデント。漏えいの件数は扱う書類・郵便・窓口の量、すなわち住民数に比例するとして人口で按分。',
    en: 'Simulated incidents that required a report to the PPC. Leaks grow with the papers, letters and counters handled, so with the residents served: scaled by population.',
  },
};
const MY_NUMBER_REPORTS: Counterpart = {
  count: 'incidents',
  where: { actionsAll: ['reportToCommission'], dataClassesAny: ['myNumber'] },
  scaling: { kind: 'perResident' },
  why: {
    ja: 'マイナンバーを含むデータが漏えい等し、報告が必要となった模擬インシデント。人口で按分。2016・2017年度の報告基準は現行と異なり、厳密には比較できない。',
    en: 'Simulated incidents with My Number data that required a report, scaled by population. The FY2016 and FY2017 reporting rules differ from today\'s, so the comparison is approximate.',
  },
};
// The PPC counts the reports of every public body (ministries, agencies, prefectures and municipalities).
const PPC_SHARE = 'assumption: municipalities send 0.6–0.9 of them (the split by body type was not read)';

/**
 * The observed national yearly counts the model is compared with, each with its simulated
 * counterpart. Adding a row here adds it to `machi calibrate` and the report appendix.
 */
export const NATIONAL_QUANTITIES: readonly NationalQuantity[] = [
  {
    id: 'ppc-leak-reports-fy2024',
    label: { ja: '個人情報保護委員会への漏えい等報告 (2024年度)', en: 'Leak reports to the PPC (FY2024)' },
    observed: {
      events: 1951,
      years: 1,
      window: 'FY2024',
      yearBasis: 'fiscal',
      localShare: [0.6, 0.9],
      source: `[ppc-annual-2024] 1,951 reports from public bodies; ${PPC_SHARE}`,
    },
    counterpart: PPC_REPORTS,
  },
  {
    id: 'ppc-leak-reports-fy2023',
    label: { ja: '個人情報保護委員会への漏えい等報告 (2023年度)', en: 'Leak reports to the PPC (FY2023)' },
    observed: {
      events: 1159,
      years: 1,
      window: 'FY2023',
      yearBasis: 'fiscal',
      localShare: [0.6, 0.9],
      source: `[ppc-annual-2023] 1,159 reports from public bodies in the first year of the duty; ${PPC_SHARE}`,
    },
    counterpart: PPC_REPORTS,
  },
  {
    id: 'my-number-reports-local-fy2017',
    label: { ja: '特定個人情報の漏えい等報告 (地方公共団体, 2017年度)', en: 'My Number leak reports from local governments (FY2017)' },
    observed: {
      events: 270,
      years: 1,
      window: 'FY2017',
      yearBasis: 'fiscal',
      localShare: [0.9, 1],
      source: '[ppc-annual-2017] 270 reports from local governments, a peak: the employers\' tax notices carried the numbers that year only ([horiguchi-mynumber-2018]); assumption: prefectures are a tenth at most of the local reports',
    },
    counterpart: MY_NUMBER_REPORTS,
  },
  {
    id: 'my-number-reports-local-fy2016',
    label: { ja: '特定個人情報の漏えい等報告 (地方公共団体, 2016年度)', en: 'My Number leak reports from local governments (FY2016)' },
    observed: {
      events: 92,
      years: 1,
      window: 'FY2016',
      yearBasis: 'fiscal',
      localShare: [0.9, 1],
      source: '[nikkei-ppc-annual-2016] 92 reports from 70 local governments, the year before the tax-notice peak of FY2017; assumption: prefectures are a tenth at most of the local reports',
    },
    counterpart: MY_NUMBER_REPORTS,
  },
  {
    id: 'ransomware-municipal-systems',
    label: { ja: '市区町村 (一部事務組合・教委を含む) の自庁システムへのランサムウェア', en: 'Ransomware on municipal systems (incl. unions and boards of education)' },
    observed: {
      events: 2,
      years: 2,
      window: '2023–2024',
      yearBasis: 'calendar',
      lowerBound: true,
      ceilingPerYear: { value: 21, source: '[npa-white-paper-2025] 21 victims in 2024 that were neither large nor small companies' },
      source: '[nhk-ishinomaki-ransomware-2023] [scannetsecurity-ako-2024] published cases, one a year; [npa-white-paper-2025] 21 other organisations in 2024 as the ceiling',
    },
    counterpart: {
      count: 'incidents',
      where: { causes: ['ransomware'], actionsAll: ['publishNotice'] },
      scaling: { kind: 'perTown' },
      why: {
        ja: '公表に至ったランサムウェアの模擬インシデント。攻撃は組織を単位に狙われるとして団体数で按分。',
        en: 'Simulated ransomware incidents that were published. Attacks strike an organisation whatever its size: scaled by the number of bodies.',
      },
    },
  },
  {
    id: 'lgwan-national-outages',
    label: { ja: 'LGWANの全国的な障害', en: 'Nationwide LGWAN outages' },
    observed: {
      events: 1,
      years: 24.5,
      window: '2001-10 → 2026-03',
      yearBasis: 'calendar',
      source: '[soumu-whitepaper-2004] in operation since 2001-10; [lgwan-outage-2022] one nationwide outage (2022-01-26)',
    },
    counterpart: {
      count: 'hazardEvents',
      kinds: ['lgwanOutage'],
      scaling: { kind: 'national', preset: 'small-town', variant: 'onprem' },
      why: {
        ja: 'LGWAN障害は全団体に同時に及ぶ1件の事象: 1町の模擬年あたりの件数をそのまま全国の件数とする (1,741倍しない)。',
        en: 'An LGWAN outage strikes every body at once and is one event: the count of one simulated year is the national count (not × 1,741).',
      },
    },
  },
  {
    id: 'shared-hosting-outages',
    label: { ja: '共同利用データセンター・自治体クラウドの障害 (多数団体が3時間以上停止)', en: 'Shared municipal data-centre or community-cloud outages (many bodies stopped 3 h or more)' },
    observed: {
      events: 2,
      years: 11,
      window: '2015–2025',
      yearBasis: 'calendar',
      lowerBound: true,
      source: '[nikkei-xtech-gifu-dc-2019] 28 municipalities about 12 h; [nikkei-xtech-jip-base-2019] about 50 bodies for weeks; none other found 2015–2025',
    },
    counterpart: {
      count: 'incidents',
      where: { causes: ['facilityOutage'], hazardSiteKinds: ['community-cloud'], criticalDowntimeAtLeastHours: 3 },
      scaling: {
        kind: 'perPlatform',
        preset: 'small-town',
        variant: 'community-cloud',
        platforms: { value: 62, source: '[soumu-it-cost-2018] 62 community-cloud groups' },
      },
      why: {
        ja: '自治体クラウドの拠点の設備障害で重要サービスが3時間以上止まった模擬インシデント。1拠点の障害は全構成団体で1件: 構成団体1町の件数 × 共同基盤の数。',
        en: 'Simulated facility outages at a community-cloud site that stopped a critical service for 3 h or more. One platform\'s outage is one event for all its members: a member town\'s count × the number of platforms.',
      },
    },
  },
  {
    id: 'gov-cloud-tenancy-outages',
    label: { ja: 'ガバメントクラウド上のシステム障害で窓口が停止', en: 'Government-cloud tenancy outages stopping counters' },
    observed: {
      events: 1,
      years: 1,
      window: '2025',
      yearBasis: 'calendar',
      lowerBound: true,
      source: '[nikkei-xtech-hirokawa-gov-cloud-2025] Hirokawa and Kuma, 3 h full stop',
    },
    counterpart: {
      notComparable: {
        ja: '2025年は移行の途中で、ガバメントクラウド上の団体数が年内に大きく変わった。安定した分母がなく、1件から率を出せない。',
        en: 'In 2025 the migration was under way and the number of bodies on the government cloud changed greatly within the year: no stable denominator to turn one event into a rate.',
      },
    },
  },
  {
    id: 'konbini-wrong-issuance',
    label: { ja: 'ソフトウェアの不具合でコンビニ交付の証明書を誤交付した団体', en: 'Municipalities issuing wrong convenience-store certificates from faulty software' },
    observed: {
      events: 5,
      years: 2,
      window: '2023–2024',
      yearBasis: 'calendar',
      lowerBound: true,
      source:
        '[nikkei-xtech-2023-convenience-store-issuance] Yokohama, Kawasaki, Tokushima and others in 2023, [adachi-2023-wrong-issuance] Adachi; [itmedia-2024-takamatsu-issuance] Takamatsu in 2024: 5 municipalities named, all on one vendor\'s software ([ntv-2024-takamatsu-guidance] 15 wrong issuances in 2023)',
    },
    counterpart: {
      count: 'incidents',
      where: { causes: ['softwareWrongIssuance'] },
      scaling: { kind: 'perTown' },
      why: {
        ja: '証明書ソフトの不具合で誤交付が起きた模擬団体 (1件の不具合はパッケージごとに1回引かれ、各団体は確率で巻き込まれる)。団体を単位に数え、団体数で按分。不具合の件数ではなく巻き込まれた団体の数で比べる: 全国のパッケージ数の出典がなく、証明書の枚数は模擬結果に残らない。',
        en: 'Simulated towns where a certificate-software defect issued wrong certificates (a defect is drawn once per package; each town on it is hit with a probability), counted per town and scaled by the number of bodies. Compared as towns hit, not defects: no source gives the number of certificate packages in Japan, and the result does not keep the number of certificates.',
      },
    },
  },
  {
    id: 'legal-change-release-defects',
    label: { ja: '法改正対応の不具合が住民に及んだ団体 (2024年 定額減税)', en: 'Municipalities whose legal-change release defects reached residents (2024 tax cut)' },
    observed: {
      events: 15,
      years: 1,
      window: '2024',
      yearBasis: 'calendar',
      lowerBound: true,
      source:
        '[nikkei-xtech-2024-tax-cut-errors] 15 or more municipalities had announced wrong tax amounts or wrong notices by the end of June 2024, one month after the release; [nikkei-xtech-2024-package-wrong-notices] one package at three designated cities',
    },
    counterpart: {
      count: 'incidents',
      where: { causes: ['applicationRelease'], effectsAny: { reasons: ['application'], costItems: ['correctionLetters'] } },
      scaling: { kind: 'perTown' },
      why: {
        ja: '法改正リリースの不具合が誤った通知 (訂正の通知を送付) か業務の停止として住民に及んだ模擬インシデント。団体数で按分。観測は大改正の年の1か月で見つかった下限、模擬は全リリースの年平均なので、模擬が下限を上回っていれば整合とみる。',
        en: 'Simulated legal-change releases whose defect reached residents, as wrong notices (correction letters sent) or a stopped business, scaled by the number of bodies. The observation is a lower bound found within a month of one large reform; the simulation averages every release of a year, so it agrees when it is above the bound.',
      },
    },
  },
  {
    id: 'town-halls-flooded',
    label: { ja: '河川・内水の氾濫で浸水・孤立した庁舎', en: 'Town halls flooded or cut off by river or inland flooding' },
    observed: {
      events: 4,
      years: 5,
      window: '2015–2019',
      yearBasis: 'calendar',
      lowerBound: true,
      source:
        '[aera-joso-hall-2021] Jōsō 2015; [ibaraki-np-flood-halls-2017] halls inside the new flood areas; [jiji-marumori-2019] Marumori cut off in 2019, with Daigo and Iiyama flooded by the same typhoon (from news reports, not re-read): 4 halls in 2015–2019, cases found ([mabi-branch-2018] a branch office, not counted)',
    },
    counterpart: {
      count: 'incidents',
      where: { causes: ['riverFlood'], hazardAtOffice: true },
      scaling: { kind: 'perTown' },
      why: {
        ja: '氾濫の水が庁舎 (officeSite) の敷地に達した模擬インシデント。団体数で按分。river-city の庁舎は浸水想定区域内にあり、区域内の庁舎の率 (年1.5e-3程度) で749団体を代表するが、実際に区域内にあるのは3割程度。一方 small-town には河川氾濫がなく町村の分は0。二つの偏りはおおむね打ち消し合う。',
        en: 'Simulated floods whose water reached the town hall (the office site), scaled by the number of bodies. river-city\'s hall lies in a flood area and stands, at the rate of a flood-exposed hall (about 1.5e-3 a year), for 749 bodies of which only about 3 in 10 are exposed; small-town carries no river flood, so towns and villages add nothing. The two errors roughly cancel.',
      },
    },
  },
  {
    id: 'town-hall-fires',
    label: { ja: '火災で使用不能になった本庁舎', en: 'Town halls made unusable by fire' },
    observed: {
      events: 1,
      years: 10,
      window: '2016–2025',
      yearBasis: 'calendar',
      lowerBound: true,
      source:
        '[saitama-np-shiraoka-fire-2025] Shiraoka 2025, the one municipal hall found burnt out of use in about ten years searched; [mainichi-shiraoka-fire-2025] counters reopened elsewhere a week later',
    },
    counterpart: {
      count: 'incidents',
      where: { causes: ['fire'], hazardAtOffice: true },
      scaling: { kind: 'perTown' },
      why: {
        ja: '庁舎 (officeSite) の火災の模擬インシデント (プリセットの庁舎火災はすべて庁舎を数日以上使用不能にする)。団体数で按分。',
        en: 'Simulated fires at the town hall (the office site); every hall fire in the presets leaves the hall unusable for days or more. Scaled by the number of bodies.',
      },
    },
  },
];
