import { describe, expect, it } from 'vitest';
import { Calendar } from '../../calendar/index.ts';
import { DemandProfile } from '../../demand/index.ts';
import { quietTown, quietTownInput, type EventInput } from '../../testing/index.ts';
import { simulate } from '../simulate.ts';

const calendar = new Calendar('2027-04-01');
const at = (text: string) => calendar.hoursAt(text);

/**
 * The quiet town's certificates, whose online channel is コンビニ交付 (through J-LIS's 証明書交付センター
 * over the LGWAN), plus a benefits counter that checks income through My Number 情報連携 (the
 * 中間サーバー, over the LGWAN) and a moving-in counter that looks residents up on 住基ネット.
 */
function townWithNetworks(events: EventInput[]) {
  const input = quietTownInput();
  const services = [
    { ...input.services![0]!, networks: { online: ['lgwan' as const] } },
    input.services![1]!,
    { id: 'benefits', dependsOn: ['welfare'], networks: { counter: ['lgwan' as const], online: ['lgwan' as const] }, demandPer1000ResidentsPerYear: { counter: 100, online: 0 } },
    { id: 'moving-in', dependsOn: ['registry'], networks: { counter: ['juki-net' as const] }, demandPer1000ResidentsPerYear: { counter: 50, online: 0 } },
  ];
  return quietTown({ services, events });
}

const run = (variant: string, events: EventInput[]) => simulate(townWithNetworks(events), { variant, seed: 1, horizonYears: 1, trace: true });

describe('national networks', () => {
  // 2022-01-26: a security gateway of the LGWAN failed at about 08:00 (a Wednesday); コンビニ交付 was back
  // everywhere at about 12:35 (日経xTECH, 2022-01-28, https://xtech.nikkei.com/atcl/nxt/news/18/12116/),
  // while counter issuance went on (NHK, 2022-01-26).
  const outage2022 = { kind: 'lgwanOutage', at: '2027-04-07T08:00', durationHours: 4.5 } as EventInput;

  it('a 2022-type LGWAN outage stops コンビニ交付 and 情報連携 for 4.5 h, on-premises as in the cloud; the certificate counter goes on', () => {
    const from = at('2027-04-07T08:00');
    for (const variant of ['onprem', 'cloud']) {
      const r = run(variant, [outage2022]);
      expect(r.trace!.map((t) => [t.atHours, t.what])).toEqual([[from, 'lgwanOutage']]);
      const [incident] = r.outcomes;
      expect(incident!.kinds).toEqual(['outage']);
      // The town's own systems stay up: no certificate counter downtime, only the online channel.
      const online = new DemandProfile({ calendar, annualRequests: 10_000 * 0.876, channel: 'online', horizonHours: 8760 });
      const benefits = new DemandProfile({ calendar, annualRequests: 1_000, channel: 'counter', horizonHours: 8760 });
      expect(incident!.services.map((s) => [s.service, s.downHours])).toEqual([
        ['certificates', 0],
        ['benefits', 4.5],
      ]);
      expect(incident!.services[0]!.residentsWithoutService).toBeCloseTo(online.requestsBetween(from, from + 4.5), 9);
      expect(incident!.services[1]!.residentsWithoutService).toBeCloseTo(benefits.requestsBetween(from, from + 4.5), 9);
      // Only LGWAN mail is a system of the town that needs the LGWAN itself.
      expect(incident!.systems.map((s) => [s.system, s.windows.map((w) => [w.fromHours, w.toHours, w.reason])])).toEqual([['mail', [[from, from + 4.5, 'lgwan-outage']]]]);
    }
  });

  it('an LGWAN outage does not stop 住基ネット lookups', () => {
    const r = run('onprem', [outage2022]);
    expect(r.outcomes[0]!.services.map((s) => s.service)).not.toContain('moving-in');
  });

  it('a 住基ネット outage stops the moving-in counter for its hours, on-premises as in the cloud, and nothing else', () => {
    const from = at('2027-04-07T09:00');
    for (const variant of ['onprem', 'cloud']) {
      const r = run(variant, [{ kind: 'jukiNetOutage', at: '2027-04-07T09:00', durationHours: 3 }]);
      expect(r.trace!.map((t) => [t.atHours, t.what])).toEqual([[from, 'jukiNetOutage']]);
      const [incident] = r.outcomes;
      expect(incident!.systems).toEqual([]);
      expect(incident!.services.map((s) => [s.service, s.downHours])).toEqual([['moving-in', 3]]);
    }
  });
});
