export { digits, significant } from './digits.ts';
export { formatYen } from './yen.ts';
export { formatPercent } from './percent.ts';
export { formatReturnPeriod, perYearLabel } from './return-period.ts';
export { formatHours, formatNumber, formatPersons, formatRange } from './quantity.ts';
export { japaneseEraYear, japaneseFiscalYear } from './japanese-era.ts';
export { fiscalYearOf, formatDate, formatFiscalYear, type DateTime } from './date.ts';
export { estimateText, rangeText, type FinerFormat } from './estimate-text.ts';
