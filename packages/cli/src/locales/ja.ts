import type { Messages } from '../messages.ts';

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
    years: 'シミュレーションする年数',
    trace: '因果の記録（トレース）を含める',
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
  unknownVariant: (variant, known) => `比較案 "${variant}" はありません（比較案: ${list(known)}）`,
  badInteger: (option, value, rule) => `${option} には${RULES[rule]}を指定してください（"${value}" が指定されました）`,
  unknownOption: (flag, suggestion) => `${flag} というオプションはありません${didYouMean(suggestion)}`,
  unknownCommand: (name, suggestion) => `"${name}" というコマンドはありません${didYouMean(suggestion)}（machi --help を参照）`,
  missingArgument: (name) => `引数 <${name}> を指定してください`,
  optionMissingArgument: (flags) => `オプション ${flags} に値を指定してください`,
  missingOption: (flags) => `オプション ${flags} を指定してください`,
  excessArguments: (command, expected, received) =>
    `${command} の引数が多すぎます（${expected} 個のところ ${received} 個）`,
  noCommand: 'コマンドを指定してください（machi --help を参照）',
  internalError: (message) => `内部エラー（報告をお願いします）: ${message}`,
};
