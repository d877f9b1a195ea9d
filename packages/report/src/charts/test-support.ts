import type { Scenario } from '@machi/scenarios';
import { escapeHTML } from '../escape.ts';
import { FONT_STACK } from '../svg/font-stack.ts';
import { handBuiltScenario } from '../test-support.ts';

export { handBuiltResult, handBuiltScenario } from '../test-support.ts';

/** The hand-built result's scenario with every variant labelled `<script>alert(1)</script>`. */
export function hostileScenario(): Scenario {
  const scenario = structuredClone(handBuiltScenario()) as { variants: Record<string, { label?: unknown }> };
  for (const v of Object.values(scenario.variants)) v.label = '<script>alert(1)</script>';
  return scenario as unknown as Scenario;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescapeHTML = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/** The `data-values` of a standalone SVG, parsed back. */
export function dataValues(svg: string): unknown {
  const match = /\sdata-values="([^"]*)"/.exec(svg);
  if (!match) throw new Error('no data-values in the SVG');
  return JSON.parse(unescapeHTML(match[1]!));
}

/** The text of every `<text>` element, unescaped. */
export const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeHTML(m[1]!));

/** Numbers with three or more decimals in the SVG's markup (attributes and paths), data-values aside. */
export const overPrecise = (svg: string): string[] =>
  svg
    .replace(/\sdata-values="[^"]*"/, '')
    .replace(/<(title|desc|text)[^>]*>[^<]*<\/\1>/g, '')
    .match(/\d+\.\d{3,}/g) ?? [];

/** The checks every chart must pass, as a list of what failed (empty when it is fine). */
export function standaloneProblems(svg: string): string[] {
  const problems: string[] = [];
  if (!svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')) problems.push('no xmlns');
  if (!/<title>[^<]+<\/title><desc>[^<]+<\/desc>/.test(svg)) problems.push('no <title> and <desc>');
  if (!svg.includes(`font-family="${escapeHTML(FONT_STACK)}"`)) problems.push('no font stack');
  if (/NaN|undefined|Infinity/.test(svg)) problems.push('NaN, undefined or Infinity');
  for (const n of overPrecise(svg)) problems.push(`over-precise number ${n}`);
  if (/<script/i.test(svg)) problems.push('a <script> element');
  return problems;
}
