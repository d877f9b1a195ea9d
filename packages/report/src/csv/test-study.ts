import { runMonteCarlo, type MonteCarloResult, type Scenario } from '@machi/scenarios';
import { quietTown, quietTownInput } from '@machi/scenarios/testing';

/** A small real study for the CSV tests: the quiet test town with frequent leaks, 110 runs × 10 years. */
export async function testStudy(): Promise<{ scenario: Scenario; result: MonteCarloResult }> {
  const input = quietTownInput();
  input.threats.leaks[0]!.annualRate = 2;
  const scenario = quietTown({ threats: input.threats });
  const result = await runMonteCarlo(scenario, { runs: 110, seed: 5, horizonYears: 10, variants: ['onprem', 'cloud'] });
  return { scenario, result };
}

/** The rows of a CSV text (after its BOM), RFC 4180: quoted fields, CRLF line ends. */
export function csvRows(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      out.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return out;
}
