import type { ScenarioInput } from '../schema/index.ts';
import type { HostingKind } from '../vocabulary/hosting-kinds.ts';
import { nationalDefaults } from './national-defaults.ts';

type LeakInput = ScenarioInput['threats']['leaks'][number];
type Sourced = { value: number; source: string };

const dataClassProbability = {
  // Read from one month of 大阪市's published errors, every one listed, reportable or not: what share of
  // a municipality's handling errors carries health, care or disability data, or bank details.
  sensitive: {
    value: 0.18,
    source:
      '[osaka-city-leaks-2024-07-named] of the first 22 errors named in one month of 大阪市\'s list, 4 carried health, care or disability data (a care-need assessment sheet, a public-assistance medical ticket, a list of psychiatric outpatient certificate holders, a special-needs schooling grant notice): 4 ÷ 22 ≈ 0.18',
  },
  // Read from three months of 大阪市's published errors: which of them put a My Number in the wrong hands.
  // (Against the local bodies' yearly My Number reports: the presets' about 6,200 municipal leaks a year that
  // reach someone, × 0.03 ≈ 190, between FY2016's 92 and FY2017's peak of 270.)
  myNumber: {
    value: 0.03,
    source:
      'in three months of 大阪市\'s published errors, 2 of 63 put a My Number in the wrong hands: a My Number notification card mixed into papers handed to another person among 19 errors ([security-next-osaka-2019]) and a My Number card mis-sent among 17 ([osaka-city-leaks-2024-06]); of the 22 errors named among the next month\'s 27 ([osaka-city-leaks-2024-07-named]) none did — its card application form carries an application ID, not the number ([mynavi-application-id-2021]): 2 ÷ (19 + 17 + 27) = 2 ÷ 63 ≈ 0.03, a floor, as not every error of those months is named',
  },
  financial: {
    value: 0.05,
    source:
      '[osaka-city-leaks-2024-07-named] of the first 22 errors named in one month of 大阪市\'s list, 1 carried bank details (a notice of a school-meal direct debit): 1 ÷ 22 ≈ 0.05; tax notices and payment slips risk no financial harm and are not counted',
  },
} satisfies LeakInput['dataClassProbability'];
// Counted over the municipal errors whose announcement says whether the data went on to be misused.
const errorHarm = {
  value: 0.06,
  source:
    'of 8 municipal errors whose announcement says whether the data was misused, none was: 2 mis-sendings ([matsumoto-missent], 53 of 115 letters opened; [shijonawate-missent-2024], 207 persons\' names and phone numbers e-mailed to another member, deleted unread), a handover ([misaki-dv-handover-2022], a DV-protected man\'s address history handed to the alleged abuser, no harm 11 days on), a mis-disposal ([gifu-disposal]) and 4 losses ([suntv-minamiawaji-lost-2023] about 300 papers, [sbc-sakuho-usb] 4,138 residents\' accounts, [mbc-kagoshima-lost-file], [sbs-kannami-cdr-2024]): 0 of 8, (0 + ½) ÷ (8 + 1) ≈ 0.06',
};

// Read from one month of 大阪市's published errors: whether the mis-sent, mis-handed or mis-posted item was
// in a form an outsider could not read.
const errorsEncrypted = {
  value: 0,
  source:
    '[osaka-city-leaks-2024-07-named] of the 19 errors other than losses named in one month of 大阪市\'s list (mis-sendings, handovers, a redaction left undone), 17 were papers or lists sent or handed to the wrong person (notices, payment slips, reminders, forms, certificates), 1 materials released with a redaction left undone and 1 a message sent through a school\'s absence-contact app: none was in an encrypted form, 0 ÷ 19 = 0',
};

// Read from the thefts, take-aways and attacks on contractors whose reports tell where the data went: none
// came back before someone outside had held it, and none was in a form the taker could not read.
const attackRecovered = {
  value: 0.08,
  source:
    'of 5 thefts or attacks whose reports tell where the data went, none came back before an outsider had held it: [shinmai-saku-taken-2017] papers taken by an impostor, found in her car two days later; [mainichi-kiyose-theft-2012] copies taken from the archive, found in a station toilet; [takamatsu-iseto-2024] a contractor\'s stolen data downloadable on the internet; [mynavi-kanagawa-hdd-2019] 9 of 18 disks got back only from the auction buyers; [ppc-procx-2024] data sold to list brokers: 0 of 5, (0 + ½) ÷ (5 + 1) ≈ 0.08',
};
const attackEncrypted = {
  value: 0,
  source:
    'of 8 thefts, intrusions and contractor leaks read, none was in a form the taker could not read: papers in [yomiuri-minamialps-theft-2005], [shinmai-saku-taken-2017] and [mainichi-kiyose-theft-2012]; PCs in use, remote-controlled, in [iga-younet-remote-2023] and [chibanippo-yotsukaido-remote-2026]; data readable by whoever got it in [takamatsu-iseto-2024] (downloadable), [mynavi-kanagawa-hdd-2019] (disks sold unwiped) and [ppc-procx-2024] (sold to list brokers): 0 ÷ 8 = 0',
};

