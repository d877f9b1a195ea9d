export { metricTable, type TableOptions } from './metric-table.ts';
export { actionDriversTable, actionsTable } from './actions-table.ts';
export { comparisonsTable } from './comparisons-table.ts';
export { returnPeriodTable } from './return-period-table.ts';
export { convergenceSummaryTable } from './convergence-summary-table.ts';
export { fiscalYearTable, fiscalYearOfSimulatedYear } from './fiscal-year-table.ts';
export { differencesTable } from './differences-table.ts';
export { intervalText } from './interval-text.ts';
