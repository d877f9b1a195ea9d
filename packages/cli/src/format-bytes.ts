// A module of its own: the locales use it, and messages.ts imports the locales (no import cycle).
/** Bytes as people read them: `5.9 GB`, `740 MB`, `2,560,000 GB` (decimal units, as file managers show them). */
export const formatBytes = (bytes: number): string =>
  bytes >= 1e11 ? `${Math.round(bytes / 1e9).toLocaleString('en-US')} GB`
  : bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB`
  : `${Math.max(1, Math.round(bytes / 1e6))} MB`;
