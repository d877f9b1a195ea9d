import type { Reference } from '../reference.ts';

/** General seismology the earthquake regions of the presets rest on. */
export const SEISMOLOGY_REFERENCES: readonly Reference[] = [
  {
    id: 'nied-gutenberg-richter',
    publisher: '防災科学技術研究所 (強震観測網 K-NET/KiK-net)',
    title: '3.2.4 グーテンベルク・リヒターの関係',
    date: 'n.d.',
    address: 'http://www.kyoshin.bosai.go.jp/kyoshin/gk/publication/1/I-3.2.4.html',
    facts: {
      ja: '日本付近の浅い地震の数はマグニチュードとともにグーテンベルク・リヒターの式に従って減り、係数 b はほとんどの場合1前後(地域差があり、不均質な場所ほど大きい)。M8を超えると実際の数は直線より少なくなる。',
      en: 'The number of shallow earthquakes around Japan falls with magnitude as the Gutenberg–Richter relation says, with b about 1 in most cases (it varies by region, larger where the crust is heterogeneous); above M8 the real counts fall below the line.',
    },
  },
];
