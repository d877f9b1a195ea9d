import { describe, expect, it } from 'vitest';
import { shellWord } from './shell-word.ts';

describe('shellWord(word)', () => {
  it('leaves plain words alone and single-quotes the rest', () => {
    expect(['out', 'a/b.json', '--runs', 'onprem,cloud'].map(shellWord)).toEqual(['out', 'a/b.json', '--runs', 'onprem,cloud']);
    expect(shellWord('my folder')).toBe("'my folder'");
    expect(shellWord("Bob's")).toBe("'Bob'\\''s'");
    expect(shellWord('<img src=x onerror=alert(1)>')).toBe("'<img src=x onerror=alert(1)>'");
  });

  it('writes line breaks and other control characters as $-quoted escapes, so the command stays one line', () => {
    expect(shellWord('/tmp/x\n```\n<img>')).toBe("$'/tmp/x\\n```\\n<img>'");
    expect(shellWord("a'\\\u001b[31m\t\r")).toBe("$'a\\'\\\\\\x1b[31m\\t\\r'");
    expect(shellWord('x\ny')).not.toContain('\n');
  });
});
