import type { MonteCarloResult } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import { renderReport, type Report, type ReportOptions } from './render-report.ts';

/**
 * A whole Monte Carlo result as something that displays itself: the last expression of a Deno Jupyter
 * cell (`display(result)`) shows the full report, figures and tables inline; `toHTML()` gives the same
 * page for Observable, Quarto or a browser. Japanese by default, like the CLI.
 *
 * @example
 * display(result, { lang: 'en', scenario });
 */
export function display(result: MonteCarloResult, options: Partial<ReportOptions> & { lang?: Lang } = {}): Report {
  return renderReport(result, { ...options, lang: options.lang ?? 'ja' });
}
