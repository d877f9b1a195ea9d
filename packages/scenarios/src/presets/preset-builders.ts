import type { ScenarioInput } from '../schema/index.ts';
import { siteAndGroundSources } from './site-and-ground-sources.ts';

type Input = ScenarioInput;
type SystemInput = Input['systems'][number];
type SiteInput = Input['sites'][number];
type LinkInput = NonNullable<Input['links']>[number];
type Sourced = { value: number; source: string };

/**
 * How a preset prices one system on each other hosting kind: a factor of its on-prem cost, with why. A
 * kind priced at the on-prem cost itself (`{ factor: 1 }`) is the same belief and carries the on-prem
 * source, so the one number is one fact wherever it is written.
 */
export type HostingCostFactors = Readonly<Record<'housing' | 'community-cloud' | 'public-cloud', { factor: number; source: string } | { factor: 1 }>>;

/**
 * The running cost of one system by hosting kind: `onpremYen` with its source, and the other kinds as
 * rounded multiples of it.
 *
 * @example
 * hostingCosts(25_000_000, 'assumption: …', factors).housing; // { value: 26250000, source: factors.housing.source }
 */
export function hostingCosts(onpremYen: number, onpremSource: string, factors: HostingCostFactors): SystemInput['annualCostYen'] {
  const of = (kind: keyof HostingCostFactors) => {
    const factor = factors[kind];
    return { value: Math.round(onpremYen * factor.factor), source: 'source' in factor ? factor.source : onpremSource };
  };
  return { onprem: { value: onpremYen, source: onpremSource }, housing: of('housing'), 'community-cloud': of('community-cloud'), 'public-cloud': of('public-cloud') };
}

/**
 * Running cost of a system read from a municipal budget line (not shared out of a total): the same cost
 * on-premises, housed and in the government cloud, and as the whole shared cost of a community cloud of
 * six members at standalone price ([soumu-it-cost-2018]: 379 municipalities in 62 groups); the group's
 * saving and what each kind adds are in `costs.hostingCostFactor`.
 */
export function budgetLineCosts(onpremYen: number, onpremSource: string, sharedSource: string): SystemInput['annualCostYen'] {
  return hostingCosts(onpremYen, onpremSource, { housing: { factor: 1 }, 'community-cloud': { factor: 6, source: sharedSource }, 'public-cloud': { factor: 1 } });
}

/**
 * One copy a day: the interval of every daily backup in the presets, written once — a package's nightly
 * backup, a provider's copy to its second site and a cloud snapshot are the same belief about how often.
 */
export const dailyBackupInterval = {
  value: 24,
  source:
    '[digital-agency-nonfunctional-2025] the standard recovery point is the previous business day, a restore from the daily backup, and [lawinsider-nonfunctional-clause] procurement specifications ask for a daily backup: one copy every 24 h — a package\'s nightly backup, a provider\'s copy to its second site ([jichitai-cloud-oita-miyazaki-2010]: groups copy to another data centre) and a cloud snapshot alike',
};

/**
 * One offline copy a week kept away from the servers: the interval of every weekly copy in the presets,
 * written once, from a shared municipal centre that keeps its copies just so.
 */
export const weeklyOffsiteInterval = {
  value: 168,
  source:
    '[inadani-kamiina-backup] the shared information centre of the 上伊那 municipalities backs up the residents\' data daily into a fireproof safe and once a week takes the previous weekend\'s copy to a bank safe-deposit box in town: one offline copy away from the servers every 168 h',
};

/**
 * One route on a town's line to where its systems run: as most municipalities had it when last surveyed.
 */
export const singleLineRoute = {
  value: 1,
  source:
    '[soumu-white-paper-2017-kumamoto-continuity] of the municipalities surveyed after the 2016 Kumamoto earthquakes about 3 in 10 had made their network redundant (more than half their core systems): a town has its line on one route, as the other 7 in 10 do',
};

