import type { ScenarioInput } from '../schema/index.ts';
import type { HostingKind } from '../vocabulary/hosting-kinds.ts';
import { nationalDefaults } from './national-defaults.ts';

type LeakInput = ScenarioInput['threats']['leaks'][number];
type Sourced = { value: number; source: string };

const none = (why: string): Sourced => ({ value: 0, source: `assumption: ${why}` });
const dataClassProbability = {
  sensitive: {
    value: 0.3,
    source: 'assumption: welfare, health and care papers are much of what is sent; [ppc-annual-2024] 45.4% of business reports involved 要配慮 data',
  },
  myNumber: { value: 0.1, source: 'assumption: documents bearing a My Number ([ppc-annual-2017]: mostly mis-sent or mis-handed papers)' },
  financial: { value: 0.05, source: 'assumption: bank or tax details' },
} satisfies LeakInput['dataClassProbability'];
const errorHarm = { value: 0.02, source: 'assumption: a mistaken letter rarely leads to fraud' };

/**
 * The everyday personal-data leaks of a municipality: `total` leaks a year (reportable or not) split by
 * a municipal cause mix after the national bodies' split of [soumu-appi-fy2009] — 誤送付 45%, 紛失 25%,
 * 誤交付 15%, 誤廃棄・誤掲載・設定誤り 10%, 不正アクセス 2%, 委託先 3% — each with the banded size distribution. Rates are rounded to
 * 1e-6. Misconfiguration of the hosting (`misconfiguration`) depends on where systems run and is added by
 * each preset.
 *
 * @example
 * municipalLeakCauses({ value: 0.7, source: 'assumption: …' })[0].annualRate;
 * // { value: 0.315, source: 'assumption: … (0.7 per year × 45% 誤送付・誤送信)' }
 */
export function municipalLeakCauses(total: Sourced): LeakInput[] {
  const rate = (share: number, cause: string): Sourced => ({
    value: Math.round(total.value * share * 1e6) / 1e6,
    source: `${total.source} (${total.value} per year × ${Math.round(share * 100)}% ${cause})`,
  });
  const humanError = (id: string, annualRate: Sourced, recovered: Sourced, encrypted = none('paper and plain e-mail')): LeakInput => ({
    id,
    annualRate,
    persons: nationalDefaults.leakPersons,
    dataClassProbability,
    maliciousIntent: false,
    recoveredUnviewedProbability: recovered,
    directHarmProbability: errorHarm,
    highlyEncryptedProbability: encrypted,
  });
  const attack = (id: string, annualRate: Sourced, harm: Sourced): LeakInput => ({
    id,
    annualRate,
    persons: nationalDefaults.leakPersons,
    dataClassProbability,
    maliciousIntent: true,
    recoveredUnviewedProbability: none('stolen data is not given back'),
    directHarmProbability: harm,
    highlyEncryptedProbability: none('the attacker reads it in use'),
  });
  return [
    humanError('mis-sending', rate(0.45, '誤送付・誤送信'), {
      value: 0.3,
      source: 'assumption: letters returned unopened, mail deleted unread ([ppc-guideline-general]: not a leak)',
    }),
    humanError(
      'lost-documents',
      rate(0.25, '紛失'),
      { value: 0.2, source: 'assumption: some lost papers and media are found again' },
      { value: 0.1, source: 'assumption: an encrypted USB stick among the lost media' },
    ),
    humanError('wrong-handover', rate(0.15, '誤交付'), {
      value: 0.5,
      source: 'assumption: papers handed over by mistake are often retrieved ([nanbu-2024]: all 22 recovered)',
    }),
    humanError('misdisposal-or-posting', rate(0.1, '誤廃棄・誤掲載・設定誤り'), { value: 0.1, source: 'assumption: rarely retrieved before someone saw it' }),
    attack('unauthorised-access', rate(0.02, '不正アクセス・malware'), { value: 0.2, source: 'assumption: stolen data is sometimes used for fraud' }),
    // Malicious: most contractor-origin leaks reported are attacks on the contractor (assumption).
    attack('contractor', rate(0.03, '委託先 origin'), { value: 0.1, source: 'assumption: some contractor leaks are misused' }),
  ];
}

/** What differs between the misconfigurations of the hosting kinds (each argued by the preset). */
export interface MisconfigurationTraits {
  annualRate: Sourced;
  persons: LeakInput['persons'];
  exposureHours: NonNullable<LeakInput['exposureHours']>;
  recoveredUnviewedProbability: Sourced;
}

/**
 * A misconfiguration of one hosting kind (a file share or firewall rule in the town's server room or
 * housed racks, an operator's change at a community cloud, an open bucket in the government cloud): a
 * leak cause only when the town holds systems there, exposing at most what those systems hold, for its
 * exposure time. The public cloud's keeps its id, `cloud-misconfiguration`; the others are
 * `<kind>-misconfiguration`.
 */
export function misconfiguration(kind: HostingKind, traits: MisconfigurationTraits): LeakInput {
  return {
    id: kind === 'public-cloud' ? 'cloud-misconfiguration' : `${kind}-misconfiguration`,
    annualRate: traits.annualRate,
    persons: traits.persons,
    // The same belief as for the other leaks, written once.
    dataClassProbability: { sensitive: dataClassProbability.sensitive, myNumber: dataClassProbability.myNumber },
    maliciousIntent: false,
    recoveredUnviewedProbability: traits.recoveredUnviewedProbability,
    directHarmProbability: { value: 0.05, source: 'assumption: rarely misused' },
    highlyEncryptedProbability: { value: 0, source: 'assumption: exposed in the clear' },
    requiresHostingKind: kind,
    exposureHours: traits.exposureHours,
  };
}
