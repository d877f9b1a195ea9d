import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

/** Options of `svgToPNG`. */
export interface SvgToPngOptions {
  /** Pixels per SVG unit, > 0 (default 2: sharp when pasted into Word at its drawn size). */
  readonly scale?: number;
}

/** The family name inside the bundled font files (BIZ UDPGothic, SIL Open Font License 1.1). */
export const PNG_FONT_FAMILY = 'BIZ UDPGothic';

const require = createRequire(import.meta.url);

// Resolved from this package's dependency @expo-google-fonts/biz-udpgothic, the one npm package found
// that ships the font as TTF (resvg reads TTF/OTF, not the WOFF/WOFF2 of the @fontsource packages).
// BIZ UDPGothic is first in FONT_STACK, so a PNG looks like the SVG on a Windows PC at the town hall.
let fontFiles: string[] | undefined;
const bundledFonts = (): string[] =>
  (fontFiles ??= [
    require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'),
    require.resolve('@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf'),
  ]);

/**
 * A PNG of a standalone SVG, drawn by resvg with the bundled Japanese font only: system fonts are not
 * loaded, so the same SVG gives the same pixels on every machine, with or without Japanese fonts
 * installed. Every family of the SVG's font stack that is not bundled falls back to BIZ UDPGothic.
 * The PNG is `scale` times the SVG's width and height (rounded by resvg). Node only (a native module).
 *
 * @throws RangeError for a scale that is not a positive finite number; resvg's Error for SVG it cannot
 *   parse.
 * @example
 * writeFileSync('aep.png', svgToPNG(figure.toSVG(), { scale: 2 }));
 */
export function svgToPNG(svg: string, options: SvgToPngOptions = {}): Uint8Array {
  const scale = options.scale ?? 2;
  if (!(Number.isFinite(scale) && scale > 0)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: bundledFonts(),
      defaultFontFamily: PNG_FONT_FAMILY,
      sansSerifFamily: PNG_FONT_FAMILY,
      serifFamily: PNG_FONT_FAMILY,
      monospaceFamily: PNG_FONT_FAMILY,
    },
    logLevel: 'off',
  }).render();
  return new Uint8Array(image.asPng());
}
