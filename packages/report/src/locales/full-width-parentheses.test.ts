import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Kana, CJK ideographs and full-width forms: a string holding one of them is Japanese text.
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/;

/** The text of every string and template literal in `source` (a template's pieces joined), with its line. */
function literals(source: string): { line: number; text: string }[] {
  const file = ts.createSourceFile('locale.ts', source, ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const line = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push({ line: line(node), text: node.text });
    else if (ts.isTemplateExpression(node)) found.push({ line: line(node), text: node.head.text + node.templateSpans.map((s) => `\${}${s.literal.text}`).join('') });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * Half-width parentheses in Japanese text, outside `code` spans: each as `line: text`. A template with
 * substitutions counts as Japanese text, as in a ja locale its substitutions are Japanese words.
 */
function halfWidthParentheses(source: string): string[] {
  return literals(source)
    .filter(({ text }) => (JAPANESE.test(text) || text.includes('${}')) && /[()]/.test(text.replace(/`[^`]*`/g, '')))
    .map(({ line, text }) => `${line}: ${text}`);
}

const JA_LOCALES = ['./ja.ts', '../../../cli/src/locales/ja.ts'];

describe('Japanese typesetting', () => {
  it('halfWidthParentheses finds a half-width parenthesis in Japanese text and spares code spans and notation', () => {
    const source = "const a = '停電(非常用発電も停止)'; const b = 'P(A<B)'; const c = `${x}(件数)`; const d = '`run(1)` を実行（例）'; const e = `${a}(${b})`;";
    expect(halfWidthParentheses(source)).toEqual(['1: 停電(非常用発電も停止)', '1: ${}(件数)', '1: ${}(${})']);
  });

  for (const path of JA_LOCALES) {
    it(`${path.split('/').slice(-3).join('/')} writes full-width parentheses in Japanese text`, () => {
      expect(halfWidthParentheses(readFileSync(new URL(path, import.meta.url), 'utf8'))).toEqual([]);
    });
  }
});
