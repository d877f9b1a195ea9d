import { closestKey } from '../closest-key.ts';
import type { BoundReason, JsonExpected, Primitive, Received, SizeParams } from '../issue.ts';
import { formatNumberish, literal, quote } from '../quote.ts';
import { yamlPhraseJa } from './ja-yaml.ts';
import type { Locale } from './locale.ts';
import type { ReferenceKind } from '../../vocabulary/custom-issue-keys.ts';
import type { RangeProblemCode } from '../../schema/range.ts';

const TYPES: Record<string, string> = {
  string: '文字列', number: '数値', int: '整数', bigint: '整数', boolean: '真偽値（true か false）',
  null: 'null', array: 'リスト', tuple: 'リスト', object: 'マップ', record: 'マップ', date: '日付',
};

const FORMATS: Record<string, string> = {
  email: 'メールアドレス', url: 'URL', uuid: 'UUID', date: '日付（YYYY-MM-DD）', datetime: '日時（ISO 8601）',
  time: '時刻（HH:MM:SS）', duration: '期間（ISO 8601）', ipv4: 'IPv4 アドレス', ipv6: 'IPv6 アドレス',
  cidrv4: 'IPv4 の範囲', cidrv6: 'IPv6 の範囲',
};

const JSON_EXPECTED: Record<JsonExpected, string> = {
  value: '値', key: 'ダブルクォートで囲んだプロパティ名', colon: '":"', commaOrBrace: '"," か "}"',
  commaOrBracket: '"," か "]"', digit: '数字', quote: '閉じるダブルクォート', end: 'ファイルの終わり',
};

const ASCII = /[\x21-\x7e]/;
const OPEN_OR_CLOSE = /[（）「」、。：？！・\s]/;

/** The things a scenario's ids can name, as a message calls them. */
const REFERENCE_KINDS: Record<ReferenceKind, string> = {
  site: 'サイト', vendor: 'ベンダー', system: 'システム', link: '回線', zone: 'ゾーン', powerRegion: '電力区域',
  leakCause: '漏えいの原因', policy: 'ポリシー',
  applicationPackage: 'アプリケーションパッケージ',
};

type RangeParams = { value: number; low: number; high: number; shape: string; meaning: string };
const RANGE_PROBLEM_JA: Record<RangeProblemCode, (what: string, p: RangeParams) => string> = {
  'not-finite': (what) => cat(what, 'には有限の数を指定してください'),
  'inverted-bounds': (what) => cat(what, 'の下限 low は上限 high より小さくしてください'),
  'value-outside-range': (what, p) => cat('値', formatNumberish(p.value), 'が', what, 'の外にあります。範囲は値を含むようにしてください'),
  'coverage-not-probability': (what) => cat(what, 'の meaning は min-max か百分率にしてください'),
  'unknown-shape': (what) => cat(what, 'の shape は uniform、log-uniform、triangular、lognormal のいずれかにしてください'),
  'needs-positive-range': (what, p) => cat(p.shape, 'の範囲は 0 < 下限 にしてください（', what, '）'),
  'needs-interval': (what) => cat('対数正規分布には最小・最大がありません。', what, 'は区間で指定してください（例: meaning: 90%）'),
  'outside-domain': (what) => cat(what, 'はこの数が取りえない値に届きます。範囲を狭めるか、shape や meaning を変えてください'),
  'whole-number': () => '物の個数は分析で固定されます。範囲は指定できません',
};


/**
 * Joins message parts, putting a space between Japanese text and Latin text or numbers the way
 * Japanese technical writing does (`文字列 "abc" が`), but not next to full-width punctuation.
 */
function cat(...parts: string[]): string {
  let out = '';
  for (const part of parts) {
    const a = out.at(-1);
    const b = part[0];
    const touchesAscii = (a !== undefined && ASCII.test(a)) || (b !== undefined && ASCII.test(b));
    const space = a !== undefined && b !== undefined && touchesAscii && !OPEN_OR_CLOSE.test(a) && !OPEN_OR_CLOSE.test(b);
    out += space ? ` ${part}` : part;
  }
  return out;
}

const type = (name: string): string => TYPES[name] ?? name;

