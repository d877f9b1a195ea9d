import type { QuantitySwitching, Scenario, StudyFactor, StudyInput } from '@machi/scenarios';
import { formatPercent } from '../format/percent.ts';
import { formatNumber, formatRange } from '../format/quantity.ts';
import type { Lang } from '../lang.ts';
import { variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import { coordinateLabel, formatStudyMetric, quantityLabel } from '../uncertainty/study-labels.ts';

/**
 * The switching values of a sensitivity study: for each leading input and decision quantity (a paired
 * difference `variant − versus`), its range, the difference at its value with the option it favours, and
 * where within the range the preferred option changes — the value, how much of the input's belief lies
 * below it, and from which option to which — or that it does not change within the range.
 *
 * @example
 * switchingValuesTable(study.switching.results, study.inputs, { lang: 'en', scenario }).toMarkdown();
 */
export function switchingValuesTable(
  results: readonly QuantitySwitching[],
  inputs: readonly StudyInput[],
  { lang, scenario, factors = [] }: { readonly lang: Lang; readonly scenario?: Scenario; readonly factors?: readonly StudyFactor[] },
): Table {
  const t = localeOf(lang).uncertainty.table;
  const name = (id: string) => variantLabel(id, lang, scenario);
  const rows = results.map(({ quantity, switching }) => {
    const input = inputs.find((i) => i.path === switching.input);
    const a = name(quantity.variant);
    const b = name(quantity.versus);
    // Lower is better for every headline metric, higher for the safety score.
    const aBetter = (difference: number) => (quantity.metric === 'safetyScore' ? difference > 0 : difference < 0);
    const favoured = (sign: number) => (aBetter(sign) ? a : b);
    const crossings = switching.crossings.map((c) =>
      t.switchAt(formatNumber(c.value), formatPercent(c.probability), favoured(c.signBelow), favoured(c.signAbove)),
    );
    return [
      quantityLabel(quantity, lang, scenario),
      coordinateLabel(switching.input, factors, lang, scenario),
      input ? formatRange(formatNumber(input.low), formatNumber(input.high), lang) : '–',
      `${formatStudyMetric(quantity.metric, switching.atNominal, lang)}\n${t.betterOf(a, b, aBetter(switching.atNominal))}`,
      crossings.length === 0 ? t.noSwitch : crossings.join('\n'),
    ];
  });
  return new Table({
    id: 'switching-values',
    title: t.switchingTitle,
    columns: [
      { key: 'quantity', label: t.quantity },
      { key: 'input', label: t.input },
      { key: 'range', label: t.range, align: 'right' },
      { key: 'atNominal', label: t.atNominal, align: 'right' },
      { key: 'switchesAt', label: t.switchesAt },
    ],
    rows,
    data: results,
    note: t.switchingNote,
  });
}
