import { describe, expect, it } from 'vitest';
import { buildCase } from '../case/build-case.ts';
import { caseGanttFigure } from '../case/case-gantt.ts';
import { scriptedTown, scriptedYear } from '../case/test-support.ts';
import { renderReport } from '../document/render-report.ts';
import type { Figure } from '../figure.ts';
import { LANGS } from '../lang.ts';
import { handBuiltResult, handBuiltScenario } from '../test-support.ts';

// 8 pt = 8 × 25.4 / 72 mm; a figure is printed 16 cm wide, the text width of an A4 page.
const MIN_MM = (8 * 25.4) / 72;
const PRINTED_MM = 160;

/**
 * The size of every `<text>` of an SVG as printed `PRINTED_MM` wide, in mm: each text's font-size is
 * its own attribute or the nearest enclosing element's (the root sets the default).
 */
function printedTextSizes(svg: string): { text: string; mm: number }[] {
  const viewBox = /viewBox="0 0 ([\d.]+) [\d.]+"/.exec(svg);
  if (!viewBox) throw new Error('no viewBox');
  const scale = PRINTED_MM / Number(viewBox[1]);
  const sizes: { text: string; mm: number }[] = [];
  const stack: number[] = [];
  for (const tag of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>([^<]*)/g)) {
    const [, closing, name, attributes, selfClosing, content] = tag;
    if (closing) {
      stack.pop();
      continue;
    }
    const own = /\sfont-size="([\d.]+)"/.exec(attributes!);
    const size = own ? Number(own[1]) : (stack.at(-1) ?? 16);
    if (name === 'text') sizes.push({ text: content!, mm: size * scale });
    if (!selfClosing) stack.push(size);
  }
  return sizes;
}

/** Every figure a report and a virtual case draw, in both languages. */
/** Every chart as its SVG file: the report's printed figures, the analysts' charts it links to, and a case's Gantt. */
function everyFigure(): { id: string; svg: string }[] {
  const scenario = scriptedTown();
  const vc = buildCase(scriptedYear(scenario), { scenario, year: 0 });
  return LANGS.flatMap((lang) => {
    const gantt = caseGanttFigure(vc, { lang, scenario });
    const files = renderReport(handBuiltResult(), { lang, scenario: handBuiltScenario() }).figureFiles();
    return [...files.map((f) => ({ id: f.path, svg: f.text })), { id: gantt.id, svg: gantt.toSVG() }];
  });
}

describe('chart text in print', () => {
  it('printedTextSizes reads sizes from the text, its group or the root', () => {
    const svg = '<svg viewBox="0 0 320 100" font-size="12"><g font-size="6"><text>a</text></g><text font-size="20">b</text><text>c</text></svg>';
    expect(printedTextSizes(svg)).toEqual([
      { text: 'a', mm: 3 },
      { text: 'b', mm: 10 },
      { text: 'c', mm: 6 },
    ]);
  });

  it('every chart of a report and a case sets its text at 8 pt or more when printed 16 cm wide', () => {
    const figures = everyFigure();
    expect(figures.length).toBeGreaterThan(20);
    for (const figure of figures) {
      const small = printedTextSizes(figure.svg).filter((t) => t.mm < MIN_MM);
      expect(small, figure.id).toEqual([]);
    }
  });
});