const WHY: Record<BoundReason, string> = {
  annualRate: '1 日 1 件を超えると、検討すべき事故ではなく日常業務です（1 件ずつシミュレーションします）',
  persons: 'どの自治体の人口よりも多い人数です',
  yen: 'どの自治体の予算も超える額です（年の合計を 1 円単位まで正確に保つための上限です）',
  simulatedOneByOne: '1 つずつシミュレーションします',
  quantity: 'これより大きい値は入力の誤りと考えられ、合計があふれます',
  listItems: '自治体では数十件程度で、1 件ずつシミュレーションします',
  variants: '比較案はすべての組を比較します',
  nameLength: '名前は短い 1 行です',
  textLength: 'これより長い文章は文書の貼り付けです',
  regionRadius: '日本より広い震源域は震源域ではありません',
  earthquakeDepth: '地震は深さ約 700 km より深くでは起きません',
};

const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const isBreak = (codePoint: string): boolean => codePoint === 'U+000A' || codePoint === 'U+0009';

function received(r: Received): string {
  switch (r.kind) {
    case 'string': return `文字列 ${quote(String(r.value))}`;
    case 'number': return `数値 ${formatNumberish(r.value as number)}`;
    case 'boolean': return `真偽値 ${String(r.value)}`;
    case 'null': return '空の値（null）';
    case 'array': return 'リスト';
    case 'object': return 'マップ';
  }
}

const got = (r: Received): string => cat('（', received(r), 'が指定されました）');
const list = (values: readonly Primitive[], max = 10): string =>
  values.slice(0, max).map(literal).join('、') + (values.length > max ? '、…' : '');

function size(p: SizeParams, bound: number, small: boolean): string {
  const n = formatNumberish(bound);
  const unit = p.origin === 'array' || p.origin === 'set' ? '件' : p.origin === 'string' ? '文字' : undefined;
  if (unit !== undefined) {
    const now = p.actual === undefined ? '' : cat('（現在', String(p.actual), `${unit}）`);
    if (p.exact) return cat('ちょうど', n, `${unit}必要です`, now);
    if (small) return cat(n, `${unit}${p.inclusive ? '以上' : 'より多く'}必要です`, now);
    return cat(n, `${unit}${p.inclusive ? '以下' : 'より少なく'}にしてください`, now);
  }
  const word = p.exact ? 'を' : small ? (p.inclusive ? '以上の値を' : 'より大きい値を') : p.inclusive ? '以下の値を' : 'より小さい値を';
  const now = p.actual === undefined ? '' : cat('（', formatNumberish(p.actual), 'が指定されました）');
  return cat(n, `${word}指定してください`, now);
}

