import { jmaClassLabel } from '@machi/scenarios';
import { formatHours, formatPersons } from '../format/quantity.ts';
import { formatYen } from '../format/yen.ts';
import { actionLabel, dataClassLabel, formatMetric } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { wordFor } from '../locales/word-for.ts';
import { heading, list, paragraph, type Block as CaseBlock } from '../document/blocks.ts';
import { caseDateTime, caseDay } from './case-date-time.ts';
import type { CaseFootnotes } from './case-footnotes.ts';
import type { CaseNames } from './case-names.ts';
import { noteText, noteTopic } from './note-text.ts';
import { personaText } from './persona-text.ts';
import { reasonLabel } from './reason-label.ts';
import type { CaseAction, CaseIncident, CaseTime } from './virtual-case.ts';

function incidentTitle(i: CaseIncident, lang: Lang, names: CaseNames): string {
  const t = localeOf(lang);
  let what = names.cause(i.cause);
  if (i.hazard?.magnitude !== undefined) what += t.incident.magnitude(i.hazard.magnitude);
  return t.incident.title(caseDateTime(i.start, lang), t.timeClasses[i.start.timeClass], what);
}

/**
 * One incident as a section of the script: a heading with its date, time of day and cause, then the
 * same questions for every incident — what happened, what stopped and why, who was affected, what
 * recovery needed and waited for, costs, the thresholds crossed (rule, basis, deadline) and what it
 * meant for people. Every number is a field of the incident, formatted; the rules behind the actions are
 * numbered into `notes`, which the case prints at its end.
 */
export function incidentBlocks(i: CaseIncident, index: number, lang: Lang, names: CaseNames, notes: CaseFootnotes): CaseBlock[] {
  const t = localeOf(lang);
  const w = t.incident;
  const at = (n: { at: CaseTime }) => caseDateTime(n.at, lang);
  const h = (hours: number) => formatHours(hours, lang);
  const blocks: CaseBlock[] = [heading(3, incidentTitle(i, lang, names), `incident-${index + 1}`)];

  blocks.push(heading(4, w.headings.happened));
  const happened = i.notes.filter((n) => noteTopic(n) !== 'recovery' && noteTopic(n) !== 'people');
  const items = happened.map((n) => `${at(n)} ${noteText(n, lang, names)}`);
  if (i.hazard?.intensityBySite) {
    const sites = Object.entries(i.hazard.intensityBySite).map(([site, x]) => w.siteIntensity(names.site(site), x, jmaClassLabel(x, lang)));
    items.push(w.intensities(t.list.comma(sites)));
  }
  const flags = FLAGS.filter((flag) => i[flag]).map((flag) => w.flags[flag]);
  if (flags.length > 0) items.push(w.nature(t.list.comma(flags)));
  if (items.length === 0) items.push(w.happened(names.cause(i.cause)));
  blocks.push(list(items));

  blocks.push(heading(4, w.headings.stopped));
  const stopped: string[] = [];
  for (const s of i.systems) {
    const windows = t.list.semicolon(s.windows.map((x) => w.window(reasonLabel(x.reason, lang), caseDateTime(x.from, lang), caseDateTime(x.to, lang))));
    const rto = s.downHours > s.rtoHours ? w.systemPastRto(h(s.rtoHours)) : w.systemWithinRto(h(s.rtoHours));
    stopped.push(w.system(names.system(s.system), names.site(s.site), h(s.downHours), rto, windows));
  }
  for (const s of i.services) {
    const rto = s.rtoHours === undefined ? undefined : s.downHours > s.rtoHours ? w.servicePastRto(h(s.rtoHours)) : w.serviceWithinRto(h(s.rtoHours));
    stopped.push(w.service(names.service(s.service), s.critical ? w.critical : '', h(s.downHours), rto));
  }
  blocks.push(stopped.length > 0 ? list(stopped) : paragraph(w.noSystemStopped));

  blocks.push(heading(4, w.headings.affected));
  const affected: string[] = [];
  if (i.residentsWithoutService > 0) {
    affected.push(w.residents(formatPersons(i.residentsWithoutService, lang), formatMetric('residentHoursWithoutService', i.residentHoursWithoutService, lang)));
  }
  if (i.personsAffected > 0) {
    const harm = t.list.or(i.kinds.filter((k) => k !== 'outage').map((k) => t.dataHarm[k]));
    const classes = t.list.comma(i.dataClasses.map((c) => `${dataClassLabel(c, lang)} ${formatPersons(i.personsByDataClass[c], lang)}`));
    affected.push(w.persons(harm, formatPersons(i.personsAffected, lang), classes));
  }
  for (const n of i.notes.filter((x) => noteTopic(x) === 'people')) affected.push(`${at(n)} ${noteText(n, lang, names)}`);
  blocks.push(affected.length > 0 ? list(affected) : paragraph(w.noResidentAffected));

  blocks.push(heading(4, w.headings.recovery));
  const recovery = i.notes.filter((n) => noteTopic(n) === 'recovery').map((n) => `${at(n)} ${noteText(n, lang, names)}`);
  for (const s of i.systems) {
    if (s.noSurvivingCopy) recovery.push(w.allDataLost(names.system(s.system)));
    else if (s.dataLostHours !== undefined) recovery.push(w.dataLost(names.system(s.system), h(s.dataLostHours)));
  }
  if (i.systemsLost > 0) recovery.push(w.recordsLost(formatMetric('systemsLost', i.systemsLost, lang), formatPersons(i.residentsWithRecordsLost, lang)));
  recovery.push(i.ongoing ? w.ongoing : w.done(caseDateTime(i.end, lang)));
  blocks.push(list(recovery));

  blocks.push(heading(4, w.headings.costs));
  const costItems = Object.entries(i.costBreakdownYen).map(([k, v]) => w.costItem(wordFor(t.costItems, k) ?? k, formatYen(v, lang)));
  blocks.push(paragraph(w.costs(formatYen(i.costYen, lang), t.list.comma(costItems))));

  blocks.push(heading(4, w.headings.thresholds));
  if (i.actions.length === 0) blocks.push(paragraph(w.noThreshold));
  else blocks.push(list(i.actions.map((a) => actionText(a, lang, notes))));

  blocks.push(heading(4, w.headings.meaning));
  if (i.personas.length === 0) blocks.push(paragraph(w.noPersonas));
  for (const p of i.personas) blocks.push(paragraph(personaText(p, lang, names)));
  return blocks;
}

const FLAGS = ['maliciousIntent', 'directHarm', 'highlyEncrypted', 'recoveredUnviewed'] as const;

/** A required action with its deadlines and the markers of the notes on the rules behind it (basis, id, source). */
function actionText(a: CaseAction, lang: Lang, notes: CaseFootnotes): string {
  const t = localeOf(lang);
  const w = t.incident;
  const numbers = a.rules.map((rule, k) => notes.rule(rule, a.basis[k]!));
  const deadlines = t.list.comma(a.deadlines.map((d) => w.deadline(t.deadlineStages[d.stage], d.days, caseDay(d.due, lang))));
  return w.action(actionLabel(a.action, lang), deadlines, t.case.footnotes.marker(numbers));
}
