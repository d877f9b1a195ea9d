import { escapeHTML } from '../escape.ts';
import type { Lang } from '../lang.ts';
import { REPORT_CSS } from './report-css.ts';

/**
 * A whole self-contained HTML file: inline CSS, no script, nothing fetched. The Content-Security-Policy
 * says so to the browser as well, so even an HTML file edited by hand cannot load or run anything.
 */
export function htmlPage({ title, lang, body, css = '' }: { title: string; lang: Lang; body: string; css?: string }): string {
  return (
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHTML(title)}</title>\n<style>${REPORT_CSS}${css}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`
  );
}
