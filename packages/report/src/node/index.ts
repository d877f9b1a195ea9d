/**
 * @machi/report/node — what needs Node: PNG export with a bundled Japanese font (a native renderer).
 */
export { PNG_FONT_FAMILY, svgToPNG, type SvgToPngOptions } from './png.ts';
