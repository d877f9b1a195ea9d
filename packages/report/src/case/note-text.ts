import { jmaClassLabel } from '@machi/scenarios';
import { digits } from '../format/digits.ts';
import { formatHours, formatPersons } from '../format/quantity.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import type { NoteView } from '../locales/report-locale.ts';
import type { NoteKind } from '../locales/vocabulary.ts';
import { wordFor } from '../locales/word-for.ts';
import type { CaseNames } from './case-names.ts';
import type { CaseNote } from './virtual-case.ts';

/** Notes about recovery: who was called, what they waited for, what the data came back from. */
export const RECOVERY_NOTES: ReadonlySet<string> = new Set<NoteKind>([
  'staffWork',
  'vendorWork',
  'restoreFromBackup',
  'noSurvivingBackup',
  'providerQueue',
  'siteReplaced',
  'systemRestored',
  'alternateOfficeOpened',
  'failedOver',
]);

/** Notes about residents: the surge of requests and the evacuation-support list. */
export const PEOPLE_NOTES: ReadonlySet<string> = new Set<NoteKind>(['demandSurge', 'evacuationListUnreachable']);

/** A note's detail fields as its sentence reads them, with the scenario's names. */
function noteView(note: CaseNote, lang: Lang, names: CaseNames): NoteView {
  const t = localeOf(lang);
  const d = note.detail;
  const text = (key: string) => String(d[key]);
  // Staff and vendor work name their task and the system it was for: `rebuild registry`.
  const [task, taskSystem] = text('what').split(' ', 2) as [string, string | undefined];
  return {
    text,
    number: (key) => Number(d[key]),
    flag: (key) => d[key] === true,
    digits: (key, decimals) => digits(Number(d[key]), decimals),
    hours: (key) => formatHours(Number(d[key]), lang),
    persons: (key) => formatPersons(Number(d[key]), lang),
    jmaClass: (key) => jmaClassLabel(Number(d[key]), lang),
    system: () => names.system(text('system')),
    site: () => names.site(text('site')),
    vendor: () => names.vendor(text('vendor')),
    service: () => names.service(text('service')),
    backupSite: () => names.site(text('backupSite')),
    task: () => wordFor(t.tasks, task) ?? task,
    taskSystem: () => (taskSystem ? names.system(taskSystem) : undefined),
    when: () => wordFor(t.timeWhen, text('timeClass')) ?? text('timeClass'),
    contract: () => t.contracts[d.contract === 'premium' ? 'premium' : 'next-business-day'],
  };
}

/**
 * One note of an incident as a sentence in `lang` (です・ます in Japanese), with the names of the
 * systems, sites and vendors it mentions. Numbers are the note's own; a note of a kind not known here
 * is still shown, as its name and details, so nothing the model recorded is dropped.
 *
 * @example
 * noteText({ at, what: 'lineCut', detail: { link: 'cloud-line', route: 1, routes: 1, repairHours: 59.82 } }, 'ja', names);
 * // '回線 cloud-line が切断されました(1経路中1経路目)。修理に60時間かかります。'
 */
export function noteText(note: CaseNote, lang: Lang, names: CaseNames): string {
  const words = wordFor(localeOf(lang).notes, note.what);
  if (words) return words(noteView(note, lang, names));
  const details = Object.entries(note.detail).map(([k, v]) => `${k}=${String(v)}`).join(', ');
  return details ? `${note.what} (${details})` : note.what;
}
