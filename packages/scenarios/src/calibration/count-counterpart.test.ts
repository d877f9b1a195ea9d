import { describe, expect, it } from 'vitest';
import { simulate } from '../model/simulate.ts';
import { quietTown, quietTownInput, type EventInput } from '../testing/index.ts';
import { countCounterpart } from './count-counterpart.ts';
import type { IncidentFilter } from './national-counts.ts';

const at = '2027-05-06T23:00';
const count = (where: IncidentFilter, events: EventInput[], input = quietTownInput(), variant = 'onprem') => {
  const scenario = quietTown({ ...input, events });
  const result = simulate(scenario, { variant, seed: 1, horizonYears: 1 });
  return countCounterpart({ count: 'incidents', where, scaling: { kind: 'perTown' }, why: { ja: '', en: '' } }, result, scenario);
};

describe('countCounterpart', () => {
  it('counts a fire or a flood at the town hall, not one at another site', () => {
    const fire = (site: string) => ({ kind: 'fire', at, site, roomLost: false, damageHours: 24 }) as EventInput;
    const atHall = { causes: ['fire'], hazardAtOffice: true } as const;
    expect(count(atHall, [fire('townhall')])).toBe(1);
    // The housing variant's servers are in the data centre: its fire is an incident, not at the hall.
    expect(count(atHall, [fire('housing-dc')], quietTownInput(), 'housing')).toBe(0);
    expect(count({ causes: ['fire'] }, [fire('housing-dc')], quietTownInput(), 'housing')).toBe(1);

    const flood = (site: string) => ({ kind: 'riverFlood', at, depthAboveGroundMBySite: { [site]: 0.5 }, recedeHours: 12 }) as EventInput;
    const floodAtHall = { causes: ['riverFlood'], hazardAtOffice: true } as const;
    expect(count(floodAtHall, [flood('townhall')])).toBe(1);
    expect(count(floodAtHall, [flood('vault')])).toBe(0);
  });

  it('counts a release whose defect reached residents (a stop or wrong notices), not one that only took its window', () => {
    const input = quietTownInput();
    input.hazards.applicationFailures = {
      packages: [
        {
          id: 'core',
          systems: ['registry', 'welfare'],
          releases: { months: [], windowHours: { fixed: 4 }, defectProbability: 0, outageProbability: 0, outageHours: { fixed: 10 }, wrongNoticePersonsShare: 0.01 },
        },
      ],
    };
    const release = (defect: 'none' | 'outage' | 'wrongNotices') => ({ kind: 'applicationRelease', at, package: 'core', system: 'registry', defect }) as EventInput;
    const visible: IncidentFilter = { causes: ['applicationRelease'], effectsAny: { reasons: ['application'], costItems: ['correctionLetters'] } };
    expect(count(visible, [release('none')], input)).toBe(0);
    expect(count(visible, [release('outage')], input)).toBe(1);
    expect(count(visible, [release('wrongNotices')], input)).toBe(1);
    // Wrong notices only cost letters (no incident kind): counted only because the filter asks for that effect.
    expect(count({ causes: ['applicationRelease'] }, [release('wrongNotices')], input)).toBe(0);
  });
});
