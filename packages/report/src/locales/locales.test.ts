import {
  ACTIONS,
  BASIS_KINDS,
  DATA_CLASSES,
  HOSTING_KINDS,
  INCIDENT_CAUSE_TRAITS,
  INCIDENT_CAUSES,
  INCIDENT_KINDS,
  METRIC_IDS,
  NOTE_KINDS,
  REASONS,
  outcomeCause,
  tableColumns,
  type NoteDetails,
  type NoteKind,
} from '@machi/scenarios';
import { quietTown } from '@machi/scenarios/testing';
import { describe, expect, it } from 'vitest';
import { caseNames } from '../case/case-names.ts';
import { noteText } from '../case/note-text.ts';
import { reasonLabel } from '../case/reason-label.ts';
import type { CaseNote } from '../case/virtual-case.ts';
import { causeLabel } from '../cause-label.ts';
import { csvHeading } from '../csv-heading.ts';
import { actionLabel, dataClassLabel, kindLabel, metricLabel, variantLabel } from '../labels.ts';
import { LANGS } from '../lang.ts';
import { localeOf } from './locale-of.ts';
import type { ReportLocale } from './report-locale.ts';

/** A detail of every kind of note, as the model writes it (a new kind without one fails the type check). */
const NOTE_DETAILS: { readonly [K in NoteKind]: NoteDetails[K] } = {
  earthquake: { magnitude: 7.8, officeIntensity: 6.12, tsunamiHeightM: 9 },
  tsunamiInundation: { site: 'townhall', depthM: 2.5 },
  'site-destroyed': { site: 'townhall' },
  'site-flooded': { site: 'townhall' },
  eruption: { volcano: 'Tarumae', size: 'large' },
  evacuated: { site: 'townhall', days: 30 },
  heavySnow: { hours: 48 },
  gridOutage: { powerRegion: 'hokkaido', hours: 10 },
  noGenerator: { site: 'townhall', afterHours: 0 },
  generatorFuelOut: { site: 'townhall', afterHours: 24 },
  lineCut: { link: 'cloud-line', route: 1, routes: 2, repairHours: 12 },
  lgwanOutage: { hours: 6 },
  hardwareFailure: { system: 'registry' },
  ransomware: { entry: 'internet', reached: 'internet', dataTheft: true, containmentHours: 48 },
  encrypted: { system: 'registry' },
  leak: { cause: 'mis-sending', persons: 150 },
  vendorCompromise: { vendor: 'vendor-a', townsServed: 10, persons: 300 },
  zoneOutage: { site: 'gov-cloud', zone: 'a', hours: 4 },
  failoverFailed: { system: 'registry' },
  regionOutage: { site: 'gov-cloud', hours: 8 },
  facilityOutage: { site: 'dc', hours: 5 },
  vendorExit: { vendor: 'vendor-a', noticeMonths: 12, systems: 3 },
  cutover: { outage: true, outageHours: 24, conversionDefect: true },
  staffWork: { what: 'rebuild registry', timeClass: 'night', waitedHours: 2, hours: 24 },
  vendorWork: { what: 'repair registry', vendor: 'vendor-a', waitedHours: 30, hours: 4, contract: 'premium' },
  restoreFromBackup: { system: 'registry', backupSite: 'gov-cloud', offline: true, dataLostHours: 20 },
  noSurvivingBackup: { system: 'registry' },
  providerQueue: { system: 'registry', townsAhead: 3, waitedHours: 16 },
  siteReplaced: { site: 'townhall' },
  systemRestored: { system: 'registry' },
  alternateOfficeOpened: {},
  failedOver: { system: 'registry' },
  demandSurge: { service: 'certificates', extraRequests: 2700, overDays: 90 },
  evacuationListUnreachable: { hours: 72, residentsUncovered: 270 },
};

const scenario = quietTown();
const at = { hours: 0, date: { year: 2027, month: 4, day: 1, hour: 0, minute: 0, weekday: 4 }, timeClass: 'night' } as const;
const note = <K extends NoteKind>(what: K): CaseNote => ({ at, what, detail: NOTE_DETAILS[what] }) as CaseNote;

