import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const [n, mode] = process.argv.slice(2);
const seed = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const g = n === 'arc4' ? require('seedrandom')(seed) : require('seedrandom/lib/' + n + '.js')(seed);
const N = 1e7;
class Res53 { constructor(g) { this.next = g.int32; } random() { const next = this.next; return ((next() >>> 5) * 67108864 + (next() >>> 6)) * 1.1102230246251565e-16; } }
class Dbl { constructor(g) { this.d = g.double; } random() { return this.d(); } }
class AleaN { constructor(g) { this.q = g; } random() { const q = this.q; return q() + (q() * 0x200000 | 0) * 1.1102230246251565e-16; } }
const st = mode === 'res53' ? new Res53(g) : mode === 'alea' ? new AleaN(g) : new Dbl(g);
let best = Infinity, s = 0;
for (let r = 0; r < 7; r++) { const t = performance.now(); for (let i = 0; i < N; i++) s += st.random(); best = Math.min(best, (performance.now() - t) * 1e6 / N); }
console.log(n.padEnd(10), mode.padEnd(7), best.toFixed(2), 'ns/double', s > 0 ? '' : '!');
