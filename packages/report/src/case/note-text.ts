import { jmaClassLabel, NOTE_KINDS, type NoteTopic } from '@machi/scenarios';
import { digits } from '../format/digits.ts';
import { formatMagnitude } from '../format/magnitude.ts';
import { formatHours, formatPersons } from '../format/quantity.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import type { NoteWords, ReportLocale } from '../locales/report-locale.ts';
import { wordFor } from '../locales/word-for.ts';
import type { CaseNames } from './case-names.ts';
import type { CaseNote } from './virtual-case.ts';

/** Whether a note (of a kind the model knows) is about the event, the recovery or the residents. */
export const noteTopic = (note: Pick<CaseNote, 'what'>): NoteTopic | undefined => wordFor(NOTE_KINDS, note.what)?.topic;

/** What a note's sentence needs besides its detail, in `lang` with the scenario's names. */
function noteWords(t: ReportLocale, lang: Lang, names: CaseNames): NoteWords {
  // Staff and vendor work name their task and the system it was for: `rebuild registry`.
  const task = (what: string) => what.split(' ', 2) as [string, string | undefined];
  return {
    hours: (hours) => formatHours(hours, lang),
    persons: (count) => formatPersons(count, lang),
    digits: (x, decimals) => digits(x, decimals),
    jmaClass: (intensity) => jmaClassLabel(intensity, lang),
    system: names.system,
    site: names.site,
    vendor: names.vendor,
    service: names.service,
    task: (what) => wordFor(t.tasks, task(what)[0]) ?? task(what)[0],
    taskSystem: (what) => {
      const system = task(what)[1];
      return system ? names.system(system) : undefined;
    },
    when: (timeClass) => wordFor(t.timeWhen, timeClass) ?? timeClass,
    contract: (contract) => t.contracts[contract === 'premium' ? 'premium' : 'next-business-day'],
    magnitude: formatMagnitude,
    link: names.link,
    powerRegion: names.powerRegion,
    applicationPackage: names.applicationPackage,
    zone: names.zone,
    segments: (segments) => t.list.and(segments.split(',').map(names.segment)),
  };
}

/**
 * One note of an incident as a sentence in `lang` (です・ます in Japanese), with the names of the
 * systems, sites and vendors it mentions. Numbers are the note's own; a note of a kind not known here
 * (read back from another version's results) is still shown, as its name and details, so nothing the
 * model recorded is dropped.
 *
 * @example
 * noteText({ at, what: 'lineCut', detail: { link: 'cloud-line', route: 1, routes: 1, repairHours: 59.82 } }, 'ja', names);
 * // '役場サーバ室からクラウドへの回線が切断されました(1経路中1経路目)。修理に60時間かかります。'
 */
export function noteText(note: CaseNote, lang: Lang, names: CaseNames): string {
  const t = localeOf(lang);
  // The table's entry for a kind takes that kind's detail; the pairing is the note's own.
  const sentence = wordFor(t.notes, note.what) as ((detail: CaseNote['detail'], words: NoteWords) => string) | undefined;
  if (sentence) return sentence(note.detail, noteWords(t, lang, names));
  const details = Object.entries(note.detail).map(([k, v]) => `${k}=${String(v)}`).join(', ');
  return details ? `${note.what} (${details})` : note.what;
}