/**
 * How soon a vendor starts work under its maintenance contract: one belief for every vendor of the presets,
 * from a municipal maintenance clause (a fault reported in the morning is attended that afternoon).
 */
export const maintenanceResponseHours = {
  value: 4,
  source:
    '[lawinsider-maintenance-clause] a municipal maintenance clause: a fault reported in the morning is attended that afternoon, one reported in the afternoon the next working morning — about half a working day, 4 h',
};

/**
 * The recovery time objective of a system of the 20 standardised businesses: the national non-functional
 * standard's default level, one belief wherever a preset has such a system.
 */
export const standardRtoHours = {
  value: 12,
  source: '[digital-agency-nonfunctional-2025] the standard level for systems of the 20 standardised businesses: running again within 12 h of a stop (a town may choose another level)',
};

/**
 * The disability-welfare system that keeps the evacuation-support list: 障害者福祉 is itself one of the
 * standardised businesses, so the same standard level applies to it.
 */
export const welfareRtoHours = {
  value: 12,
  source:
    '[koumuin-news-standard-businesses] 障害者福祉 is among the businesses whose systems are standardised; [digital-agency-nonfunctional-2025] their standard level is running again within 12 h of a stop, and after a large disaster data needed to confirm residents\' safety is handed over within 72 h: 12 h',
};

/** Ground amplification of a site on a terrace (diluvial ground), wherever the presets put one. */
export const terraceAmplification = { value: 1.6, source: 'assumption: terrace (diluvial) ground, AVS30 ≈ 350 m/s' };

/**
 * A data centre's (and the government cloud operator's) generators are load-tested on a schedule, as a
 * nuclear plant's emergency diesels are; their start failure is taken at the regulator's goal for those.
 */
export const dataCentreGeneratorFailure = {
  value: 0.01,
  source:
    '[nrc-b56-diesel-reliability] the NRC\'s reliability goal for a tested emergency diesel generator is 0.99 per start (the fleet averaged about 0.94): 1 − 0.99 = 0.01, for one tested generator; a redundant set does at least as well',
};

/** The building and operations of a commercial or shared data centre in Hokkaido, as the presets assume them. */
export const dataCentreBuilding = {
  floorAboveGroundM: siteAndGroundSources.dataCentreFirstFloorM,
  fragility: {
    medianJmaIntensity: siteAndGroundSources.highCodeMidRiseMedian,
    beta: siteAndGroundSources.buildingFragilityBeta,
  },
  siteAmplification: siteAndGroundSources.firmGroundAmplification,
  generatorHours: { value: 72, source: '[fdma-72h-2018] the 72 h national target; data centres advertise it' },
  generatorFailureProbability: dataCentreGeneratorFailure,
} satisfies Partial<SiteInput>;

export const dataCentreOperations = {
  replacementHours: {
    lognormal90: [168, 672],
    source:
      'the shared platforms rebuilt after losing their equipment took 1 to 4 weeks: [jip-base-2019] about 3 bodies a day, 70% of about 50 by day 12; [itmedia-nirs-fire-2025] the burnt systems rebuilt at another centre within about four weeks: a 90% range of 7–28 days',
  },
  // Both shared-platform outages found stopped municipalities at a commercial data centre, so the same
  // per-facility rate serves the housing and the community-cloud sites.
  facilityOutageAnnualRate: {
    value: 0.003,
    source:
      '[nikkei-xtech-gifu-dc-2019] and [nikkei-xtech-jip-base-2019]: the two outages of a shared municipal platform that stopped its members for 3 h or more found in 2015–2025, across [soumu-it-cost-2018] 62 community-cloud groups: 2 / 10 years / 62 ≈ 0.003 a platform-year (every facility fault below lasts 3 h or more)',
  },
  facilityOutageHours: {
    lognormal90: [6, 12],
    source: 'the facility outages found lasted about 6 h and 9.7 h ([aws-tokyo-2019], the cooling fault in one Tokyo zone: EC2 and RDS) and about 12 h ([nikkei-xtech-gifu-dc-2019]): a 90% range of 6–12 h spans them',
  },
} satisfies Partial<SiteInput>;