// 大阪市 publishes every personal-data handling error, reportable or not, month by month: 87 in five
// months read ([osaka-city-leaks-2020-10] … [osaka-city-leaks-2024-07]), about 209 a year.
const osakaErrorsPerYear = (87 * 12) / 5;
const osakaResidents = 2_788_758;
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * All personal-data leaks of a municipality a year, reportable or not: 大阪市's published rate per
 * resident, scaled to `population` (errors grow with the letters, papers and counters handled, so with
 * the residents served), to two significant figures.
 *
 * @example
 * municipalLeakTotal(15000).value; // 1.1
 */
export function municipalLeakTotal(population: number): Sourced {
  const value = Number(((population * osakaErrorsPerYear) / osakaResidents).toPrecision(2));
  return {
    value,
    source: `大阪市 publishes every personal-data handling error, reportable or not, month by month: 15 ([osaka-city-leaks-2020-10]), 17 ([osaka-city-leaks-2021-01]), 11 ([osaka-city-leaks-2023-12]), 17 ([osaka-city-leaks-2024-06]) and 27 ([osaka-city-leaks-2024-07]) — 87 in five months, about 209 a year, over [osaka-city-population-2024] 2,788,758 residents: 7.5 per 100,000 a year, × ${thousands(population)} ≈ ${value}`,
  };
}

// One municipality's share of a ransomware attack on its contractor, read case by case: of 5 towns' counts,
// 2 are under 100 persons, 2 in the hundreds or thousands and 1 above 50,000.
const contractorLeakPersons = {
  bands: [
    { min: 1, max: 100, share: 0.4 },
    { min: 101, max: 50000, share: 0.4 },
    { min: 50001, max: 130000, share: 0.2 },
  ],
  source:
    'one municipality\'s part of an attack on its contractor, in 5 published cases: [yokosuka-iseto-2024] 18 and [nishinomiya-iseto-2024] 78 persons (2 ÷ 5 = 0.4 up to 100), [asahikawa-contractor-2021] about 350 households and [takamatsu-iseto-2024] 1,595 persons (0.4 from 101 to 50,000), [op-ed-iseto-2024] 和歌山市 about 130,000 residents (0.2 above 50,000, up to 130,000)',
} satisfies LeakInput['persons'];

/**
 * The everyday personal-data leaks of a municipality: `total` leaks a year (reportable or not) split by
 * the national bodies' cause mix of [soumu-appi-fy2009] — 誤送付 44%, 紛失 29%, 誤交付 16%, 誤廃棄 2%,
 * theft and virus 3% (盗難 1.6%, virus 1.3%) — plus 委託先 3% (assumed: that survey has no contractor
 * cause), each with the banded size distribution. Rates are rounded to 1e-6. Posting errors and wrong settings are the misconfiguration of
 * the hosting (`misconfiguration`), which depends on where systems run and is added by each preset. A
 * rate is sourced when the total is and its share comes from the survey; an assumed share makes the
 * rate an assumption, whatever the total.
 *
 * @example
 * municipalLeakCauses({ value: 0.7, source: 'assumption: …' })[0].annualRate;
 * // { value: 0.308, source: 'assumption: … (0.7 per year × 44% 誤送付・誤送信, [soumu-appi-fy2009] 44.2%)' }
 */
