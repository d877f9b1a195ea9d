import { describe, expect, it } from 'vitest';
import { loadEditedTown as load, quietTownInput, type EditableTown as Editable } from '../testing/index.ts';
import { scenarioSchema } from './index.ts';

describe("a site's facility outage hours", () => {
  it('may be left out where the site has no facility outages', () => {
    expect(load((t) => t.sites.forEach((s: any) => delete s.facilityOutageHours))).toBe('ok');
    const town = quietTownInput() as Editable;
    delete town.sites[0].facilityOutageHours;
    expect(scenarioSchema.parse(town).sites[0]!.facilityOutageHours).toBeUndefined();
  });

  it('are required, located, where the rate is above 0 or a scripted outage gives no duration', () => {
    const text = load((t) => {
      delete t.sites[0].facilityOutageHours;
      t.sites[0].facilityOutageAnnualRate = 0.1;
      delete t.sites[1].facilityOutageHours;
      t.events = [{ kind: 'facilityOutage', at: '2027-07-20T10:00', site: t.sites[1].id }];
    });
    expect(text).toContain('sites[0].facilityOutageHours');
    expect(text).toContain('events[0].durationHours');
    expect(text).toContain('facilityOutageAnnualRate が 0 より大きい');
    expect(text).toContain('has a scripted facility outage without durationHours');
  });

  it('a scripted outage with its own duration needs none, and a present but bad value keeps its own error', () => {
    expect(
      load((t) => {
        delete t.sites[1].facilityOutageHours;
        t.events = [{ kind: 'facilityOutage', at: '2027-07-20T10:00', site: t.sites[1].id, durationHours: 3 }];
      }),
    ).toBe('ok');
    const bad = load((t) => (t.sites[0].facilityOutageHours = { lognormal90: [5, 2] }));
    expect(bad).toContain('sites[0].facilityOutageHours');
    expect(bad).not.toContain('facilityOutageAnnualRate above 0');
  });
});
