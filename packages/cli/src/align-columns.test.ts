import { describe, expect, it } from 'vitest';
import { alignColumns, displayWidth } from './align-columns.ts';

describe('displayWidth(text)', () => {
  it('counts wide (CJK, fullwidth) characters as two cells', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('仮想町')).toBe(6);
    expect(displayWidth('（ＡＢ）')).toBe(8);
    expect(displayWidth('森町 15000')).toBe(10);
  });
});

describe('alignColumns(rows, maxWidths)', () => {
  it('pads every column but the last to its widest cell plus two spaces', () => {
    expect(alignColumns([['名前', 'x'], ['small-town', 'y']])).toBe('名前        x\nsmall-town  y\n');
  });

  it('lets a cell wider than its column\'s maximum push only its own line', () => {
    expect(alignColumns([['a', 'b', 'c'], ['a', 'longer-than-four', 'c'], ['a', 'bb', 'c']], [Infinity, 4])).toBe(
      'a  b     c\na  longer-than-four  c\na  bb    c\n',
    );
  });

  it('is empty for no rows', () => {
    expect(alignColumns([])).toBe('');
  });
});
