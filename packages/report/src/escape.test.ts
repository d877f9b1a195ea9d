import { describe, expect, it } from 'vitest';
import { escapeHTML } from './escape.ts';
import { markdownText } from './markdown-text.ts';

describe('escapeHTML', () => {
  it("escapeHTML(text) replaces each of & < > \" '", () => {
    expect(escapeHTML(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
  });

  it('escapeHTML(text) shows characters XML cannot hold as U+FFFD, keeping tab, line breaks and pairs', () => {
    expect(escapeHTML('a\u0000b\u001b[31m\u0007\uFFFF\uD800|\uDC00')).toBe('a\uFFFDb\uFFFD[31m\uFFFD\uFFFD\uFFFD|\uFFFD');
    expect(escapeHTML('tab\there\r\nnext 🏯')).toBe('tab\there\r\nnext 🏯');
  });
});

describe('markdownText', () => {
  it('markdownText(text) keeps emphasis, links, pipes and raw HTML literal', () => {
    expect(markdownText('*a* _b_ [c](d) | <script> & #')).toBe('\\*a\\* \\_b\\_ \\[c\\](d) \\| &lt;script&gt; &amp; \\#');
    expect(markdownText('two\nlines')).toBe('two lines');
  });
});
