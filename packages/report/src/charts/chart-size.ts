/**
 * Width and height of every chart in SVG units (CSS pixels): 720 × 400 fits the 16 cm text width of an
 * A4 page at 96 dpi with room to spare, and two charts fit one page.
 */
export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 400;
