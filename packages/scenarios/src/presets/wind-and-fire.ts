import type { ScenarioInput } from '../schema/index.ts';

type Input = ScenarioInput;
type Typhoon = NonNullable<Input['hazards']['typhoon']>;
type FireSite = NonNullable<Input['hazards']['fire']>['sites'][number];
type Sourced = { value: number; source: string };

/**
 * Typhoon approaches per year at a latitude: the 防災科研 map gives 3.0 at the southern tip of Kyushu
 * (about 31.0°N) and 0.2 at the northern tip of Hokkaido (about 45.5°N), with lines of equal frequency
 * along the parallels; in between, linear in latitude (the interpolation is ours).
 */
function approachesAt(place: string, latitudeDeg: number): Sourced {
  const perYear = 3.0 - ((3.0 - 0.2) * (latitudeDeg - 31.0)) / (45.5 - 31.0);
  const value = Math.round(perYear * 100) / 100;
  return {
    value,
    source: `[nied-typhoon-approach] 3.0 approaches a year at the southern tip of Kyushu (31.0°N), 0.2 at the northern tip of Hokkaido (45.5°N), lines of equal frequency along the parallels; ${place} (${latitudeDeg}°N) by linear interpolation in latitude (the interpolation an assumption)`,
  };
}

const damagingShare: Sourced = {
  value: 0.015,
  source:
    'one storm of the 2018 scale in Kansai since 1989: [mainichi-kansai-outages-2018] it was the largest typhoon outage of the Heisei era, and [risktaisaku-kepco-typhoon21-2018] the largest before it was about 0.5 M customers (2004), a quarter of its size; ' +
    '[nied-typhoon-approach] at Osaka (34.7°N) by the same interpolation 3.0 − 2.8 × (34.7 − 31.0) / 14.5 ≈ 2.29 approaches a year, so 1 / (29.7 years from 1989-01 to 2018-09 × 2.29) ≈ 0.015 ' +
    '(one event: the share is uncertain by a factor of several; Kansai stands in for every region)',
};

/**
 * The restoration curve of a typhoon outage, as the share of the customers who lost power that have it
 * back within each span of hours: 2018 台風21号 in Kansai, day by day, the shape of the first three days.
 * `tail` is where the last 5% lie: Kansai's (99% at 120 h) for a city, Chiba's slower one (99% at 280 h:
 * fallen trees on rural lines) for the countryside; the last customers after 16 days in Kansai.
 */
function restorationCurve(tail: 'kansai' | 'chiba'): Typhoon['outageHours'] {
  const ninetyNine = tail === 'kansai' ? 120 : 280;
  return {
    bands: [
      { min: 1, max: 24, share: 0.81 },
      { min: 24, max: 48, share: 0.07 },
      { min: 48, max: 72, share: 0.07 },
      { min: 72, max: ninetyNine, share: 0.04 },
      { min: ninetyNine, max: 384, share: 0.01 },
    ],
    source:
      `[nhk-typhoon-outages-2019] 2018 台風21号 (関西): 81% back after 1 day, 88% after 2, 95% after 3, 99% after 5; ` +
      `[toyokeizai-typhoon-restoration-2019] 99% took about ${ninetyNine} h (${tail === 'kansai' ? '関西 2018' : '千葉 2019, fallen trees on rural lines'}); ` +
      '[risktaisaku-kepco-typhoon21-2018] the last customers after 16 days (384 h); log-uniform within each span (assumption)',
  };
}

/**
 * A preset's typhoons: its grid regions at their latitudes, and how the storm treats power, lines and
 * buildings there.
 */
