// TEMPORARY SHIM — being replaced by the deterministic implementations (fdlibm-style) in this folder.
// Until then these forward to the engine's Math, which is exactly what the determinism contract forbids.
export const log = (x: number): number => Math.log(x);
export const log1p = (x: number): number => Math.log1p(x);
export const exp = (x: number): number => Math.exp(x);
export const expm1 = (x: number): number => Math.expm1(x);
export const pow = (x: number, y: number): number => Math.pow(x, y);
export const log10 = (x: number): number => Math.log10(x);
export const sin = (x: number): number => Math.sin(x);
export const cos = (x: number): number => Math.cos(x);
export const atan2 = (y: number, x: number): number => Math.atan2(y, x);
export const erf = (x: number): number => { throw new Error('erf: not yet implemented ' + x); };
export const erfc = (x: number): number => { throw new Error('erfc: not yet implemented ' + x); };
export const normalCdf = (x: number): number => { throw new Error('normalCdf: not yet implemented ' + x); };
export const normalQuantile = (p: number): number => { throw new Error('normalQuantile: not yet implemented ' + p); };
export const logGamma = (x: number): number => { throw new Error('logGamma: not yet implemented ' + x); };
