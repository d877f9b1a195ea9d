import { formatBytes } from '../format-bytes.ts';
import type { Messages } from '../messages.ts';
import { numberRanges } from '../number-ranges.ts';
import { studyQueueJa } from './study-queue-ja.ts';
import { studyJa } from './study-ja.ts';

const list = (items: readonly string[]) => items.join(', ');
const didYouMean = (s: string | undefined) => (s === undefined ? '' : `（${s} のことですか？）`);
const ranges = (xs: readonly number[]) => numberRanges(xs, '、');
const BASIS_KINDS = { law: '法令', guideline: 'ガイドライン', practice: '自治体の実務', 'town-decision': '町の決定', assumption: '仮定' } as const;
const RULES = {
  integer: '整数',
  nonNegative: '0 以上の整数',
  positive: '1 以上の整数',
} as const;

export const ja: Messages = {
  help: {
    program: '自治体の情報システムの事故をシミュレーションします（シナリオ・プリセット・対応基準）。',
    lang: 'メッセージとレポートの言語: ja または en（既定は環境変数 LC_ALL・LANG が ja で始まれば ja、ほかの値なら en、未設定なら ja）',
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
    run: 'すべての比較案をモンテカルロ・シミュレーションし、結果とレポートを --out のフォルダに書き出す（下の一覧）',
    compare: 'run と同じ。比較案どうしの対応のある比較を先に表示する',
    variants: '実行する比較案（カンマ区切り、既定はすべて）',
    runs: '反復回数（--precision を指定したときは上限）',
    runSeed: '乱数のシード、整数',
    workers: 'ワーカースレッド数（既定はコア数、最大 8。プロセッサ数を超えない）',
    precision: '主要な推定値の 95% 信頼区間の相対半幅がこの値以下になったら止める（例 0.05）',
    out: '結果を書き出すフォルダ（必須）',
    resume: '強制終了などで中断した実行を、--out のフォルダにあるチェックポイントから続ける（中断しなかった実行と同じバイト列になる）',
    queue: 'この Redis のジョブキューを通じて、machi worker のプロセスにシャードを計算させる（redis://[:パスワード@]ホスト:ポート、TLS は rediss://）',
    shards: '--queue のときに実行を分けるシャードの数（既定は 250 反復ごとに 1 つ）',
    incidents: 'incidents.csv（インシデント 1 件ごとの表）も書き出す（全反復を 1 スレッドでもう一度シミュレーションするため、--workers 1 の実行と同じくらい時間がかかる）',
    png: '各図を SVG と同じ場所に PNG でも書き出す（figures/*.png、SVG の 2 倍の大きさ、日本語フォント同梱）',
    shard: '実行のシャードを 1 つ計算し、シャードのフォルダに書き出す（バッチスケジューラのアレイジョブ用）',
    index: '計算するシャードの番号、0 から（例 $JOB_COMPLETION_INDEX、$SLURM_ARRAY_TASK_ID）',
    count: '実行を分けるシャードの数',
    shardsOut: 'シャードのファイルを書き出すフォルダ（必須）',
    merge: 'シャードのファイルのフォルダを統合し、実行の結果とレポートを書き出す（machi run と同じバイト列）',
    shardsFolder: 'machi shard が書き出したシャードのファイルのフォルダ',
    worker: 'machi run --queue が登録したシャードと machi uncertainty|sensitivity --queue の前提の組を、止められるまで（SIGTERM または Ctrl-C）計算し続ける',
    workerQueue: 'Redis のジョブキュー: redis://[ユーザー:パスワード@]ホスト:ポート[/DB 番号]、TLS は rediss://（必須）',
    workerThreads: '1 つのシャードを計算するワーカースレッド数（既定はコア数、最大 8）',
    stalledSeconds: '強制終了したワーカーのシャードを別のワーカーに渡すまでの秒数（既定 30）',
    measures: '各案の対策ごとの効果: 対策あり・なしの停止時間・データ喪失・費用と、防いだ停止 1 時間あたりの費用',
    measuresOut: 'measures.md、measures.html、measures.csv を書き出すフォルダ（省略すると Markdown を標準出力に出す）',
    calibrate: 'プリセットを全国1,741市区町村に拡大し、全国の年間件数の観測値と照合する（表を出力）',
    calibrateRuns: '照合で模擬する各プリセット・ホスティング案の試行数',
    calibrateOut: 'calibration.json・calibration.md・calibration.html も書き出すフォルダ',
    runWrites: [
      '--out のフォルダに書き出すファイル:',
      '  report.html              レポート（1 ファイルで完結、A4 で印刷可）',
      '  report.md, figures/*.svg レポートの Markdown と図',
      '  assumptions.html         付録: シナリオのすべての数値と値・出典',
      '  assumptions.csv          同じ一覧の CSV（UTF-8 BOM 付き）',
      '  result.json              すべての計算結果',
      '  replications.csv         反復・年ごとの値（Excel 用、UTF-8 BOM 付き）',
      '  exceedance.csv           何年に 1 度の値（VaR・TVaR）、案・指標・AEP/OEP・再現期間ごと',
      '  summary.csv              案ごとに 1 行の要約',
      '  scenario.resolved.json   既定値を埋めたシナリオ（同じ結果を作り直すため）',
      '  incidents.csv            --incidents のとき: インシデント 1 件ごとの表',
      '  figures/*.png            --png のとき: 各図の PNG',
    ].join('\n'),
    classifyJson: '表の代わりに JSON で出力する（スクリプト用）',
    classifyInput: [
      '事故の結果のファイル（YAML または JSON）の項目:',
      '  kinds                  事故の種類の一覧: leak（漏えい）、loss（滅失）、damage（毀損）、outage（停止）（必須）',
      '  personsAffected        影響を受けた本人の数、0 以上の整数（必須）',
      '  dataClasses            データの区分: general、sensitive、ordinanceSensitive、myNumber、financial（既定 なし）',
      '  maliciousIntent        不正の目的によるか（既定 false）',
      '  directHarm             財産的被害など直接の害があるか（既定 false）',
      '  highlyEncrypted        高度な暗号化で保護されていたか（既定 false）',
      '  recoveredUnviewed      第三者が見る前に回収したか（既定 false）',
      '  criticalDowntimeHours  重要業務が止まった時間（既定 0）',
      'machi simulate の出力の outcomes の 1 件もそのまま使えます。例: examples/leak-outcome.yaml',
    ].join('\n'),
  },
  scenarioOk: (file, name, sites, systems, variants) =>
    `OK: ${file} — ${name}、拠点 ${sites}、システム ${systems}、比較案 ${variants.length}（${list(variants)}）`,
  policyOk: (file, id, rules, parent) =>
    `OK: ${file} — 対応基準 ${id}、規則 ${rules}${parent === undefined ? '' : `（${parent} を継承）`}`,
  presetColumns: ['名前', '町', '人口', '比較案'],
  sourceColumns: ['パス', '値', '出典'],
  provenanceCount: (sourced, assumed, total) => `出典あり ${sourced} / 仮定 ${assumed} / 合計 ${total}`,
  distinctFactCount: (sourced, assumed, total, percent) =>
    `異なる事実（値と引用文献の組、仮定は文面で区別）: 出典あり ${sourced} / 仮定 ${assumed} / 合計 ${total}、出典ありの割合 ${percent}`,
  citedReferences: '上の出典が引用する文献:',

  badLang: (value) => `--lang には ja または en を指定してください（"${value}" が指定されました）`,
  notFileOrPreset: (arg, presets) => `"${arg}" はファイルでもプリセットでもありません（プリセット: ${list(presets)}）`,
  unknownPreset: (name, presets) => `プリセット "${name}" はありません（プリセット: ${list(presets)}）`,
  notFileOrPolicy: (arg, policies) =>
    `"${arg}" はファイルでも組み込みの対応基準でもありません（対応基準: ${list(policies)}）`,
  cannotRead: (file, reason) => `${file} を読めません: ${reason}`,
  cannotWrite: (folder, reason) => `${folder} に結果を書き出せません: ${reason}`,
  pngUnavailable: (reason) => `--png には @machi/report/node の PNG 描画が必要です（パッケージとともにインストールされ、machi.mjs には含まれません）: ${reason}。何も書き出していません。`,
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
    `${name}: ${runs.toLocaleString('ja-JP')} 反復 × ${years} 年、シード ${seed}（${stoppedBy}）。年平均と 95% 信頼区間`,
  stoppedBy: { runs: '指定の反復をすべて実行', precision: '精度に達したため終了', cancelled: '中断（不完全）' },
  runColumns: ['比較案', '年間費用（95% 区間）', '重要業務の停止（年）', '影響を受けた人（年）', '記者会見（年確率）'],
  estimate: (value, interval) => `${value}（${interval}）`,
  precisionMet: (r) => `主要な推定値はすべて ±${r * 100}%（または下限の幅）以内です。`,
  precisionMissed: (missed, total, r) => `主要な推定値 ${total} 件のうち ${missed} 件はまだ ±${r * 100}%（または下限の幅）以内ではありません。result.json の "headline" を参照してください。`,
  written: (files) => `書き出したファイル: ${files.join('、')}`,
  comparisonsTitle: '対応のある比較（A − B、同じ反復どうし）:',
  comparisonColumns: ['A − B', '指標', '平均の差（95% 区間）', 'P(A<B)', 'P(A=B)', 'P(A>B)'],
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

  outNotFolder: (out, file) => `--out ${out} はフォルダでなければなりませんが、${file} はファイルです`,
  removedPartials: (folder, names) => `以前に中断された実行が ${folder} に残した書きかけのファイル ${names.length} 個を削除しました: ${list(names)}`,
  optionsConflict: (a, b) => `${a} と ${b} は同時に指定できません`,
  optionNeeds: (option, needed) => `${option} は ${needed} と一緒に指定してください`,
  workersWithQueue: '--queue のときは --workers は効きません。各 machi worker に指定してください',
  resuming: (n, runs, folder) => `再開します: ${runs.toLocaleString('ja-JP')} 反復のうち ${n.toLocaleString('ja-JP')} 反復がチェックポイント ${folder} にあります`,
  checkpointExists: (folder) => `${folder} に中断した実行のチェックポイントがあります。続けるには --resume を付け、最初からやり直すにはこのフォルダを削除してください`,
  checkpointStale: (folder, field, expected, got) =>
    `チェックポイント ${folder} は別の計算のものです（${field} が ${got}、この実行は ${expected}）。作ったときのオプションで実行するか、削除してください`,
  checkpointCorrupted: (file, reason) => `チェックポイントのファイル ${file} が壊れています（${reason}）。削除して --resume で再実行すると、その分を計算し直します`,

  badShardIndex: (index, count) => `--index は --count（${count}）より小さくしてください（0 から数えます。${index} が指定されました）`,
  badShardCount: (count, most) => `シャードの数は 1 から ${most}（この実行の 25 反復ずつのブロックの数）までにしてください（${count} が指定されました）`,
  shardWritten: (file, index, count, first, n) =>
    `書き出したファイル: ${file}（${count} 個のうちシャード ${index}: 反復 ${first.toLocaleString('ja-JP')} 〜 ${(first + n - 1).toLocaleString('ja-JP')}）`,
  noShards: (folder) => `${folder} にシャードのファイル（machi shard が書き出す *.machi.gz）がありません`,
  shardCorrupted: (file, reason) => `シャードのファイル ${file} が壊れています: ${reason}`,
  shardOtherVersion: (file, version, own) => `シャードのファイル ${file} は machi ${version} で作られました。同じバージョンで統合してください（これは machi ${own} です）`,
  shardRefused: (file, why) => `シャードのファイル ${file} はほかのシャードと組み合わせられません: ${why}`,
  shardOtherStudy: (field, got, expected, reference) =>
    `別の計算のものです（${field} が ${got}${reference === undefined ? `、期待は ${expected}` : `、${reference} は ${expected}`}）`,
  shardOtherCount: (got, expected, reference) =>
    `${got} 個に分けたうちの 1 つです${reference === undefined ? `（期待は ${expected} 個）` : `（${reference} は ${expected} 個に分けたうちの 1 つ）`}`,
  shardOtherIndex: (got, expected) => `シャード ${got} です（期待はシャード ${expected}）`,
  shardDuplicate: (index, first, second) => `シャード ${index} が 2 つあります: ${first} と ${second}。1 つだけ残してください`,
  shardsMissing: (folder, missing, count) => `${folder} には ${count} 個のうち ${missing.length} 個のシャードがありません: ${ranges(missing)}`,
  merged: (count, folder) => `${folder} のシャード ${count} 個を統合しました。`,

  badQueueUrl: (reason) => `--queue: ${reason}`,
  redisUnreachable: (url, reason) => `${url} の Redis に接続できません: ${reason}。何も書き出していません。`,
  redisLost: (url, reason) =>
    `${url} の Redis との接続が切れました（${reason}）。何も書き出していません。同じコマンドをもう一度実行すると、計算済みのシャードを再利用します。`,
  shardsReused: (finished, count) => `この実行のシャード ${count} 個のうち ${finished} 個は計算済みのため再利用します`,
  noQueueWorker: (queue, url) => `キュー ${queue} を処理するワーカーがまだいません。次のコマンドで起動してください: machi worker --queue ${url}`,
  shardFailed: (index, count, reason) => `${count} 個のうちシャード ${index} がワーカーで失敗しました: ${reason}`,
  shardDamaged: (index, count, reason) => `${count} 個のうちシャード ${index} がキューから壊れた状態で返ってきました: ${reason}`,
  workerServing: (queue, url, threads) => `${url} のキュー ${queue} を ${threads} スレッドで処理します`,
  shardStarted: (index, count, study) => `${study} のシャード ${index}/${count}: 開始`,
  shardDone: (index, count, study, seconds) => `${study} のシャード ${index}/${count}: ${seconds.toFixed(1)} 秒で完了`,
  jobRefused: (id, reason) => `ジョブ ${id} を拒否しました: ${reason}`,
  workerStopping: '処理中のシャードが終わったら停止します（もう一度シグナルを送るとすぐに停止します）',
  workerStopped: (shards) => `シャードを ${shards} 個計算して停止しました。`,

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
  schemaFileHint: (file) => `エディターはこのファイルを ${file} で検査・補完します。同じフォルダーに  machi schema > ${file}  で書き出してください`,

  classify: {
    columns: ['対応', '期限', '規則'],
    deadline: (stage, days) => `${stage === 'preliminary' ? '速報' : '確報'} ${days} 日以内`,
    listSeparator: '、',
    basisHeading: '根拠:',
    basis: (rule, kind, confirmed, text, source) =>
      `${rule}（${BASIS_KINDS[kind]}${confirmed ? '' : '、未確認'}）: ${text}${source === undefined ? '' : `（出典: ${source}）`}`,
    noActions: 'この対応基準が求める対応はありません。',
  },
  study: studyJa,
  studyQueue: studyQueueJa,
};