/**
 * How long a municipality takes to run its systems again once its own machine room is lost: temporary
 * servers restored from a backup kept elsewhere, at a temporary office. One belief for every hall of the
 * presets, their alternate offices and a city's own data centre, from the 2011 tsunami towns that lost
 * their server rooms (a city's larger estate is assumed to be rebuilt in the same span, by more hands).
 */
export const hallReplacementHours = {
  lognormal90: [336, 2160],
  source:
    '[risktaisaku-otsuchi-2011] 大槌 issued certificates again from a temporary server 33 days after the tsunami flooded its server room, and rejoined 住基ネット after about 4 months; [mainichi-koseki-2011] the four tsunami-struck towns\' family registers were rebuilt by late April and back in their systems by mid-May, about 2 months on: a 90% range of 2 weeks to 3 months, median about 5 weeks',
} satisfies SiteInput['replacementHours'];

/**
 * The intensity at a town's end at which half its closed lines are cut, from the 2024 Noto earthquake:
 * NTT West's lines out over the households of the towns where they failed, at the intensities measured there.
 */
export const townLineMedianIntensity = {
  value: 6.2,
  source:
    '[tvkanazawa-ntt-west-noto-2024] about 9,500 lines out, almost all in 輪島, 珠洲 and 能登町 ([soumu-whitepaper-noto-fixed-2024] peak 7,860 telephone + about 1,500 internet lines agrees); [livedoor-okunoto-population-2025] 48,600 + 6,613 = 55,213 people in Oku-Noto (those three and 穴水) before the quake, ÷ [ishikawa-census-2010-prelim] 2.65 a household ≈ 20,835 households: 9,500 ÷ 20,835 ≈ 0.46 of lines cut (households stand in for lines, as for the typhoon); [newsdigest-jma-noto-intensities-2024] instrumental 6.5, 6.2 and 5.8 measured in 輪島 and 能登町: mean 6.17; P(6.17) = 0.46 with the β below puts the median at 6.17 + 0.10 × 0.5 ÷ 1.339 ≈ 6.2 (6.17–6.25 for any β from 0.25 to 1, as 0.46 is near one half) (was 6); one event: [kantsuu-iburi-ntt-lines-2018] the 2018 Iburi quake cut about 34,000 lines in nine towns near its epicentre, but almost all were back the same evening, unlike these multi-day cuts',
};

/**
 * The same for a city's lines, mostly in underground conduit in the centre, from the 1995 Kobe quake: the
 * subscriber lines cut for days over all the lines of the struck area, at the intensity Kobe recorded.
 */
export const cityLineMedianIntensity = {
  value: 6.4,
  source:
    '[bousai-hanshin-telecom-outage] 285,000 lines out were about 20% of all lines in southern Hyogo: 285,000 ÷ 0.2 ≈ 1,425,000 lines; [ntt-east-hanshin-1995] gives those 285,000 to stopped exchanges and about 193,000 more to fire, which stayed out for days ([bousai-hanshin-phone-recovery] repairs declared done on 31 January; the stopped exchanges are left out as a power fault): 193,000 ÷ 1,425,000 ≈ 0.135; [jishin-hanshin-1995] 神戸 recorded the old intensity 6, which [jma-intensity-1996] split into 6-lower and 6-upper (instrumental 5.5–6.5): taken at 6.0, P(6.0) = 0.135 with the β below puts the median at 6.0 + 1.10 × 0.5 ÷ 1.339 ≈ 6.4 (the 7 belt through the city would raise it; homes\' drop cables stand in for the city\'s conduit lines, so if anything too fragile) (was 6.2)',
};

/**
 * How often a town's or city's own server room stops for a power fault: the operators' outage rate and
 * the power share of outages from Uptime Institute's 2022 analysis. One belief for every hall and
 * city-run room of the presets.
 */
