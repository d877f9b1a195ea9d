import type { DecisionQuantity, Scenario, SensitivityStudyResult, StudyDesign, StudyMetric, UncertaintyStudyResult } from '@machi/scenarios';
import { exceedanceBandFigure } from '../charts/exceedance-band-figure.ts';
import { morrisFigure } from '../charts/morris-figure.ts';
import type { SensitivityOptions } from '../charts/sensitivity-options.ts';
import { sobolIndexFigure } from '../charts/sobol-index-figure.ts';
import { tornadoFigure } from '../charts/tornado-figure.ts';
import type { Figure } from '../figure.ts';
import { formatPercent } from '../format/percent.ts';
import type { Lang } from '../lang.ts';
import { variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import type { Table } from '../table.ts';
import { probabilityBestTable, probabilityInterval } from '../tables/probability-best-table.ts';
import { switchingValuesTable } from '../tables/switching-values-table.ts';
import { coordinateCheck, coordinateLabel, coordinatePaths, quantityLabel, studyMetricLabel } from '../uncertainty/study-labels.ts';
import { rankingGroupsAtNominal, tiedAtNominal } from '../uncertainty/tied-at-nominal.ts';
import { heading, paragraph, type Block } from './blocks.ts';

/** The studies a report can carry about what nobody knows precisely: either or both. */
export interface UncertaintyStudies {
  /** `machi uncertainty`: outcomes and the decision over the input sets. */
  readonly uncertainty?: UncertaintyStudyResult;
  /** `machi sensitivity`: which inputs move the decision, and where it switches. */
  readonly sensitivity?: SensitivityStudyResult;
}

// At most this many charts of each kind: the section is for a mayor, the rest is in result.json and the CSV.
const QUANTITIES_DRAWN = 2;

/** The designs that sampled the inputs: the uncertainty study's net, else the sensitivity study's screening and indices. */
export function studiedDesigns({ uncertainty, sensitivity }: UncertaintyStudies): StudyDesign[] {
  if (uncertainty) return [uncertainty.design];
  return sensitivity ? [sensitivity.screening.design, sensitivity.indices.design] : [];
}

/** The metric whose ranking the summary states: the safety score (all harms weighed) when studied, else the first. */
function headlineRanking(study: UncertaintyStudyResult) {
  return study.rankingHolds.find((r) => r.metric === 'safetyScore') ?? study.rankingHolds[0];
}

/** The quantities drawn first: those of the summary's metric, then the others in the study's order. */
function byHeadline<T extends { readonly quantity: DecisionQuantity }>(results: readonly T[], metric: StudyMetric | undefined): T[] {
  return [...results.filter((r) => r.quantity.metric === metric), ...results.filter((r) => r.quantity.metric !== metric)].slice(0, QUANTITIES_DRAWN);
}

/**
 * The summary's sentences about input uncertainty, for a mayor: the share of plausible inputs on which the
 * ranking holds, and the inputs it depends on most with how the town can check them. Empty when the
 * studies hold neither (the summary then says that inputs are not covered).
 *
 * @example
 * uncertaintySummary({ uncertainty, sensitivity }, 'en', scenario);
 * // ['Over what nobody knows precisely, the ranking on annual cost (…) holds for 87% of plausible inputs …', …]
 */
export function uncertaintySummary(studies: UncertaintyStudies, lang: Lang, scenario?: Scenario): string[] {
  const t = localeOf(lang).uncertainty;
  const sentences: string[] = [];
  const ranking = studies.uncertainty && headlineRanking(studies.uncertainty);
  const groups = ranking ? rankingGroupsAtNominal(ranking) : null;
  const tie = ranking && groups === null ? tiedAtNominal(ranking) : null;
  if (ranking && tie !== null) {
    sentences.push(
      t.summaryTie({ options: t.tieOrder(tie.map((id) => variantLabel(id, lang, scenario))), metric: studyMetricLabel(ranking.metric, lang, scenario) }),
    );
  } else if (ranking && groups !== null) {
    const r = ranking.result;
    sentences.push(
      t.summary({
        ranking: t.rankingOrder(groups.map((group) => t.tieOrder(group.map((id) => variantLabel(id, lang, scenario))))),
        metric: studyMetricLabel(ranking.metric, lang, scenario),
        holds: formatPercent(r.probability),
        interval: probabilityInterval(r, lang),
        inputSets: r.inputSets.toLocaleString('en-US'),
      }),
    );
  }
  const sensitivity = studies.sensitivity;
  // The two inputs the decision depends on most, each with how the town can pin it down (the belief's own
  // words; the generic ones when the scenario gives none).
  sensitivity?.leading.slice(0, 2).forEach((l, i) => {
    const input = coordinateLabel(l.name, sensitivity.factors, lang, scenario);
    const check = coordinateCheck(l.name, sensitivity, lang) ?? t.check;
    sentences.push(i === 0 ? t.dependsOn(input, check) : t.nextOn(input, check));
  });
  return sentences;
}

/**
 * "How sure are we?": the input-uncertainty section of a report, self-contained — what was varied and
 * what was held fixed, the probability that each option is best and that the ranking holds, the tornado
 * and the variance-based indices (with Morris screening) of the decision quantities, the switching values,
 * the exceedance curves with their band over the inputs, and the precision reached. Figures and tables go
 * through `fig` and `tab` so the report lists them. Every name from the scenario is escaped downstream.
 *
 * @example
 * blocks.push(...uncertaintySection({ uncertainty, sensitivity }, 'ja', scenario, fig, tab));
 */
export function uncertaintySection(
  studies: UncertaintyStudies,
  lang: Lang,
  scenario: Scenario | undefined,
  fig: (figure: Figure) => Block,
  tab: (table: Table) => Block,
): Block[] {
  const { uncertainty, sensitivity } = studies;
  const any = uncertainty ?? sensitivity;
  if (!any) return [];
  const t = localeOf(lang).uncertainty;
  const blocks: Block[] = [heading(2, t.heading, 'uncertainty'), ...uncertaintySummary(studies, lang, scenario).map(paragraph)];
  const designs = studiedDesigns(studies);
  blocks.push(
    paragraph(
      t.intro({
        ranged: any.numbers.ranged,
        fixed: any.numbers.fixed,
        inputSets: designs.reduce((n, d) => n + d.inputSets, 0).toLocaleString('en-US'),
        replications: designs[0]!.replications.toLocaleString('en-US'),
        design: localeOf(lang).list.and(designs.map((d) => t.designs[d.method])),
      }),
    ),
  );
  const headline = uncertainty && headlineRanking(uncertainty)?.metric;

  if (uncertainty && uncertainty.probabilityBest.length > 0) {
    blocks.push(heading(3, t.bestHeading), paragraph(t.bestIntro), tab(probabilityBestTable(uncertainty.probabilityBest, uncertainty.rankingHolds, { lang, scenario })));
  }

  if (sensitivity) {
    const options = (quantity: DecisionQuantity, kind: string): SensitivityOptions => ({
      id: figureId(kind, quantity),
      lang,
      metric: quantity.metric,
      quantity: quantityLabel(quantity, lang, scenario),
      axisTitle: quantity.kind === 'difference' ? t.differenceAxis(studyMetricLabel(quantity.metric, lang, scenario)) : studyMetricLabel(quantity.metric, lang, scenario),
      inputLabel: (name) => coordinateLabel(name, sensitivity.factors, lang, scenario),
    });
    const tornadoes = byHeadline(sensitivity.tornado.results, headline);
    if (tornadoes.length > 0) {
      blocks.push(heading(3, t.tornadoHeading), paragraph(t.tornadoIntro(quantityLabel(tornadoes[0]!.quantity, lang, scenario))));
      for (const r of tornadoes) blocks.push(fig(tornadoFigure(r.tornado, options(r.quantity, 'tornado'))));
    }
    const indices = byHeadline(sensitivity.indices.results, headline);
    const screening = byHeadline(sensitivity.screening.results, headline);
    if (indices.length + screening.length > 0) {
      blocks.push(heading(3, t.indicesHeading));
      if (indices.length > 0) blocks.push(paragraph(t.indicesIntro), ...indices.map((r) => fig(sobolIndexFigure(r.indices, options(r.quantity, 'sobol')))));
      if (screening.length > 0) blocks.push(paragraph(t.screeningIntro), fig(morrisFigure(screening[0]!.effects, options(screening[0]!.quantity, 'morris'))));
    }
    if (sensitivity.switching.results.length > 0) {
      blocks.push(heading(3, t.switchingHeading), paragraph(t.switchingIntro), tab(switchingValuesTable(sensitivity.switching.results, sensitivity.inputs, { lang, scenario, factors: sensitivity.factors })));
    }
    blocks.push(paragraph(t.inputPaths(leadingPaths(sensitivity, lang, scenario))));
  }

  const costBands = uncertainty?.exceedance.filter((b) => b.metric === 'costYen') ?? [];
  if (costBands.length > 0) blocks.push(heading(3, t.exceedanceHeading), paragraph(t.exceedanceIntro), fig(exceedanceBandFigure(costBands, { lang, scenario })));

  blocks.push(heading(3, t.fixedHeading), paragraph(t.fixed(any.numbers.fixed, any.numbers.total)));
  const widest = (values: readonly (number | null | undefined)[]) => {
    const known = values.filter((x): x is number => typeof x === 'number');
    return known.length === 0 ? null : formatPercent(Math.max(...known));
  };
  const probability = widest([uncertainty?.precision.widestProbabilityInterval, sensitivity?.precision.widestProbabilityInterval]);
  const indices = widest([sensitivity?.precision.widestFirstOrderInterval, sensitivity?.precision.widestTotalInterval]);
  if (probability !== null || indices !== null) blocks.push(paragraph(t.precision({ level: formatPercent(any.precision.level), probability, indices })));
  return blocks;
}

// The note for analysts names the leading inputs (as many as the commands print) and a few paths of each;
// result.json and the CSV hold them all.
const LEADING_LISTED = 5;
const PATHS_LISTED = 2;

/** The leading inputs' names with the scenario paths behind them, for the section's note to analysts. */
function leadingPaths(sensitivity: SensitivityStudyResult, lang: Lang, scenario: Scenario | undefined): { input: string; paths: string[]; more: number }[] {
  return sensitivity.leading.slice(0, LEADING_LISTED).map((l) => {
    const paths = coordinatePaths(l.name, sensitivity.factors);
    return { input: coordinateLabel(l.name, sensitivity.factors, lang, scenario), paths: paths.slice(0, PATHS_LISTED), more: Math.max(0, paths.length - PATHS_LISTED) };
  });
}

/** A figure's id, one per decision quantity (a report draws several): `tornado-costYen-cloud-vs-onprem`. */
function figureId(kind: string, quantity: DecisionQuantity): string {
  return `${kind}-${quantity.metric}-${quantity.kind === 'difference' ? `${quantity.variant}-vs-${quantity.versus}` : quantity.variant}`;
}