export function typhoons(
  regions: readonly { powerRegion: string; place: string; latitudeDeg: number }[],
  fields: { tail: 'kansai' | 'chiba'; powerOutageProbability: Sourced; lineCutProbability: Sourced; buildingDamageProbability: Sourced },
): Typhoon {
  return {
    // August to October: the damaging storms of the references came on 2018-09-04 (関西), 2018-09-30
    // (中部) and 2019-09-09 (千葉) (assumption: the season, plain numbers in the schema).
    months: [8, 9, 10],
    regions: regions.map((r) => ({ powerRegion: r.powerRegion, approachAnnualRate: approachesAt(r.place, r.latitudeDeg), damagingShare })),
    powerOutageProbability: fields.powerOutageProbability,
    outageHours: restorationCurve(fields.tail),
    lineCutProbability: fields.lineCutProbability,
    lineRepairHours: {
      lognormal90: [2.3, 540],
      source:
        'the lines out after the 2019 Chiba typhoon (landfall before 05:00 on 9 September, [tepco-typhoon15-review-2020]), as shares of [ntt-east-typhoon15-2019] the 170,000 at the peak: ' +
        '[sankeibiz-chiba-lines-2019-09-12] 54,000 still out after 74 h (32%), [mainichi-chiba-lines-2019-10-05] 10,423 on 2 October, about 559 h (noon taken; 6.1%), ' +
        '[nhk-chiba-lines-2019-10-09] 4,960 after 706 h (2.9%); a lognormal fitted to the three by least squares (log hours against the normal score ' +
        'of the share back) has its median at 35 h and 5% and 95% points at 2.3 and 540 h, and leaves 3.5% out after a month against ' +
        '[chiba-typhoon-lines-2019] 5,627 (3.3%) (the later counts, drop cables cut without the exchange losing power, taken as part of the same 170,000)',
    },
    buildingDamageProbability: fields.buildingDamageProbability,
  };
}

/**
 * A fire in a town or city hall that houses a server room: rare, the hall unusable for about a week
 * (白岡 2025), the room itself burnt out with `roomLostProbability`.
 */
export function hallFire(site: string, roomLostProbability: Sourced): FireSite {
  return {
    site,
    annualRate: {
      value: 0.0001,
      source:
        '[saitama-np-shiraoka-fire-2025] one municipal hall burnt out of use (白岡市 2025) among the 1,741 municipalities in about ten years searched ≈ 6e-5 per hall-year, rounded up to 1e-4 because the search finds a lower bound; [fdma-white-paper-2024] 20,974 building fires in 2023, most of them small',
    },
    roomLostProbability,
    damageHours: {
      lognormal90: [24, 168],
      source: '[mainichi-shiraoka-fire-2025] the core systems came back about four days after the fire, on a generator feeding the third-floor servers; a day to a week (assumption for the spread)',
    },
    officeUnusableHours: {
      lognormal90: [72, 720],
      source:
        '[mainichi-shiraoka-fire-2025] counters reopened in neighbouring city buildings a week after the fire; [saitama-np-shiraoka-fire-2025] the city had first expected more than a month; 3 days to a month (assumption for the spread)',
    },
  };
}

/**
 * A fire in a professional data centre (gas suppression, separated rooms): rarer than in a hall, and
 * when it comes it may burn out a hall of servers.
 */
export function dataCentreFire(site: string): FireSite {
  return {
    site,
    annualRate: {
      value: 0.00005,
      source:
        'three fires that stopped whole data centres in 2021–2025 ([ovhcloud-strasbourg-fire-2021], [msit-pangyo-fire-2022], [itmedia-nirs-fire-2025]) among the [cloudscene-data-centres-2024] 11,800 operational data centres worldwide: 3 / 5 years / 11,800 ≈ 5e-5 per data-centre-year',
    },
    roomLostProbability: {
      value: 0.3,
      source:
        'of the three data-centre fires, one burnt out its building ([ovhcloud-strasbourg-fire-2021] SBG2), one burnt 96 of the 647 systems it stopped ([itmedia-nirs-fire-2025], 15%) and one only cut the servers\' power ([msit-pangyo-fire-2022]): (1 + 0.15 + 0) / 3 ≈ 0.38, rounded down to 0.3 for the gas suppression of a Japanese data centre (the rounding an assumption)',
    },
    damageHours: {
      lognormal90: [12, 240],
      source: '[msit-pangyo-fire-2022] power back after about 86 h, Kakao\'s services after 127.5 h; [ovhcloud-strasbourg-fire-2021] the undamaged buildings were down about a week; half a day to ten days (assumption for the spread)',
    },
  };
}
