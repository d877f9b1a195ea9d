/**
 * Charts of a Monte Carlo result, each a function `(result, options) => Figure`, and the SVG pieces
 * they are built from. Hand-written SVG rather than a chart library, by decision: byte-stable output
 * (the same result gives the same file), one runtime dependency (budoux, for Japanese line breaks), and a small single-file report
 * that opens offline on a town hall terminal. Okabe–Ito colours with distinct dashes, markers and
 * hatching per variant, so every chart reads in monochrome print and for colour-blind readers.
 */
export type { ChartOptions } from './chart-options.ts';
export { CHART_HEIGHT, CHART_WIDTH } from './chart-size.ts';
export { exceedanceFigure, type ExceedanceFigureData, type ExceedanceFigureOptions, type ExceedanceFigurePoint, type ExceedanceThreshold, type DrawnThreshold } from './exceedance-figure.ts';
export { distributionFigure, type DistributionFigureData, type DistributionFigureOptions, type DistributionFigureRow } from './distribution-figure.ts';
export { actionProbabilityFigure, type ActionProbabilityFigureData, type ActionProbabilityFigureOptions, type ActionProbabilityPoint } from './action-probability-figure.ts';
export { pairedDifferenceFigure, type PairedDifferenceFigureData, type PairedDifferenceFigureOptions, type PairedDifferenceRow } from './paired-difference-figure.ts';
export { convergenceFigure, type ConvergenceFigureData, type ConvergenceFigureOptions, type ConvergencePoint } from './convergence-figure.ts';
export { valueTickLabel } from './value-tick-label.ts';
export { linearScale, logScale, niceStep, type LinearScaleOptions, type LogScaleOptions, type Scale } from '../svg/scale.ts';
export { axis, type AxisOptions } from '../svg/axis.ts';
export { legend, legendWidth, type LegendItem } from '../svg/legend.ts';
export { marker, type MarkerPaint, type MarkerShape } from '../svg/marker.ts';
export { OKABE_ITO, seriesStyle, type SeriesStyle } from '../svg/series-style.ts';
export { hatchPattern } from '../svg/hatch-pattern.ts';
export type { PlotArea } from '../svg/plot-area.ts';
export { curvesCoincide } from './curves-coincide.ts';
export type { SensitivityOptions } from './sensitivity-options.ts';
export { tornadoFigure, type TornadoFigureBar, type TornadoFigureData } from './tornado-figure.ts';
export { sobolIndexFigure, type SobolIndexFigureData, type SobolIndexRow } from './sobol-index-figure.ts';
export { morrisFigure, type MorrisFigureData, type MorrisRow } from './morris-figure.ts';
export { exceedanceBandFigure, type ExceedanceBandFigureData } from './exceedance-band-figure.ts';
