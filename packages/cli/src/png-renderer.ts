import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';

/** Draws a standalone SVG as PNG bytes. */
export type PngRenderer = (svg: string) => Uint8Array;

// A variable specifier, as in Figure.toPNG: the one-file bundle (machi.mjs) leaves the native renderer
// out, and loads it only when --png asks for it.
const PNG_MODULE = '@machi/report/node';

/**
 * The PNG renderer of `@machi/report/node` (resvg with the bundled Japanese font), loaded on demand and
 * before any long work, so that `--png` where it cannot work (the one-file bundle, which holds no native
 * module) fails at once with a sentence, not after the simulation.
 *
 * @throws CliError (invalid input) naming the reason when the renderer cannot be loaded.
 */
export async function loadPngRenderer(ctx: Context): Promise<PngRenderer> {
  try {
    const { svgToPNG } = (await import(/* @vite-ignore */ PNG_MODULE)) as { svgToPNG: (svg: string) => Uint8Array };
    return (svg) => svgToPNG(svg);
  } catch (error) {
    throw new CliError(EXIT.invalidInput, ctx.t.pngUnavailable(error instanceof Error ? error.message : String(error)));
  }
}
