import { formatBytes } from '../format-bytes.ts';
import type { StudyQueueMessages } from './study-queue-messages.ts';

const sets = (first: number, last: number, total: number) =>
  first === last ? `前提の組 ${total.toLocaleString('ja-JP')} 通りのうち ${first}` : `前提の組 ${total.toLocaleString('ja-JP')} 通りのうち ${first}〜${last}`;

/** 待ち行列で計算する検討と、そのメモリの確認のことば（日本語）。 */
export const studyQueueJa: StudyQueueMessages = {
  help: {
    queue: 'この Redis のジョブ待ち行列を通じて、machi worker のプロセスで前提の組を計算します（redis://[:パスワード@]ホスト:ポート、TLS は rediss://）',
    shards: '--queue のとき、前提の組の各段階をいくつのジョブに分けるか（既定: 前提の組 4 通りごとに 1 つ）',
    inputSetRange: '前提の組 A..B（0 から数え、0 は基準の組）だけを計算して --out にシャードのファイルとして書き出す（バッチスケジューラのアレイジョブ用）',
    merge: '前提の組を計算する代わりに、このフォルダのシャードのファイル（--input-set-range で書き出したもの）から読み込む',
  },
  jobsReused: (finished, count) => `この検討のジョブ ${count} 件のうち ${finished} 件は計算済みだったため、再利用しました`,
  jobFailed: (first, last, total, reason) => `${sets(first, last, total)} がワーカーで失敗しました: ${reason}`,
  jobDamaged: (first, last, total, reason) => `${sets(first, last, total)} の結果が壊れた状態で待ち行列から戻りました: ${reason}`,
  jobStarted: (first, last, total, study) => `${study} の${sets(first, last, total)}: 開始`,
  jobDone: (first, last, total, study, seconds) => `${study} の${sets(first, last, total)}: ${seconds.toFixed(1)} 秒で完了`,
  workerStopped: (shards, jobs) => `シャード ${shards} 個と検討のジョブ ${jobs} 件を計算して停止しました。`,
  studyTooLarge: (s) =>
    `前提の組 ${s.inputSets.toLocaleString('ja-JP')} 通り × 試行 ${s.replications} 回 × 比較案 ${s.variants} × ${s.years} 年（範囲をもつ数値 ` +
    `${s.inputs.toLocaleString('ja-JP')} 個）では、約 ${formatBytes(s.needed)} のメモリが必要です。ここでの上限は ${formatBytes(s.limit)} です` +
    `（4 GiB、かつこのマシンのメモリの 4 分の 1 まで）。${s.options.join('、')} で検討を小さくしてください`,
  badInputSetRange: (value) => `--input-set-range は A..B（0 以上の整数で A <= B）で指定してください。指定値: "${value}"`,
  rangePastStudy: (first, last, total) => `--input-set-range ${first}..${last} は検討の前提の組 ${total} 通り（0..${total - 1}）を超えています`,
  studyShardWritten: (file, first, last, total) => `書き出しました: ${file}（${sets(first, last, total)}）`,
  noStudyShards: (folder) => `${folder} に検討のシャードのファイル（--input-set-range で書き出す study-*.json）がありません`,
  studyShardRefused: (file, why) => `シャードのファイル ${file} はこの検討のものではありません: ${why}`,
  studyShardsIncomplete: (folder, reason) => `${folder} のシャードのファイルに、前提の組がちょうど1回ずつそろっていません: ${reason}`,
};
