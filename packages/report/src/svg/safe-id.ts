/**
 * Text made into an id safe in `id="…"` and `url(#…)`: letters, digits, `-` and `_` kept, anything else
 * as `_`. For ids built from a figure's id, which may hold a variant's id from a scenario.
 *
 * @example
 * safeId('aep-downtimeHours.nhi-counter'); // 'aep-downtimeHours_nhi-counter'
 */
export const safeId = (text: string): string => text.replace(/[^A-Za-z0-9_-]/g, '_');