/** Japanese wording of every issue. */
export const ja: Locale = {
  messages: {
    yamlSyntax: (p) => cat('YAML の構文エラー: ', yamlPhraseJa(p.yamlCode, p.detail) ?? p.detail),
    duplicateKey: (p) => cat('キー', quote(p.key), 'が重複しています'),
    forbiddenTag: (p) =>
      cat('タグ', p.tag, 'は使えません（シナリオファイルに書けるのは文字列・数値・真偽値・null・マップ・リストだけです）'),
    tagMismatch: (p) => cat('この値は', p.tag, 'として読めません'),
    complexKey: () => 'マップのキーには文字列か数値を書いてください',
    mergeKey: () => 'マージキー "<<" は使えません（項目を書き出すか、値全体をエイリアス *名前 で参照してください）',
    multipleDocuments: () => 'YAML ドキュメントは 1 ファイルに 1 つだけです。ここから 2 つ目が始まっています',
    unknownAlias: (p) => cat('エイリアス', `*${p.name}`, 'の参照先のアンカー', `&${p.name}`, 'が、これより前にありません'),
    recursiveAlias: (p) => cat('エイリアス', `*${p.name}`, 'が、自分を含むアンカー', `&${p.name}`, 'を参照しています（循環参照）'),
    aliasLimit: (p) =>
      cat('エイリアスの展開が多すぎます（上限', String(p.maxAliasCount), '回）。"billion laughs" 攻撃のファイルの可能性があります'),
    nestingTooDeep: () => '入れ子が深すぎます',
    jsonTrailingComma: () => 'JSON では最後の要素の後にカンマを置けません',
    jsonUnexpectedChar: (p) => cat('JSON の構文エラー: ', JSON_EXPECTED[p.expected], 'が必要ですが、', quote(p.found), 'があります'),
    jsonUnexpectedEnd: (p) => cat('JSON が途中で終わっています（', JSON_EXPECTED[p.expected], 'が必要です）'),
    jsonInvalidString: (p) =>
      p.reason === 'controlCharacter'
        ? 'JSON の文字列の中に改行やタブは直接書けません（\\n や \\t と書いてください）'
        : 'JSON の文字列のエスケープ（\\ の後の文字）が正しくありません',
    invalidType: (p) => cat(type(p.expected), 'が必要です', got(p.received)),
    missingField: (p) => cat('必須フィールド', quote(String(p.key)), 'がありません'),
    unknownField: (p) =>
      p.suggestion !== undefined
        ? cat('不明なフィールド', quote(p.key), 'です。', quote(p.suggestion), 'のことですか？')
        : cat('不明なフィールド', quote(p.key), 'です', p.allowed.length > 0 ? cat('（使えるフィールド: ', list(p.allowed), '）') : ''),
    moreUnknownFields: (p) => cat('ここから先にも、このマップには不明なフィールドがあと', p.count.toLocaleString('ja-JP'), '個あります'),
    invalidValue: (p) => cat(list(p.allowed, 20), p.allowed.length === 1 ? 'を指定してください' : 'のいずれかを指定してください', got(p.received)),
    invalidUnion: (p) => {
      const wanted = [...p.expected.map(type), ...p.allowed.map(literal)];
      const joined = wanted.flatMap((w, i) => (i === 0 ? [w] : [i === wanted.length - 1 ? 'または' : '、', w]));
      return cat(...joined, 'が必要です', got(p.received));
    },
    tooSmall: (p) => size(p, p.minimum, true),
    tooBig: (p) => size(p, p.maximum, false) + (p.why === undefined ? '' : `。${WHY[p.why]}`),
    invalidFormat: (p) => {
      const wanted =
        p.format === 'regex' ? cat('パターン', p.pattern ?? '', 'に一致する文字列')
        : p.format === 'starts_with' ? cat(quote(p.prefix ?? ''), 'で始まる文字列')
        : p.format === 'ends_with' ? cat(quote(p.suffix ?? ''), 'で終わる文字列')
        : p.format === 'includes' ? cat(quote(p.includes ?? ''), 'を含む文字列')
        : FORMATS[p.format] ?? cat(p.format, '形式の文字列');
      return cat(wanted, 'が必要です', got(p.received));
    },
    notMultipleOf: (p) => cat(formatNumberish(p.divisor), 'の倍数を指定してください', got(p.received)),
    invalidKey: (p, nested) => cat('キー', quote(p.key), 'は使えません: ', nested(p.reason)),
    unknownReference: (p) => {
      const guess = closestKey(p.id, p.known);
      const head = cat(REFERENCE_KINDS[p.kind], quote(p.id), 'は定義されていません');
      if (guess !== undefined) return cat(head, '。', quote(guess), 'のことですか？');
      return cat(head, p.known.length > 0 ? cat('（定義済み: ', list(p.known), '）') : '（まだ 1 つも定義されていません）');
    },
    duplicateId: (p) => cat('ID', quote(p.id), 'が重複しています'),
    notIncreasing: (p) => cat('各値は前の値以上にしてください（', p.values.map(formatNumberish).join('、'), 'が指定されました）'),
    lognormalRange: (p) => cat('90% 範囲は 0 < 下限 < 上限 にしてください（', p.values.map(formatNumberish).join('、'), 'が指定されました）'),
    multiAzNeedsZones: (p) => cat('マルチ AZ 構成には、ゾーンが 2 つ以上あるパブリッククラウドのサイトが必要です（', quote(p.site), 'は該当しません）'),
    missingHostingKind: (p) => cat('ホスティング種別', quote(p.kind), 'の値がありません（サイト', quote(p.site), 'がこの種別です）'),
    sharesMustSumTo: (p) =>
      cat('割合の合計を', formatNumberish(p.expected), 'にしてください（現在の合計は', formatNumberish(p.sum), 'です）'),
    dateBeforeStart: (p) => cat('日付', p.at, 'がシナリオの開始日', p.startDate, 'より前です'),
    invalidDate: (p) => cat(quote(p.value), 'は有効な日付ではありません（YYYY-MM-DD の形で、実在する日付を指定してください）'),
    rangeReversed: (p) => cat(p.lowKey, `（${formatNumberish(p.low)}）`, 'は', p.highKey, `（${formatNumberish(p.high)}）`, 'より小さくしてください'),
    dateOutOfRange: (p) =>
      cat('日付', quote(p.value), 'は', p.earliest, 'から', p.latest, 'の範囲外です（',
        p.why === 'calendar' ? 'Machi が祝日を知っている年の範囲' : '開始日から最長の期間 1,000 年', '）'),
    oneOffCostNeedsLife: (p) => cat('一時費用（', formatNumberish(p.oneOffCostYen), '円）には、按分する年数 lifeYears が必要です'),
    measureConflict: (p) => cat('この対策は', quote(p.target), 'を設定しますが、ほかの対策か案そのものがすでに設定しています。どちらか一方にしてください'),
    facilityOutageNeedsHours: (p) =>
      cat('サイト', quote(p.site), p.why === 'rate' ? 'には設備障害があります（facilityOutageAnnualRate が 0 より大きい）' : 'には durationHours のない設備障害のイベントがあります', '。サイトの facilityOutageHours を指定してください'),
    rangeProblem: (p) => {
      const span = `[${formatNumberish(p.low)}, ${formatNumberish(p.high)}]`;
      const what = p.meaning === 'min-max' ? cat('最小〜最大の範囲', span) : cat(p.meaning, '区間（', p.shape, '）', span);
      return RANGE_PROBLEM_JA[p.problem](what, p);
    },
    eventAfterHorizon: (p) =>
      cat('この事象（', p.at, '）はシミュレーションする', String(p.years), '年間（', p.end, 'まで）の後にあり、起こりません。',
        String(p.yearsNeeded), '年以上シミュレーションする（--years', String(p.yearsNeeded), '）か、日付を変えてください'),
    regionUnreachable: (p) =>
      p.annualEventRate === null
        ? cat('震源域', quote(p.region), 'の地震は基準地点', quote(p.site), 'に震度6弱以上をもたらさないため、30 年確率に合わせられません。震源域の中か近くの基準地点を選ぶか、地点の位置と増幅率を確かめてください')
        : cat('震源域', quote(p.region), 'は基準地点', quote(p.site), 'の 30 年確率に合わせるには年', formatNumberish(Number(p.annualEventRate.toPrecision(3))), '回の地震が必要です（上限', formatNumberish(p.maximum), '回）。震源域に近い基準地点を選ぶか、地点の位置と増幅率を確かめてください'),
    fileTooLarge: (p) =>
      cat('ファイルが', megabytes(p.bytes), 'あります。シナリオファイルは', megabytes(p.maximumBytes), 'までです（自治体のシナリオは数十 KB です）'),
    tooManyLines: (p) =>
      cat('ファイルが', p.lines.toLocaleString('ja-JP'), '行あります。シナリオファイルは', p.maximumLines.toLocaleString('ja-JP'), '行までです（自治体のシナリオは数千行です）'),
    notUtf8: (p) =>
      p.encoding === 'UTF-16'
        ? 'このファイルは UTF-8 ではなく UTF-16 です。UTF-8 で保存し直してください（メモ帳では「名前を付けて保存」で文字コード「UTF-8」を選びます）'
        : 'このファイルは UTF-8 ではありません。ここからの文字は Shift_JIS（古い Windows のソフトの保存形式）のようです。UTF-8 で保存し直してください（メモ帳では「名前を付けて保存」で文字コード「UTF-8」を選びます）',
    forbiddenKey: (p) => cat('キー', quote(p.key), 'は使えません（JavaScript では黙って捨てられます）。名前を変えてください'),
    controlCharacter: (p) =>
      isBreak(p.codePoint)
        ? cat('名前は 1 行です。', String(p.index), '文字目の改行またはタブ（', p.codePoint, '）を取り除いてください')
        : cat(String(p.index), '文字目の', p.codePoint, 'は制御文字または見えない文字で、文字ではありません。取り除いてください'),
    custom: (p) => p.message,
  },
  unknownCode: (code) => cat('値が正しくありません（', code, '）'),
};
