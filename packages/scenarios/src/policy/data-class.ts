/**
 * Classes of personal data an incident can involve, from least to most protected by law:
 * `general` (ordinary personal data), `sensitive` (要配慮個人情報, APPI art. 2(3)),
 * `ordinanceSensitive` (条例要配慮個人情報, defined by the town's own ordinance), `myNumber`
 * (特定個人情報 under the My Number Act) and `financial` (data whose misuse risks 財産的被害: card
 * numbers, bank IDs and passwords).
 *
 * @example
 * DATA_CLASSES.includes('myNumber'); // true
 */
export const DATA_CLASSES = ['general', 'sensitive', 'ordinanceSensitive', 'myNumber', 'financial'] as const;

export type DataClass = (typeof DATA_CLASSES)[number];
