/**
 * Formats a simulated time or duration in hours for messages: `36`, `0.5`, `1.3333` (at most four
 * decimals, so float noise such as 35.99999999 prints as 36). Deterministic: `toFixed` is exactly
 * specified by ECMAScript.
 *
 * @example
 * formatHours(36); // '36'
 */
export function formatHours(hours: number): string {
  return Number.isInteger(hours) || !Number.isFinite(hours) ? String(hours) : String(Number(hours.toFixed(4)));
}
