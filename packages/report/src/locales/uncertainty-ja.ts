import type { UncertaintyLocale } from './uncertainty-locale.ts';

/** 入力の不確かさの節の日本語。 */
export const uncertaintyJa: UncertaintyLocale = {
  heading: '前提の不確かさ',
  summary: ({ ranking, metric, holds, interval, inputSets }) =>
    `正確には分からない前提をありうる範囲で動かしても、${metric}の順位（${ranking}）はありうる前提の${holds}で変わりません（${interval}、前提の組${inputSets}通り）。`,
  summaryTie: ({ options, metric }) =>
    `前提を既定値に置くと、${metric}では${options}が同等（等しいか、試行のばらつきの範囲内）で、変わらないかを確かめる順位がありません。`,
  dependsOn: (input, check) => `結果を最も左右するのは${input}で、町は${check}ことで確かめられます。`,
  nextOn: (input, check) => `次は${input}で、${check}ことで確かめられます。`,
  otherIntervals: 'この報告の他の区間は、前提を既定値に置いたときの試行回数による誤差です。前提の不確かさは「前提の不確かさ」の節で扱います。',
  check: '町の障害記録・契約・請求書と突き合わせる',
  inputPaths: (inputs) =>
    '分析する方のために、影響の大きい前提とシナリオでの場所を示します：' +
    inputs.map((i) => `${i.input} [${i.paths.join(', ')}${i.more > 0 ? ` ほか${i.more}件` : ''}]`).join('、') +
    '。すべての前提はresult.jsonとinput-sets.csvにあります。',
  limits: ({ ranged, coordinates, fixed, fixedAssumptions, design }) =>
    `試行の節の区間は、前提を既定値に置いたときの試行回数による誤差です。「前提の不確かさ」の節では、範囲のある${ranged}個の数値を` +
    `${coordinates}個の考え・前提として動かしました（${design}）。残る${fixed}個の数値（うち仮定${fixedAssumptions}個）は既定値に固定しており、その不確かさはどの結果にも含みません。`,
  rankingOrder: (names) => names.join(' ＞ '),
  tieOrder: (names) => names.join('・'),
  intro: ({ ranged, fixed, inputSets, replications, design }) =>
    `範囲をもつ${ranged}個の前提について、その範囲から前提の組を${inputSets}通り選び（${design}）、各組で${replications}回ずつ試行しました。` +
    `どの案・どの組でも同じ乱数を使っています。その他の${fixed}個の数値は既定値のままです。`,
  designs: {
    'sobol-scrambled': 'スクランブルしたSobol列：点が偏りなく散らばるため、乱数で選ぶより少ない組で同じ精度が得られる',
    'morris-trajectories': 'Morrisの軌道によるふるい分け：一度に一つの前提だけを動かす',
    saltelli: '分散に基づく指標のためのSaltelliの計画',
    tornado: '前提を一つずつ範囲の両端に置く',
    'switching-value': '前提を一つずつ範囲の中で探る',
  },
  precision: ({ level, probability, indices }) =>
    `到達した精度：${level}区間は最も広いもので、` +
    [probability && `上の確率では幅${probability}`, indices && `Sobol指標では幅${indices}`].filter(Boolean).join('、') +
    'です。',
  bestHeading: 'ありうる前提のもとで、どの案が最もよいか',
  bestIntro: '損害と費用の指標ごとに、各案が最もよい案になる前提の組の割合を示します。区間は、前提の組の数が有限であることと、各組の中の試行回数による誤差の両方を含みます。',
  tornadoHeading: '答えを変えうる前提',
  tornadoIntro: (quantity) =>
    `${quantity}を、前提を一つずつ範囲の下端と上端に置き、他は既定値のままにして示します。破線をまたぐ棒は、どちらの案がよいかを逆転させます。`,
  indicesHeading: '不確かさのうち各前提が説明する割合',
  indicesIntro: 'Sobol指標：一次指標はその前提だけで説明されるばらつきの割合、総合指標は他の前提との組み合わせで説明される分も含めた割合です。ひげはブートストラップ区間です。',
  screeningIntro:
    'ふるい分け（Morrisの要素効果）：前提を範囲全体にわたって動かしたときに結果がどれだけ動くか（μ*）と、それが他の前提にどれだけ左右されるか（σ）。' +
    '誤差の線に近い前提は、偶然のばらつき以上には結果を動かしません。',
  switchingHeading: '案の優劣が入れ替わる値',
  switchingIntro: '結果を大きく左右する前提について、他の前提を既定値に置いたまま、どちらの案がよいかが入れ替わる値を範囲の中で求めました。',
  exceedanceHeading: 'ありうる前提のもとでの悪い年',
  exceedanceIntro: '年間費用がそれぞれの確率で超える額を、前提の組について平均して示します。斜線の帯は前提の組の90%が入る範囲です。',
  fixedHeading: '固定した数値',
  fixed: (fixed, total) => `シナリオの数値${total}個のうち${fixed}個は範囲をもたず、既定値に固定しました。その不確かさはこの結果に含まれません。`,
  difference: (metric, a, b) => `${metric}（${a} − ${b}）`,
  differenceAxis: (metric) => `${metric}の差`,
  table: {
    bestTitle: '各案が最もよい案になる確率',
    option: '案',
    metric: '指標',
    rankingRow: '既定値での順位が変わらない',
    bestNote: (level, inputSets) => `前提の組${inputSets}通りのうちの割合。括弧内は${level}区間で、前提の組の数と組ごとの試行回数の両方による誤差を含む。`,
    tiedColumn: '同点で最もよい',
    noDifference: (metric, zeroShare) => `${metric}：案による違いはない（試行の${zeroShare}で0）`,
    nominalTie: '–（既定値で案が同等：順位なし）',
    switchingTitle: '優劣が入れ替わる値（スイッチング値）',
    quantity: '比べるもの',
    input: '前提',
    range: '範囲',
    atNominal: '既定値での差',
    switchesAt: '優劣が入れ替わる値',
    noSwitch: '範囲内では入れ替わらない',
    switchAt: (value, percentile, from, to) => `${value}（ありうる値の${percentile}がこれより下）で${from}から${to}へ`,
    switchingNote: '他の前提は既定値、どの点でも同じ乱数。入れ替わる値は範囲の0.1%まで二分法で求めた。',
    betterOf: (a, b, aBetter) => (aBetter ? `${a}が有利` : `${b}が有利`),
  },
  figures: {
    tornadoTitle: (quantity) => `${quantity}を大きく動かす前提`,
    tornadoLow: '前提を範囲の下端に置いたとき',
    tornadoHigh: '前提を範囲の上端に置いたとき',
    tornadoBaseline: (value) => `すべて既定値：${value}`,
    tornadoAxis: (quantity) => quantity,
    tornadoDescription: (quantity, baseline, bars) =>
      `${quantity}を、前提を一つずつ範囲の両端に置いて示す（既定値では${baseline}）。` + bars.map((b) => `${b.input}：${b.low}〜${b.high}`).join('、') + '。',
    sobolTitle: (quantity) => `${quantity}のばらつきを各前提が説明する割合`,
    sobolFirst: '単独で（一次指標）',
    sobolTotal: '組み合わせを含めて（総合指標）',
    sobolAxis: '分散に占める割合',
    sobolDescription: (quantity, level, rows) =>
      `${quantity}の一次と総合のSobol指標と${level}ブートストラップ区間。` + rows.map((r) => `${r.input}：単独${r.first}、総合${r.total}`).join('、') + '。',
    morrisTitle: (quantity) => `ふるい分け：各前提が${quantity}を動かす大きさ`,
    morrisMuStar: 'μ*：効果の大きさ',
    morrisSigma: 'σ：組み合わせによるばらつき',
    morrisNoise: '誤差の線',
    morrisAxis: (quantity) => `前提を範囲全体で動かしたときの${quantity}の変化`,
    morrisDescription: (quantity, rows) => `${quantity}に対するMorrisの要素効果。` + rows.map((r) => `${r.input}：μ* ${r.muStar}、σ ${r.sigma}`).join('、') + '。',
    bandTitle: (metric) => `ありうる前提のもとでの${metric}の年超過確率`,
    bandLegend: '前提の組の5〜95%',
    bandDescription: (metric, variants) => `${variants.join('、')}の${metric}の年超過確率曲線を前提の組について平均し、その5%点から95%点までを帯で示す。`,
  },
  studyReport: {
    title: (town) => `${town}：前提の不確かさ`,
    intro: (kind) =>
      kind === 'uncertainty'
        ? '正確には分からない前提をありうる範囲で動かしたとき、結果と案の順位がどれだけ変わるかを示します（machi uncertainty）。'
        : '正確には分からない数値のうち、どれが判断を動かすか、どれだけ動かすか、どこで優劣が入れ替わるかを示します（machi sensitivity）。',
    modelRuns: 'モデルの実行回数（前提の組 × 試行 × 案）',
    regenerate: '次のコマンドで、どの計算機でも、ワーカー数によらず、同じresult.jsonをバイト単位で再現できます。',
  },
  csv: {
    design: '計画',
    inputSet: '前提の組',
    replications: '試行回数',
    meanOf: (metric, variant) => `${metric}：${variant}`,
  },
};