export const hallFacilityOutageAnnualRate = {
  value: 0.23,
  source:
    '[uptime-outage-numbers-2022] four in five data-centre organisations surveyed had an outage in the past three years: −ln(1 − 0.8) ÷ 3 ≈ 0.54 outages a year; [datacentrereview-uptime-2022] 43% of significant outages were power-related (UPS failures first): 0.54 × 0.43 ≈ 0.23 a year, taken for a municipal server room (operators\' figures; the 43% is of significant outages, applied to all)',
};

/**
 * How often a small or mid-size IT vendor leaves its customers: legal bankruptcies among Japan's systems
 * and software developers, a floor (closures and withdrawals from municipal work are not counted).
 */
export const smallVendorExitAnnualRate = {
  value: 0.013,
  source:
    '[zeitax-tdb-software-firms-2007] 118 legal bankruptcies in 2006 among the 13,073 systems and software developers surveyed; [mynavi-tdb-software-bankruptcies-2013] 221 in 2012, the worst year (over the same 13,073 firms): (118 + 221) ÷ 2 ÷ 13,073 ≈ 0.013 a year; bankruptcies only, so a floor for a vendor leaving its customers',
};

/**
 * How long an outage of a town's own server room or hall network lasts, from the outages of city halls'
 * own buildings and networks found in the news (a network fault, a power cable, a fibre change).
 */
export const hallFacilityOutageHours = {
  lognormal90: [2, 24],
  source:
    'outages of a city hall\'s own network or building supply found, and how long they lasted: [nhk-naha-network-2024] a misplugged LAN cable, about 2 h; [mainichi-tachikawa-network-2022] the hall network, over 11 h; [sankei-fujimi-power-2020] a damaged supply cable, about 19.5 h (counters on the generator); [suntv-amagasaki-network-2024] the network after a fibre replacement, about 22.5 h: a 90% range of 2–24 h spans them',
} satisfies SiteInput['facilityOutageHours'];

/**
 * How long a lost tape vault takes to replace: renting a bank safe-deposit box, the off-site store a
 * municipal information centre uses for its weekly copy.
 */
export const vaultReplacementHours = {
  lognormal90: [168, 336],
  source:
    '[inadani-kamiina-backup] a shared municipal information centre keeps its weekly off-site copy in a bank safe-deposit box, so a lost vault is replaced by renting one: [manetatsu-safe-deposit-box] the bank reviews an application in about a week and the box is usable on contract, the access card following about a week later: a 90% range of 1–2 weeks (168–336 h), in normal times (was 1–4 weeks, assumed)',
} satisfies SiteInput['replacementHours'];

/**
 * What keeping the weekly offline copy away from the servers costs a year: the rent of the bank
 * safe-deposit box a municipal information centre uses for it. The weekly trip to it is not counted.
 */
export const vaultAnnualCostYen = {
  value: 30000,
  source:
    '[inadani-kamiina-backup] one case: a shared municipal information centre keeps its weekly offline copy in a bank safe-deposit box in town; [fuelle-safe-deposit-fee] a bank charges 16,170円 to about 30,000円 a year by size: the larger box, about 30,000円 a year (was 1,200,000, assumed: courier and shelf rent; the weekly trip is not counted here)',
};

/** What differs between the presets' data centres. */
export type DataCentreFields = Pick<SiteInput, 'id' | 'name' | 'kind' | 'location' | 'groundElevationM' | 'recoveredBy' | 'annualCostYen'> &
  Partial<Pick<SiteInput, 'siteAmplification' | 'memberTowns' | 'replacementHours'>>;

/**
 * A data centre in Hokkaido, inland, with the presets' building and operations unless `fields` say
 * otherwise; keys in the schema's order (as a scenario file writes them).
 */
