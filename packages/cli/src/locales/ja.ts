import { formatBytes, type Messages } from '../messages.ts';

const list = (items: readonly string[]) => items.join(', ');
const didYouMean = (s: string | undefined) => (s === undefined ? '' : `（${s} のことですか？）`);
const RULES = {
  integer: '整数',
  nonNegative: '0 以上の整数',
  positive: '1 以上の整数',
} as const;

export const ja: Messages = {
  help: {
    program: '自治体の情報システムの事故をシミュレーションします（シナリオ・プリセット・対応基準）。',
    lang: 'メッセージの言語: ja または en',
    help: 'ヘルプを表示する',
    helpCommand: 'コマンドのヘルプを表示する',
    version: 'machi のバージョンを表示する',
    validate: 'シナリオファイル（またはプリセット、対応基準ファイル）を検査し、問題をすべて行番号付きで示す',
    fileOrPreset: 'シナリオファイル（YAML または .json）またはプリセット名',
    schema: 'シナリオファイルの JSON Schema を出力する',
    presets: '組み込みのプリセットを一覧する',
    presetsShow: 'プリセットを YAML のシナリオとして出力する',
    presetName: 'プリセット名',
    sources: '代わりにプリセットの数値をすべて出典付きで一覧する',
    classify: '1 件の事故の結果に対して対応基準が求める対応を一覧する',
    outcomeFile: '事故の結果（JSON または YAML）',
    policy: '組み込みの対応基準の名前または対応基準ファイル',
    simulate: '1 つの比較案を 1 回シミュレーションし、結果を JSON で出力する',
    variant: 'シミュレーションする比較案（必須）',
    seed: '乱数のシード、整数（必須）',
    replication: '反復の番号、0 以上の整数（必須）',
    years: 'シミュレーションする年数（1,000 以下）',
    trace: '因果の記録（トレース）を含める',
    run: 'すべての比較案をモンテカルロ・シミュレーションし、result.json、replications.csv、scenario.resolved.json を書き出す',
    compare: 'run と同じ。比較案どうしの対応のある比較を先に表示する',
    variants: '実行する比較案（カンマ区切り、既定はすべて）',
    runs: '反復回数（--precision を指定したときは上限）',
    runSeed: '乱数のシード、整数',
    workers: 'ワーカースレッド数（既定はコア数、最大 8。プロセッサ数を超えない）',
    precision: '主要な推定値の 95% 信頼区間の相対半幅がこの値以下になったら止める（例 0.05）',
    out: '結果を書き出すフォルダ（必須）',
  },
  scenarioOk: (file, name, sites, systems, variants) =>
    `OK: ${file} — ${name}、拠点 ${sites}、システム ${systems}、比較案 ${variants.length}（${list(variants)}）`,
  policyOk: (file, id, rules, parent) =>
    `OK: ${file} — 対応基準 ${id}、規則 ${rules}${parent === undefined ? '' : `（${parent} を継承）`}`,
  presetColumns: ['名前', '町', '人口', '比較案'],
  sourceColumns: ['パス', '値', '出典'],
  provenanceCount: (sourced, assumed, total) => `出典あり ${sourced} / 仮定 ${assumed} / 合計 ${total}`,

  badLang: (value) => `--lang には ja または en を指定してください（"${value}" が指定されました）`,
  notFileOrPreset: (arg, presets) => `"${arg}" はファイルでもプリセットでもありません（プリセット: ${list(presets)}）`,
  unknownPreset: (name, presets) => `プリセット "${name}" はありません（プリセット: ${list(presets)}）`,
  notFileOrPolicy: (arg, policies) =>
    `"${arg}" はファイルでも組み込みの対応基準でもありません（対応基準: ${list(policies)}）`,
  cannotRead: (file, reason) => `${file} を読めません: ${reason}`,
  cannotWrite: (folder, reason) => `${folder} に結果を書き出せません: ${reason}`,
  unknownVariant: (variant, known) => `比較案 "${variant}" はありません（比較案: ${list(known)}）`,
  badInteger: (option, value, rule) => `${option} には${RULES[rule]}を指定してください（"${value}" が指定されました）`,
  unknownOption: (flag, suggestion) => `${flag} というオプションはありません${didYouMean(suggestion)}`,
  unknownCommand: (name, suggestion) => `"${name}" というコマンドはありません${didYouMean(suggestion)}（machi --help を参照）`,
  missingArgument: (name) => `引数 <${name}> を指定してください`,
  optionMissingArgument: (flags) => `オプション ${flags} に値を指定してください`,
  missingOption: (flags) => `オプション ${flags} を指定してください`,
  excessArguments: (command, expected, received) =>
    `${command} の引数が多すぎます（${expected} 個のところ ${received} 個）`,
  badVariantList: (value) => `--variants には比較案をカンマ区切りで 1 回ずつ指定してください（"${value}" が指定されました）`,
  badPrecision: (value) => `--precision には 0 より大きく 1 より小さい相対半幅（例 0.05）を指定してください（"${value}" が指定されました）`,
  progress: (bar, done, runs, rate, left) =>
    `${bar} ${done.toLocaleString('ja-JP')}/${runs.toLocaleString('ja-JP')} 反復  毎秒 ${Math.round(rate).toLocaleString('ja-JP')}  残り約 ${Math.ceil(left)} 秒`,
  runHeader: (name, runs, years, seed, stoppedBy) =>
    `${name}: ${runs.toLocaleString('ja-JP')} 反復 × ${years} 年、シード ${seed}（${stoppedBy}）。年平均 ± 95% 信頼区間の半幅`,
  stoppedBy: { runs: '指定の反復をすべて実行', precision: '精度に達したため終了', cancelled: '中断（不完全）' },
  runColumns: ['比較案', '費用（円/年）', '重要業務の停止（時間/年）', '影響を受けた人（人/年）', '記者会見（年確率）'],
  precisionMet: (r) => `主要な推定値はすべて ±${r * 100}%（または下限の幅）以内です。`,
  precisionMissed: (missed, total, r) => `主要な推定値 ${total} 件のうち ${missed} 件はまだ ±${r * 100}%（または下限の幅）以内ではありません。result.json の "headline" を参照してください。`,
  written: (files) => `書き出したファイル: ${files.join('、')}`,
  comparisonsTitle: '対応のある比較（A − B、同じ反復どうし）:',
  comparisonColumns: ['A − B', '指標', '平均の差 [95%]', 'P(A<B)', 'P(A=B)', 'P(A>B)'],
  noCommand: 'コマンドを指定してください（machi --help を参照）',
  internalError: (message) => `内部エラー（報告をお願いします）: ${message}`,
  tooManyYears: (value, maximum) =>
    `--years には ${maximum.toLocaleString('ja-JP')} 以下を指定してください（"${value}" が指定されました）。再現期間は ${maximum.toLocaleString('ja-JP')} 年まで示します。より長い検討には反復を長くするのではなく --runs を増やしてください`,
  workersReduced: (requested, processors) =>
    `--workers ${requested} はこのマシンで使えるプロセッサ数 ${processors} を超えるため、${processors} で実行します（結果はワーカー数によらず同じです）`,
  tableTooLarge: (s) =>
    `--runs ${s.runs.toLocaleString('ja-JP')} × --years ${s.years} × 比較案 ${s.variants} では、反復ごとの表に約 ${formatBytes(s.needed)} のメモリが必要です（反復・年・比較案あたり ${s.perRow} バイト）。ここでの上限は ${formatBytes(s.limit)} です（4 GiB、かつこのマシンのメモリの 4 分の 1 まで）。--runs か --years を減らしてください（--precision を指定したときも --runs 分を確保します）`,
  eventLimit: (limit, year, subject) =>
    `シミュレーションを中止しました: 模擬年 ${year} の事象が ${limit.toLocaleString('ja-JP')} 件を超えました（次の事象: ${subject}）。プリセットでも年に数百件までです。シナリオの発生率や人数・台数が大きすぎます`,
  interrupted: (command, written) =>
    written === undefined
      ? `中断しました（Ctrl-C）: ${command} を止めました。ファイルは何も書き出していません`
      : `中断しました（Ctrl-C）: ${command} は書き出しを終えていました（${written.join('、')}）`,
  stalePartialsRemoved: (paths) => `書き出し中に強制終了された以前の実行が残した未完成のファイル ${paths.length} 件を削除しました: ${paths.join('、')}`,

  caseHelp: {
    command: 'シミュレーションした 1 年を、日付入りの仮想事例（図上訓練の台本）として Markdown と HTML で書き出す',
    replication: '事例にする反復の番号、0 以上の整数（--year と一緒に指定）',
    year: '事例にする年、0 から数える（--replication と一緒に指定）',
    pick: '年の選び方: typical（中央値の年）、worst（最大の年）、p99（100 年に 1 度の年）、action:<対応>（その対応が必要になった年の中央値）',
    by: '--pick で比べる指標（既定 costYen）',
    runs: '--pick で年を選ぶモンテカルロの反復回数（既定 1000）',
    out: '事例（case.md、case.html、figures/*.svg）を書き出すフォルダ（省略すると Markdown を標準出力に出す）',
  },
  caseModeMissing: '--replication と --year、または --pick を指定してください',
  caseModeConflict: '--pick と --replication / --year は同時に指定できません',
  pickOnlyOption: (option) => `${option} は --pick と一緒に指定してください`,
  badPick: (value, actions) =>
    `--pick には typical、worst、p99、action:<対応> のいずれかを指定してください（対応: ${list(actions)}。"${value}" が指定されました）`,
  badCaseYear: (year, years) => `--year は --years（${years}）より小さくしてください（0 から数えます。${year} が指定されました）`,
  unknownMetric: (metric, known) => `指標 "${metric}" はありません（指標: ${list(known)}）`,
  noPickedYear: (rule, runs, years) => `${runs} 反復 × ${years} 年の中に ${rule} に当たる年がありません。--runs を増やしてください`,
  casePicked: (rule, by, value, replication, year) => `選んだ年: --replication ${replication} --year ${year}（--pick ${rule} --by ${by}、値 ${value}）`,
  caseReproduce: (command) => `同じ事例を作り直すコマンド: ${command}`,
};
