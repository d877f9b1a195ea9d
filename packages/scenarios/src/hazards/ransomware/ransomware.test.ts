import { describe, expect, it } from 'vitest';
import { simulate } from '../../model/simulate.ts';
import type { ScriptedEvent } from '../../schema/index.ts';
import { quietTown, quietTownInput } from '../../testing/index.ts';

// Ransomware on premises against the same attack in the cloud: the quiet town (every random process
// off) and one scripted attack through the internet segment on Monday 2027-05-10 09:00 (945 h) that
// crosses into the My Number segment, with no data theft found. Containment takes 48 h (to 993 h).
const attackAt = 945;
const threats = () => {
  const input = quietTownInput();
  input.threats.ransomware.crossSegmentProbability = { myNumber: 1, lgwan: 0, internet: 0 };
  return input.threats;
};
const inCloud = { site: 'cloud', deployment: 'multiAz', backups: [{ site: 'cloud', intervalHours: 24, offline: false }] };
const variants = { ...quietTownInput().variants, 'all-cloud': { systems: { registry: inCloud, welfare: inCloud } } };

function attack(variant: string, options: { dataTheft: boolean; encryptOnPrem?: number }) {
  const t = threats();
  if (options.encryptOnPrem !== undefined) t.ransomware.encryptProbability.onprem = options.encryptOnPrem;
  const events = [{ kind: 'ransomware', at: '2027-05-10T09:00', entrySegment: 'internet', dataTheft: options.dataTheft }] as ScriptedEvent[];
  const result = simulate(quietTown({ threats: t, variants, events } as never), { variant, seed: 1, horizonYears: 1, trace: true });
  expect(result.outcomes).toHaveLength(1);
  return result.outcomes[0]!;
}
type Outcome = ReturnType<typeof attack>;
const decided = (o: Outcome) => o.actions.map(({ action, rules, deadlines }) => [action, rules, deadlines]);
const log = (o: Outcome) => o.notes!.map((n) => [n.atHours, n.what, 'system' in n.detail ? n.detail.system : ''] as const);