export function dataCentre(fields: DataCentreFields): SiteInput {
  const { id, name, kind, location, groundElevationM, memberTowns, recoveredBy, annualCostYen } = fields;
  return {
    id,
    name,
    kind,
    location,
    coastal: false,
    groundElevationM,
    ...dataCentreBuilding,
    siteAmplification: fields.siteAmplification ?? dataCentreBuilding.siteAmplification,
    powerRegion: 'hokkaido',
    ...(memberTowns === undefined ? {} : { memberTowns }),
    recoveredBy,
    ...dataCentreOperations,
    replacementHours: fields.replacementHours ?? dataCentreOperations.replacementHours,
    annualCostYen,
  };
}

/** What differs between the presets' closed lines. */
export interface ClosedLineFields {
  readonly id: string;
  readonly from: string;
  readonly to: string[];
  readonly routes: Sourced;
  /** Probability that a route is cut, by JMA intensity at the office end. */
  readonly quakeFragility: LinkInput['quakeFragility'];
  readonly overLgwan: boolean;
  readonly annualCostYenPerRoute: Sourced;
}

/**
 * A leased closed-network line with the carriers' fault and repair figures (the fault rate assumed, as no
 * carrier publishes it, and held within the carriers' network availability guarantee; the repair times of
 * a cut and of a disaster are sourced), keys in the schema's order.
 */
export function closedLine(fields: ClosedLineFields): LinkInput {
  const { id, from, to, routes, quakeFragility, overLgwan, annualCostYenPerRoute } = fields;
  return {
    id,
    from,
    to,
    routes,
    faultAnnualRatePerRoute: { value: 0.05, source: 'assumption: no carrier publishes per-line faults; NTT East and West guarantee 99.99% a month over their whole Business Ether network, disasters included ([ntt-west-business-ether-sla] [ntt-east-business-ether-sla-2006]): met, that is at most 0.0001 × 8,760 ≈ 0.88 h a line-year on average, so with the 10–25 h repair below (mean about 16.4 h) at most 0.88 / 16.4 ≈ 0.05 faults a year (was 0.3, then 0.06 with an 8–24 h repair)' },
    repairHours: {
      lognormal90: [10, 25],
      source:
        'cuts of a town hall\'s lines found, and how long until service was back: [htv-fuchu-line-cut-2022] a cable cut by road works, the hall back about 10 h later and the area about 17.5 h; [kobe-np-takarazuka-line-cut] the fibre and NTT line cut by courtyard works, counters back on a temporary cable about 25 h later: a 90% range of 10–25 h spans them',
    },
    quakeFragility,
    commonCauseShare: { value: 0.5, source: 'assumption: a second carrier cuts disaster outages only about 50%: shared poles and conduits' },
    disasterRepairHours: { lognormal90: [72, 720], source: '[ntt-east-2011] government lines restored in about a week after the 2011 earthquake; [chiba-typhoon-lines-2019] repairs took 21 days and some lines were out after a month: 3–30 days, median about 7' },
    overLgwan,
    annualCostYenPerRoute,
  };
}

/** The same placement for each of `systems` (a variant moving a group of systems together). */
export function placeAll<P>(systems: readonly string[], placement: P): Record<string, P> {
  return Object.fromEntries(systems.map((id) => [id, placement]));
}

type ServiceInput = NonNullable<Input['services']>[number];

/** A service's yearly demand per 1,000 residents by channel, and optionally its busy months and its surge. */
export type ServiceFields = { counter: Sourced; online: Sourced } & Pick<ServiceInput, 'networks' | 'monthlyMultipliers' | 'surge'>;

/** A resident service: what it needs and what residents ask of it; keys in the schema's order. */
export function service(id: string, name: { ja: string; en: string }, dependsOn: string[], fields: ServiceFields): ServiceInput {
  const { counter, online, networks, ...extra } = fields;
  return { id, name, dependsOn, ...(networks === undefined ? {} : { networks }), demandPer1000ResidentsPerYear: { counter, online }, ...extra };
}
