import type { StudyExpectation } from '../study-shape.ts';
import type { StudyMessages } from './study-messages.ts';

/** `machi uncertainty` と `machi sensitivity` の日本語。 */
export const studyJa: StudyMessages = {
  help: {
    uncertainty:
      '正確には分からない数値をその範囲で動かしたとき、結果と案の順位がどれだけ変わるか（二重ループの研究。result.json、input-sets.csv、' +
      'report.md、report.htmlを書き出す）',
    sensitivity:
      '範囲をもつ数値のうち、どれが判断を動かすか：Morrisのふるい分け、主要な前提のSobol指標、トルネード図、優劣が入れ替わる値（result.json、' +
      'input-sets.csv、report.md、report.htmlを書き出す）',
    inputSets: '外側のループの前提の組の数。2のべき乗（スクランブルしたSobol点）',
    replications: '前提の組・案ごとの試行回数（2以上。組と案の間で同じ乱数を使う）',
    trajectories: 'ふるい分けのMorris軌道の数',
    baseCount: 'Sobol指標のためのSaltelli計画の基本行数（2のべき乗）',
    leading: 'Sobol指標を求める前提の数（ふるい分けで上位のもの）',
    switching: '優劣が入れ替わる値を探す上位の前提の数',
    resamples: '各区間のブートストラップ再標本化の回数',
    out: 'result.json、input-sets.csv、report.md、report.html、figures/ を書き出すフォルダ',
    include:
      'このシナリオの検討を報告書の「前提の不確かさ」の節として載せる：machi uncertainty または machi sensitivity の result.json（それぞれ1回ずつ指定できる）',
  },
  badInputSets: (value) => `--input-sets は2以上の2のべき乗（Sobol点の釣り合いのため）で指定してください。指定値: "${value}"`,
  badReplications: (value, least) => `--replications は${least}以上の整数（組ごとの誤差をそこから見積もるため）で指定してください。指定値: "${value}"`,
  badBaseCount: (value) => `--base-count は2以上の2のべき乗（Saltelli計画の釣り合いのため）で指定してください。指定値: "${value}"`,
  tooLarge: (option, value, most) =>
    `${option} は${most.toLocaleString('ja-JP')}以下で指定してください（それより大きい検討は1台のメモリに収まりません。分けるか小さくしてください）。指定値: "${value}"`,
  noRanges: (file) =>
    `${file}: 範囲をもつ数値がないため、動かすものがありません。数値に範囲（range: { low, high, meaning, shape, source }）を付けるか、プリセットを使ってください`,
  fewVariants: (count) => `研究には2つ以上の案が必要です。--variants の指定は${count}案です`,
  progress: (phase, bar, done, total, left) => `${phase} ${bar} 前提の組 ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}  残り約${Math.ceil(left)}秒`,
  phases: { uncertainty: '前提の組', screening: 'ふるい分け', indices: '指標', tornado: 'トルネード', switching: '入れ替わる値' },
  header: (name, inputSets, replications, seed, ranged, fixed) =>
    `${name}：前提の組${inputSets.toLocaleString('en-US')}通り × 試行${replications}回、シード ${seed}。範囲をもつ前提${ranged}個、固定した数値${fixed}個`,
  bestTitle: (metric) => `${metric}で最もよい案になる確率［95%区間］：`,
  rankingHolds: (ranking, probability, low, high) => `順位（${ranking}）は、ありうる前提の${probability}で変わりません［${low}〜${high}］。`,
  rankingTie: (options) => `既定値では ${options} が同等で（等しいか、試行のばらつきの範囲内）、変わらないかを確かめる順位はありません。`,
  tiedRow: '（同点で最もよい）',
  noDifference: (zeroShare) => `案による違いはありません（試行の${zeroShare}でこの指標は0）`,
  leadingTitle: '結果を左右する前提（Morrisのμ*、最大を1とする）：',
  switchesAt: (input, value, percentile) => `${input} = ${value}（ありうる値の${percentile}がこれより下）で案の優劣が入れ替わります。`,
  precision: (probability, indices) =>
    `精度：${[probability && `確率の95%区間は最も広いもので幅${probability}`, indices && `Sobol指標の95%区間は最も広いもので幅${indices}`].filter(Boolean).join('、')}。`,
  studyNotJson: (file, reason) => `${file}: 検討の結果（machi uncertainty・machi sensitivity の result.json）ではありません。JSONとして読めません（${reason}）`,
  notStudy: (file) =>
    `${file}: 検討の結果（machi uncertainty・machi sensitivity の result.json）ではありません。kind は"uncertainty" か "sensitivity"である必要があります`,
  studyField: (file, field, expected) =>
    `${file}: レポートに載せられない検討の結果です。${field} は${expectationJa(expected)}である必要があります。検討をやり直すか、ファイルを直してください`,
  studyOfVersion: (file, got, expected) => `${file}: モデル ${got} で行った検討です（このモデルは ${expected}）。このバージョンで検討をやり直してください`,
  studyOfScenario: (file, name, studied, run) =>
    `${file}: 別のシナリオの検討です（「${name}」、シナリオのハッシュ ${studied.slice(0, 12)}…。この実行は ${run.slice(0, 12)}…）。` +
    'このシナリオで検討をやり直すか、検討したシナリオで実行してください',
  twoStudies: (kind, first, second) => `--study: ${first} と ${second} はどちらも ${kind} の検討です。種類ごとに1つまで指定してください`,
};

const EXPECTED_JA = {
  object: 'オブジェクト',
  array: 'リスト',
  nonEmptyArray: '1つ以上の項目をもつリスト',
  string: '文字列',
  number: '数値',
  probability: '0以上1以下の数値',
  count: '0以上の整数',
  positiveCount: '1以上の整数',
  sign: '-1か1',
} as const;

function expectationJa(expected: StudyExpectation): string {
  if ('oneOf' in expected) return expected.oneOf.length === 1 ? `"${expected.oneOf[0]}"` : `${expected.oneOf.map((v) => `"${v}"`).join('、')}のいずれか`;
  return expected.orNull ? `${EXPECTED_JA[expected.shape]}かnull` : EXPECTED_JA[expected.shape];
}