describe('ransomware on premises vs in the cloud (mechanism)', () => {
  it('on premises: three systems encrypted, the registry back from the vault tape, welfare rebuilt; reportable as a possible leak', () => {
    const o = attack('onprem', { dataTheft: false });
    expect(log(o)).toEqual([
      [attackAt, 'ransomware', ''],
      [attackAt, 'encrypted', 'registry'],
      [attackAt, 'encrypted', 'welfare'],
      [attackAt, 'encrypted', 'website'],
      // The daily copies sat beside the servers, online: encrypted with them. The registry's weekly
      // offline tape in the vault (842 h = 2 + 5 × 168) survives: 103 h of updates to re-enter.
      [993, 'restoreFromBackup', 'registry'],
      [993, 'noSurvivingBackup', 'welfare'],
      [993, 'noSurvivingBackup', 'website'],
      [993, 'staffWork', ''],
      [993, 'staffWork', ''],
      [993, 'staffWork', ''],
      // Triage 0.5 h wait + 1 h; the premium vendor on site 6 h after the call; rebuild 24 h + restore 6 h.
      [994.5, 'vendorWork', ''],
      [1030.5, 'systemRestored', 'registry'],
      // The vendor's one engineer then rebuilds welfare without a backup: 24 h + 500 h.
      [994.5, 'vendorWork', ''],
      [1556.5, 'systemRestored', 'welfare'],
      [996, 'vendorWork', ''],
      [2082.5, 'systemRestored', 'website'],
    ]);
    expect(o.systems.map((s) => [s.system, s.downHours])).toEqual([
      ['registry', 85.5],
      ['welfare', 611.5],
      ['website', 1137.5],
    ]);
    // No theft was found, yet the attacker held the servers: a possible leak (おそれ) of everyone on
    // them, and damage (毀損) where no copy survived.
    expect(o.kinds).toEqual(['leak', 'damage', 'outage']);
    expect(o.personsByDataClass).toMatchObject({ general: 10_000, sensitive: 800, myNumber: 10_000 });
    expect(o.criticalDowntimeHours).toBe(611.5);
    expect(decided(o)).toEqual([
      ['notifyIndividuals', ['appi-sensitive', 'appi-malicious', 'appi-over-100-persons', 'mynumber-specific-personal-info', 'practice-apology-to-affected'], []],
      [
        'reportToCommission',
        ['appi-sensitive', 'appi-malicious', 'appi-over-100-persons', 'mynumber-specific-personal-info', 'ppc-report-deadlines-malicious'],
        [
          { stage: 'preliminary', days: 5 },
          { stage: 'final', days: 60 },
        ],
      ],
      ['publishNotice', ['practice-public-notice', 'practice-publish-attack', 'practice-press-service-stopping-attack'], []],
      ['pressConference', ['practice-press-large-leak', 'practice-press-mynumber-serious', 'practice-press-service-stopping-attack'], []],
      ['reportToCouncil', ['assumed-council-report'], []],
      ['activateBcp', ['assumed-bcp-activation'], []],
    ]);
    const malicious = o.actions.find((a) => a.action === 'reportToCommission')!.basis[1]!;
    expect(malicious).toMatchObject({ kind: 'law', confirmed: true });
    expect(malicious.source).toContain('art. 43(3)');
    // A possible leak of 10,000 persons opens the enquiry line: 30 + 30 days at 100,000 yen.
    expect(o.costBreakdownYen).toMatchObject({ notificationLetters: 1_300_000, callCentre: 6_000_000, pressConference: 200_000 });
  });

  it('in the cloud: the same attack reaches the My Number segment but encrypts only the town-run website; published, not reported', () => {
    const o = attack('all-cloud', { dataTheft: false });
    expect(log(o)).toEqual([
      [attackAt, 'ransomware', ''],
      [attackAt, 'encrypted', 'website'],
      [993, 'noSurvivingBackup', 'website'],
      [993, 'staffWork', ''],
      [994.5, 'vendorWork', ''],
      [1524.5, 'systemRestored', 'website'],
    ]);
    expect(o.kinds).toEqual(['damage', 'outage']);
    expect(o.personsAffected).toBe(0);
    expect(o.criticalDowntimeHours).toBe(0);
    expect(decided(o)).toEqual([['publishNotice', ['practice-publish-attack'], []]]);
    expect(o.costBreakdownYen.callCentre).toBeUndefined();
  });
});

describe('ransomware: theft from a system that was only isolated', () => {
  // Nothing is encrypted on premises: the reached segments are isolated for the 48 h of containment.
  it('with data theft, the isolated systems\' persons count as leaked: reported from the malicious trigger', () => {
    const o = attack('onprem', { dataTheft: true, encryptOnPrem: 0 });
    expect(o.systems.map((s) => [s.system, s.windows.map((w) => [w.fromHours, w.toHours, w.reason])])).toEqual([
      ['registry', [[attackAt, 993, 'isolated']]],
      ['welfare', [[attackAt, 993, 'isolated']]],
      ['website', [[attackAt, 993, 'isolated']]],
    ]);
    expect(o.kinds).toEqual(['leak', 'outage']);
    expect(o.personsAffected).toBe(10_000);
    expect(o.actions.find((a) => a.action === 'reportToCommission')).toMatchObject({
      rules: ['appi-sensitive', 'appi-malicious', 'appi-over-100-persons', 'mynumber-specific-personal-info', 'ppc-report-deadlines-malicious'],
      deadlines: [
        { stage: 'preliminary', days: 5 },
        { stage: 'final', days: 60 },
      ],
    });
  });

  it('without theft, isolation alone is no leak: a service-stopping attack, published with a press conference, not reported', () => {
    const o = attack('onprem', { dataTheft: false, encryptOnPrem: 0 });
    expect(o.kinds).toEqual(['outage']);
    expect(o.criticalDowntimeHours).toBe(48);
    expect(decided(o)).toEqual([
      ['publishNotice', ['practice-press-service-stopping-attack'], []],
      ['pressConference', ['practice-press-service-stopping-attack'], []],
      ['reportToCouncil', ['assumed-council-report'], []],
      ['activateBcp', ['assumed-bcp-activation'], []],
    ]);
  });
});
