/** The rectangle data are drawn in, in SVG units: axes run along its left and bottom edges. */
export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}
