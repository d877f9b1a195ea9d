/**
 * Width and height of every chart in SVG units (CSS pixels). 600 units wide so that a chart printed
 * 16 cm wide (the text width of an A4 page) sets its smallest text, 11 units, at 8.3 pt:
 * 11 × 160 mm / 600 = 2.93 mm ≥ 8 pt (2.82 mm). Two charts fit one page.
 */
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 400;