/** Each vocabulary-keyed table of a locale, and the vocabulary it must word exactly. */
const TABLES: readonly [keyof ReportLocale, readonly string[]][] = [
  ['causes', INCIDENT_CAUSES],
  ['reasons', REASONS],
  ['notes', Object.keys(NOTE_KINDS)],
  ['metrics', METRIC_IDS],
  ['actions', ACTIONS],
  ['dataClasses', DATA_CLASSES],
  ['incidentKinds', INCIDENT_KINDS],
  ['dataHarm', INCIDENT_KINDS],
  ['hostingKinds', HOSTING_KINDS],
  ['basisKinds', BASIS_KINDS],
  ['cohorts', ['under15', 'from15to64', 'over65']],
  ['timeClasses', ['workday', 'night', 'holiday']],
  ['timeWhen', ['workday', 'night', 'holiday']],
];

// English words that are their own ids: the incident kinds and the count of incidents.
const SAME_IN_ENGLISH = new Set(['leak', 'loss', 'damage', 'outage', 'incidents']);

describe('report locales', () => {
  for (const lang of LANGS) {
    const t = localeOf(lang);

    it(`the ${lang} tables word exactly the entries of their vocabularies, none empty`, () => {
      for (const [table, vocabulary] of TABLES) {
        const words = t[table] as Readonly<Record<string, unknown>>;
        expect(Object.keys(words).sort(), table).toEqual([...vocabulary].sort());
        for (const key of vocabulary) if (typeof words[key] === 'string') expect((words[key] as string).trim(), `${table}.${key}`).not.toBe('');
      }
    });

    it(`every kind of note reads as a ${lang} sentence, with names and without the raw fields`, () => {
      const names = caseNames(scenario, lang);
      for (const what of Object.keys(NOTE_KINDS) as NoteKind[]) {
        const text = noteText(note(what), lang, names);
        expect(text.trim(), what).not.toBe('');
        expect(text, what).not.toMatch(/undefined|NaN|\w+=/);
        expect(text.startsWith(what), what).toBe(false);
      }
    });

    it(`no ${lang} label prints the id of a vocabulary entry`, () => {
      const labelled: [string, string][] = [
        ...INCIDENT_CAUSES.map((c): [string, string] => {
          const cause = INCIDENT_CAUSE_TRAITS[c].perScenarioCause ? outcomeCause(c, 'mis-sending') : outcomeCause(c);
          return [cause, causeLabel(cause, lang, scenario)];
        }),
        ...REASONS.map((r): [string, string] => [r, reasonLabel(r, lang)]),
        ...ACTIONS.map((a): [string, string] => [a, actionLabel(a, lang)]),
        ...DATA_CLASSES.map((c): [string, string] => [c, dataClassLabel(c, lang)]),
        ...INCIDENT_KINDS.map((k): [string, string] => [k, kindLabel(k, lang)]),
        ...HOSTING_KINDS.map((k): [string, string] => [k, variantLabel(k, lang)]),
        ...tableColumns(scenario).map((c): [string, string] => [c, metricLabel(c, lang, scenario)]),
      ];
      for (const [id, label] of labelled) {
        expect(label.trim(), id).not.toBe('');
        if (lang === 'ja') expect(label, id).not.toContain(id);
        else if (!SAME_IN_ENGLISH.has(id)) expect(label, id).not.toBe(id);
      }
    });

    it(`every CSV heading of a scenario's table is worded in ${lang}, its column name kept in brackets`, () => {
      const heading = csvHeading(lang, scenario);
      for (const column of ['variant', 'replication', 'year', ...tableColumns(scenario)]) {
        const [words, name] = heading(column).split(' [');
        expect(name, column).toBe(`${column}]`);
        if (lang === 'ja') expect(words, column).not.toContain(column);
        else expect(words, column).toMatch(/^[A-Za-z]/);
      }
    });
  }

  it('a leak cause is named by the scenario, else by its preset name, else by the scenario’s own id', () => {
    const usb = { ...scenario.threats.leaks[0]!, id: 'usb', name: { ja: 'USBメモリの紛失', en: 'lost USB stick' } };
    const named = quietTown({ threats: { ...scenario.threats, leaks: [usb] } });
    expect(causeLabel('leak.usb', 'ja', named)).toBe('個人情報の漏えい等(USBメモリの紛失)');
    expect(causeLabel('leak.mis-sending', 'en', scenario)).toBe('Personal-data incident (mis-sent letter or e-mail)');
    expect(causeLabel('leak.shredder', 'en', scenario)).toBe('Personal-data incident (shredder)');
    expect(causeLabel('meteor', 'ja')).toBe('meteor');
  });
});