export function municipalLeakCauses(total: Sourced): LeakInput[] {
  const value = (share: number): number => Math.round(total.value * share * 1e6) / 1e6;
  // A share read in the survey: the rate is as sourced as the total.
  const rate = (share: number, cause: string, surveyed: string): Sourced => ({
    value: value(share),
    source: `${total.source} (${total.value} per year × ${Math.round(share * 100)}% ${cause}, [soumu-appi-fy2009] ${surveyed})`,
  });
  // A share the survey does not give: the rate is an assumption even when the total is sourced.
  const assumedRate = (share: number, cause: string, why: string): Sourced => ({
    value: value(share),
    source: `assumption: ${Math.round(share * 100)}% ${cause} (${why}) of ${total.value} a year — ${total.source.replace(/^assumption: /, '')}`,
  });
  const humanError = (id: string, annualRate: Sourced, recovered: Sourced, encrypted: Sourced = errorsEncrypted): LeakInput => ({
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
    recoveredUnviewedProbability: attackRecovered,
    directHarmProbability: harm,
    highlyEncryptedProbability: attackEncrypted,
  });
  return [
    // Counted envelope by envelope in three mis-sendings whose every letter was traced; a letter retrieved
    // unopened is no leak ([ppc-guideline-general]).
    humanError('mis-sending', rate(0.44, '誤送付・誤送信', '44.2%'), {
      value: 0.5,
      source:
        'letters retrieved unopened, envelope by envelope, in three mis-sendings whose every letter was traced: [nanbu-2024] 17 of 22, [gunma-missent-2024-11] 1 of 23 (22 opened someone else\'s notice), [matsumoto-missent] 62 of 115 (53 opened): (17 + 1 + 62) ÷ (22 + 23 + 115) = 80 ÷ 160 = 0.5',
    }),
    humanError(
      'lost-documents',
      rate(0.29, '紛失', '29.3%'),
      {
        value: 0.33,
        source:
          '[osaka-city-leaks-2024-07-named] of the 3 losses among the first 22 errors named in one month of 大阪市\'s list, 1 was a temporary loss, the paper found again (a school-meal direct-debit notice): 1 ÷ 3 ≈ 0.33 (a small sample)',
      },
      {
        value: 0.045,
        source:
          'lost media are 4 of 22 losses read one by one ([i-forum-losses-2017-07] 3 of the 19 public-body losses of one month were PCs or memory sticks; [osaka-city-leaks-2024-07-named] 1 of 3, an SD card); of 4 municipal USB losses that say whether the stick was protected, 1 needed an ID and password ([kashiwa-usb-2015]) and 3 did not ([mutsu-usb-2022], [gifu-usb-2024], [usa-usb-2024]): 4 ÷ 22 × 1 ÷ 4 ≈ 0.045',
      },
    ),
    humanError('wrong-handover', rate(0.16, '誤交付', '15.9%'), {
      value: 0.1,
      source:
        'of 4 counter handovers whose announcement tells how they ended, in none was the paper taken back unread: in [rcc-onomichi-handover] and [sbs-izu-handover-2024] the recipient found the stranger\'s register and reported it (the same day; a week later), in [misaki-dv-handover-2022] the clerk took it back in the building but it had probably been seen, in [tsuyama-handover-wide-area] it had not been returned: 0 of 4, (0 + ½) ÷ (4 + 1) = 0.1 (a handover caught before it was read is no leak and seldom announced)',
    }),
    humanError('misdisposal-or-posting', rate(0.02, '誤廃棄', '2.2%'), {
      value: 0.6,
      source:
        'of 5 municipal mis-disposals whose end is told, 3 were destroyed or taken back before anyone outside read them ([saitama-minami-disposal-2025] and [shinjuku-disposal-2008] pulped; [joetsu-disposal-2023] taken back still tied up, the city judging a leak unlikely) and 2 were found and read by passers-by ([gifu-disposal], [asahikawa-disposal-2026]): 3 ÷ 5 = 0.6',
    }),
    // Theft of papers or devices and malware are both done on purpose (reportable whatever the count).
    attack('unauthorised-access', rate(0.03, '盗難・不正アクセス', 'theft 1.6% + virus 1.3%'), {
      value: 0.13,
      source:
        'of 3 thefts or intrusions at municipal desks whose reports say whether the data was misused, none was: [yomiuri-minamialps-theft-2005] arrears sheets of 56 residents stolen from a car, [iga-younet-remote-2023] a community-centre PC remote-controlled for about 50 minutes, [chibanippo-yotsukaido-remote-2026] a crime-prevention association PC for about 30 minutes: 0 of 3, (0 + ½) ÷ (3 + 1) ≈ 0.13',
    }),
    // Malicious: most contractor-origin leaks reported are attacks on the contractor (assumption).
    {
      ...attack('contractor', assumedRate(0.03, '委託先 origin', 'the survey has no contractor cause'), {
        value: 0.13,
        source:
          'of 3 contractor leaks of local bodies\' data whose reports say whether it was used for fraud, none was: [takamatsu-iseto-2024] a printer\'s ransomware, the data downloadable on the internet; [mynavi-kanagawa-hdd-2019] a wiping contractor\'s employee sold 18 disks at auction; [ppc-procx-2024] a call-centre maintainer\'s temp sold 38 local bodies\' residents\' data to list brokers, with no fraudulent use confirmed ([kyodo-procx-2023]): 0 of 3, (0 + ½) ÷ (3 + 1) ≈ 0.13',
      }),
      persons: contractorLeakPersons,
    },
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
    directHarmProbability: {
      value: 0.06,
      source:
        'of 8 municipal exposures whose announcement says whether the data was misused, none was: 6 on websites — [matsubara-2014-inquiry-exposure] (1,426 enquiries for 4 months), [ntv-toyonaka-homepage-exposure], [tbs-fukuyama-homepage-exposure], [isehara-2024-file-exposure], [sanin-chuo-2025-izumo-exposure] and [saga-shimbun-homepage-exposure] (at least 982 accesses) — and 2 on cloud services a contractor set up, [kobe-kobepost-2021] and [nagahama-kids-app-2021], each with persons\' records looked at by an outsider and no secondary harm: 0 of 8, (0 + ½) ÷ (8 + 1) ≈ 0.06',
    },
    highlyEncryptedProbability: {
      value: 0,
      source:
        'in none of the municipal precedents was the exposed data encrypted — [aizuwakamatsu-2024-form-exposure], [matsubara-2014-inquiry-exposure], [isehara-2024-file-exposure] and [sanin-chuo-2025-izumo-exposure] could all be read as they were: 0 of 4',
    },
    requiresHostingKind: kind,
    exposureHours: traits.exposureHours,
  };
}
