import { describe, expect, it } from 'vitest';
import { issueMessage, type Lang } from '../format-issues.ts';
import type { IssueCode, IssueParams } from '../issue.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';
import type { Locale } from './locale.ts';

const str = (value: string) => ({ kind: 'string', value }) as const;
const size = { origin: 'number', inclusive: true, exact: false, actual: 0 };

/** One sample per code (several for codes whose wording branches). */
const SAMPLES: { [C in IssueCode]: IssueParams[C][] } = {
  yamlSyntax: [
    { yamlCode: 'BAD_INDENT', detail: 'All mapping items must start at the same column' },
    { yamlCode: 'IMPOSSIBLE', detail: 'Some new parser message' },
  ],
  duplicateKey: [{ key: 'name' }],
  forbiddenTag: [{ tag: '!!js/function' }],
  tagMismatch: [{ tag: '!!int' }],
  complexKey: [{}],
  mergeKey: [{}],
  multipleDocuments: [{}],
  unknownAlias: [{ name: 'base' }],
  recursiveAlias: [{ name: 'base' }],
  aliasLimit: [{ maxAliasCount: 100 }],
  nestingTooDeep: [{}],
  jsonTrailingComma: [{}],
  jsonUnexpectedChar: [{ found: "'", expected: 'key' }],
  jsonUnexpectedEnd: [{ expected: 'commaOrBrace' }],
  jsonInvalidString: [{ reason: 'controlCharacter' }, { reason: 'invalidEscape' }],
  invalidType: [
    { expected: 'int', received: { kind: 'number', value: 1.5 } },
    { expected: 'object', received: { kind: 'array' } },
    { expected: 'array', received: { kind: 'null', value: null } },
  ],
  missingField: [{ key: 'startDate' }],
  unknownField: [{ key: 'intervalHour', allowed: ['intervalHours'], suggestion: 'intervalHours' }, { key: 'x', allowed: [] }],
  invalidValue: [{ allowed: ['cloud'], received: str('clowd') }, { allowed: [1, 2, 3], received: { kind: 'number', value: 4 } }],
  invalidUnion: [{ expected: ['number', 'string'], allowed: [], received: { kind: 'object' } }],
  tooSmall: [
    { ...size, minimum: 1 },
    { ...size, inclusive: false, minimum: 0 },
    { origin: 'array', inclusive: true, exact: false, actual: 0, minimum: 1 },
    { origin: 'string', inclusive: true, exact: true, actual: 2, minimum: 3 },
  ],
  tooBig: [
    { ...size, actual: 1.5, maximum: 1 },
    { ...size, inclusive: false, actual: 1, maximum: 1 },
    { origin: 'array', inclusive: true, exact: false, actual: 5, maximum: 3 },
    { origin: 'string', inclusive: true, exact: false, maximum: 10 },
    { ...size, actual: 1e308, maximum: 365, why: 'annualRate' },
    { origin: 'string', inclusive: true, exact: false, actual: 20_000_000, maximum: 10_000, why: 'textLength' },
  ],
  invalidFormat: [
    { format: 'date', received: str('2027/04/01') },
    { format: 'starts_with', prefix: 'jp-', received: str('us-1') },
    { format: 'base64', received: str('!') },
  ],
  notMultipleOf: [{ divisor: 0.5, received: { kind: 'number', value: 0.3 } }],
  invalidKey: [{ key: 'Tokyo', reason: { code: 'invalidValue', params: { allowed: ['tokyo'], received: str('Tokyo') } } }],
  unknownReference: [
    { kind: 'system', id: 'registy', known: ['registry', 'tax'] },
    { kind: 'site', id: 'dc9', known: ['dc1', 'dc2'] },
    { kind: 'site', id: 'dc1', known: [] },
    { kind: 'powerRegion', id: 'kanto', known: ['tokyo'] },
  ],
  duplicateId: [{ id: 'registry' }],
  notIncreasing: [{ values: [72, 24, 48] }],
  lognormalRange: [{ values: [48, 2] }, { values: [0, 5] }],
  multiAzNeedsZones: [{ site: 'housing-dc' }],
  missingHostingKind: [{ kind: 'housing', site: 'housing-dc' }],
  sharesMustSumTo: [{ sum: 0.1 + 0.2, expected: 1 }],
  dateBeforeStart: [{ at: '2026-12-31', startDate: '2027-04-01' }],
  invalidDate: [{ value: '2027-02-30' }],
  custom: [{ message: 'Budget exceeds the annual cap' }],
  rangeReversed: [{ lowKey: 'minMagnitude', low: 7, highKey: 'maxMagnitude', high: 6.5 }],
  dateOutOfRange: [
    { value: '9999-12-31', earliest: '2000-01-01', latest: '2099-12-31', why: 'calendar' },
    { value: '3100-01-01', earliest: '2027-04-01', latest: '3027-03-31', why: 'longestHorizon' },
  ],
  eventAfterHorizon: [{ at: '2040-01-01T09:00', end: '2037-03-31', years: 10, yearsNeeded: 13 }],
  oneOffCostNeedsLife: [{ oneOffCostYen: 3_000_000 }],
  measureConflict: [{ target: 'links.housing-line.routes' }],
  facilityOutageNeedsHours: [{ site: 'housing-dc', why: 'rate' }, { site: 'townhall', why: 'scripted' }],
  rangeProblem: [
    { problem: 'value-outside-range', value: 0.5, low: 0.05, high: 0.3, shape: 'lognormal', meaning: '90%' },
    { problem: 'needs-interval', value: 1, low: 0.5, high: 2, shape: 'lognormal', meaning: 'min-max' },
  ],
  fileTooLarge: [{ bytes: 8_200_000, maximumBytes: 2_000_000 }],
  tooManyLines: [{ lines: 184_537, maximumLines: 50_000 }],
  moreUnknownFields: [{ count: 159_950 }, { count: 1 }],
  regionUnreachable: [
    { region: 'oshima', site: 'townhall', annualEventRate: null, maximum: 365 },
    { region: 'oshima', site: 'townhall', annualEventRate: 123456.789, maximum: 365 },
  ],
  notUtf8: [{ encoding: 'UTF-16' }, { encoding: 'Shift_JIS' }],
  forbiddenKey: [{ key: '__proto__' }],
  controlCharacter: [{ codePoint: 'U+001B', index: 5 }, { codePoint: 'U+000A', index: 3 }],
};

function every(lang: Lang): string {
  return Object.entries(SAMPLES)
    .flatMap(([code, samples]) => samples.map((params) => `${code}: ${issueMessage({ code, params }, lang)}`))
    .join('\n');
}

describe('locales', () => {
  it('ja and en word every issue code the same set of keys', () => {
    expect(Object.keys(ja.messages).sort()).toEqual(Object.keys(en.messages).sort());
    expect(Object.keys(ja.messages).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it('a locale missing a code does not type-check', () => {
    // @ts-expect-error every IssueCode needs a message
    const partial: Locale = { messages: { custom: (p) => p.message }, unknownCode: (code) => code };
    expect(typeof partial.unknownCode).toBe('function');
  });

  it('a code no locale knows still names the code', () => {
    expect([issueMessage({ code: 'brandNew', params: {} }, 'ja'), issueMessage({ code: 'brandNew', params: {} }, 'en')])
      .toEqual(['値が正しくありません（brandNew）', 'Invalid value (brandNew)']);
  });

  it('every Japanese message', () => {
    expect(every('ja')).toMatchInlineSnapshot(`
      "yamlSyntax: YAML の構文エラー: マップの項目のインデントが揃っていません
      yamlSyntax: YAML の構文エラー: Some new parser message
      duplicateKey: キー "name" が重複しています
      forbiddenTag: タグ !!js/function は使えません（シナリオファイルに書けるのは文字列・数値・真偽値・null・マップ・リストだけです）
      tagMismatch: この値は !!int として読めません
      complexKey: マップのキーには文字列か数値を書いてください
      mergeKey: マージキー "<<" は使えません（項目を書き出すか、値全体をエイリアス *名前 で参照してください）
      multipleDocuments: YAML ドキュメントは 1 ファイルに 1 つだけです。ここから 2 つ目が始まっています
      unknownAlias: エイリアス *base の参照先のアンカー &base が、これより前にありません
      recursiveAlias: エイリアス *base が、自分を含むアンカー &base を参照しています（循環参照）
      aliasLimit: エイリアスの展開が多すぎます（上限 100 回）。"billion laughs" 攻撃のファイルの可能性があります
      nestingTooDeep: 入れ子が深すぎます
      jsonTrailingComma: JSON では最後の要素の後にカンマを置けません
      jsonUnexpectedChar: JSON の構文エラー: ダブルクォートで囲んだプロパティ名が必要ですが、"'" があります
      jsonUnexpectedEnd: JSON が途中で終わっています（"," か "}" が必要です）
      jsonInvalidString: JSON の文字列の中に改行やタブは直接書けません（\\n や \\t と書いてください）
      jsonInvalidString: JSON の文字列のエスケープ（\\ の後の文字）が正しくありません
      invalidType: 整数が必要です（数値 1.5 が指定されました）
      invalidType: マップが必要です（リストが指定されました）
      invalidType: リストが必要です（空の値（null）が指定されました）
      missingField: 必須フィールド "startDate" がありません
      unknownField: 不明なフィールド "intervalHour" です。"intervalHours" のことですか？
      unknownField: 不明なフィールド "x" です
      invalidValue: "cloud" を指定してください（文字列 "clowd" が指定されました）
      invalidValue: 1、2、3 のいずれかを指定してください（数値 4 が指定されました）
      invalidUnion: 数値または文字列が必要です（マップが指定されました）
      tooSmall: 1 以上の値を指定してください（0 が指定されました）
      tooSmall: 0 より大きい値を指定してください（0 が指定されました）
      tooSmall: 1 件以上必要です（現在 0 件）
      tooSmall: ちょうど 3 文字必要です（現在 2 文字）
      tooBig: 1 以下の値を指定してください（1.5 が指定されました）
      tooBig: 1 より小さい値を指定してください（1 が指定されました）
      tooBig: 3 件以下にしてください（現在 5 件）
      tooBig: 10 文字以下にしてください
      tooBig: 365 以下の値を指定してください（1e+308 が指定されました）。1 日 1 件を超えると、検討すべき事故ではなく日常業務です（1 件ずつシミュレーションします）
      tooBig: 10000 文字以下にしてください（現在 20000000 文字）。これより長い文章は文書の貼り付けです
      invalidFormat: 日付（YYYY-MM-DD）が必要です（文字列 "2027/04/01" が指定されました）
      invalidFormat: "jp-" で始まる文字列が必要です（文字列 "us-1" が指定されました）
      invalidFormat: base64 形式の文字列が必要です（文字列 "!" が指定されました）
      notMultipleOf: 0.5 の倍数を指定してください（数値 0.3 が指定されました）
      invalidKey: キー "Tokyo" は使えません: "tokyo" を指定してください（文字列 "Tokyo" が指定されました）
      unknownReference: システム "registy" は定義されていません。"registry" のことですか？
      unknownReference: サイト "dc9" は定義されていません（定義済み: "dc1"、"dc2"）
      unknownReference: サイト "dc1" は定義されていません（まだ 1 つも定義されていません）
      unknownReference: 電力区域 "kanto" は定義されていません（定義済み: "tokyo"）
      duplicateId: ID "registry" が重複しています
      notIncreasing: 各値は前の値以上にしてください（72、24、48 が指定されました）
      lognormalRange: 90% 範囲は 0 < 下限 < 上限 にしてください（48、2 が指定されました）
      lognormalRange: 90% 範囲は 0 < 下限 < 上限 にしてください（0、5 が指定されました）
      multiAzNeedsZones: マルチ AZ 構成には、ゾーンが 2 つ以上あるパブリッククラウドのサイトが必要です（"housing-dc" は該当しません）
      missingHostingKind: ホスティング種別 "housing" の値がありません（サイト "housing-dc" がこの種別です）
      sharesMustSumTo: 割合の合計を 1 にしてください（現在の合計は 0.3 です）
      dateBeforeStart: 日付 2026-12-31 がシナリオの開始日 2027-04-01 より前です
      invalidDate: "2027-02-30" は有効な日付ではありません（YYYY-MM-DD の形で、実在する日付を指定してください）
      custom: Budget exceeds the annual cap
      rangeReversed: minMagnitude（7）は maxMagnitude（6.5）より小さくしてください
      dateOutOfRange: 日付 "9999-12-31" は 2000-01-01 から 2099-12-31 の範囲外です（Machi が祝日を知っている年の範囲）
      dateOutOfRange: 日付 "3100-01-01" は 2027-04-01 から 3027-03-31 の範囲外です（開始日から最長の期間 1,000 年）
      eventAfterHorizon: この事象（2040-01-01T09:00）はシミュレーションする 10 年間（2037-03-31 まで）の後にあり、起こりません。13 年以上シミュレーションする（--years 13）か、日付を変えてください
      oneOffCostNeedsLife: 一時費用（3000000 円）には、按分する年数 lifeYears が必要です
      measureConflict: この対策は "links.housing-line.routes" を設定しますが、ほかの対策か案そのものがすでに設定しています。どちらか一方にしてください
      facilityOutageNeedsHours: サイト "housing-dc" には設備障害があります（facilityOutageAnnualRate が 0 より大きい）。サイトの facilityOutageHours を指定してください
      facilityOutageNeedsHours: サイト "townhall" には durationHours のない設備障害のイベントがあります。サイトの facilityOutageHours を指定してください
      rangeProblem: 値 0.5 が 90% 区間（lognormal）[0.05, 0.3] の外にあります。範囲は値を含むようにしてください
      rangeProblem: 対数正規分布には最小・最大がありません。最小〜最大の範囲 [0.5, 2] は区間で指定してください（例: meaning: 90%）
      fileTooLarge: ファイルが 8.2 MB あります。シナリオファイルは 2.0 MB までです（自治体のシナリオは数十 KB です）
      tooManyLines: ファイルが 184,537 行あります。シナリオファイルは 50,000 行までです（自治体のシナリオは数千行です）
      moreUnknownFields: ここから先にも、このマップには不明なフィールドがあと 159,950 個あります
      moreUnknownFields: ここから先にも、このマップには不明なフィールドがあと 1 個あります
      regionUnreachable: 震源域 "oshima" の地震は基準地点 "townhall" に震度6弱以上をもたらさないため、30 年確率に合わせられません。震源域の中か近くの基準地点を選ぶか、地点の位置と増幅率を確かめてください
      regionUnreachable: 震源域 "oshima" は基準地点 "townhall" の 30 年確率に合わせるには年 123000 回の地震が必要です（上限 365 回）。震源域に近い基準地点を選ぶか、地点の位置と増幅率を確かめてください
      notUtf8: このファイルは UTF-8 ではなく UTF-16 です。UTF-8 で保存し直してください（メモ帳では「名前を付けて保存」で文字コード「UTF-8」を選びます）
      notUtf8: このファイルは UTF-8 ではありません。ここからの文字は Shift_JIS（古い Windows のソフトの保存形式）のようです。UTF-8 で保存し直してください（メモ帳では「名前を付けて保存」で文字コード「UTF-8」を選びます）
      forbiddenKey: キー "__proto__" は使えません（JavaScript では黙って捨てられます）。名前を変えてください
      controlCharacter: 5 文字目の U+001B は制御文字または見えない文字で、文字ではありません。取り除いてください
      controlCharacter: 名前は 1 行です。3 文字目の改行またはタブ（U+000A）を取り除いてください"
    `);
  });

  it('every English message', () => {
    expect(every('en')).toMatchInlineSnapshot(`
      "yamlSyntax: YAML syntax error: All mapping items must start at the same column
      yamlSyntax: YAML syntax error: Some new parser message
      duplicateKey: Duplicate key "name"
      forbiddenTag: The tag !!js/function is not allowed: a scenario file holds only strings, numbers, booleans, null, mappings and lists
      tagMismatch: This value cannot be read as !!int
      complexKey: Mapping keys must be strings or numbers
      mergeKey: Merge keys ("<<") are not supported: write the fields out, or reuse a whole value with an alias (*name)
      multipleDocuments: A scenario file holds a single YAML document; a second one starts here
      unknownAlias: Alias *base refers to no anchor &base defined before it
      recursiveAlias: Alias *base refers to the anchor &base that contains it (a circular reference)
      aliasLimit: Too many alias expansions (limit 100); this looks like a "billion laughs" attack
      nestingTooDeep: Nesting is too deep
      jsonTrailingComma: JSON does not allow a comma after the last element
      jsonUnexpectedChar: JSON syntax error: expected a property name in double quotes, found "'"
      jsonUnexpectedEnd: JSON ends too early: expected "," or "}"
      jsonInvalidString: A JSON string cannot contain a raw line break or tab (write \\n or \\t)
      jsonInvalidString: Invalid escape sequence in a JSON string
      invalidType: Expected an integer, but got the number 1.5
      invalidType: Expected a mapping, but got a list
      invalidType: Expected a list, but got an empty value (null)
      missingField: Missing required field "startDate"
      unknownField: Unknown field "intervalHour". Did you mean "intervalHours"?
      unknownField: Unknown field "x"
      invalidValue: Expected "cloud", but got the string "clowd"
      invalidValue: Expected one of 1, 2, 3, but got the number 4
      invalidUnion: Expected a number or a string, but got a mapping
      tooSmall: Must be at least 1 (got 0)
      tooSmall: Must be greater than 0 (got 0)
      tooSmall: Must have at least 1 item (it has 0)
      tooSmall: Must be exactly 3 characters long (it has 2)
      tooBig: Must be at most 1 (got 1.5)
      tooBig: Must be less than 1 (got 1)
      tooBig: Must have at most 3 items (it has 5)
      tooBig: Must be at most 10 characters long
      tooBig: Must be at most 365 (got 1e+308): more than one a day is routine work, not an incident to weigh, and each is simulated one by one
      tooBig: Must be at most 10000 characters long (it has 20000000): a longer text is a pasted document
      invalidFormat: Expected a date (YYYY-MM-DD), but got the string "2027/04/01"
      invalidFormat: Expected a string starting with "jp-", but got the string "us-1"
      invalidFormat: Expected a valid base64, but got the string "!"
      notMultipleOf: Must be a multiple of 0.5 (got 0.3)
      invalidKey: Key "Tokyo" is not allowed: Expected "tokyo", but got the string "Tokyo"
      unknownReference: Unknown system "registy". Did you mean "registry"?
      unknownReference: Unknown site "dc9" (defined: "dc1", "dc2")
      unknownReference: Unknown site "dc1" (no site is defined)
      unknownReference: Unknown power region "kanto" (defined: "tokyo")
      duplicateId: Duplicate id "registry"
      notIncreasing: Each value must be at least the one before it (got 72, 24, 48)
      lognormalRange: A 90% range needs 0 < low < high (got 48, 2)
      lognormalRange: A 90% range needs 0 < low < high (got 0, 5)
      multiAzNeedsZones: A multi-AZ deployment needs a public-cloud site with at least two zones; "housing-dc" is not one
      missingHostingKind: Missing the value for hosting kind "housing": site "housing-dc" is of that kind
      sharesMustSumTo: Shares must sum to 1 (they sum to 0.3)
      dateBeforeStart: Date 2026-12-31 is before the scenario's start date 2027-04-01
      invalidDate: "2027-02-30" is not a valid date (use YYYY-MM-DD)
      custom: Budget exceeds the annual cap
      rangeReversed: minMagnitude (7) must be below maxMagnitude (6.5)
      dateOutOfRange: Date "9999-12-31" is outside 2000-01-01 to 2099-12-31: the years whose national holidays Machi knows
      dateOutOfRange: Date "3100-01-01" is outside 2027-04-01 to 3027-03-31: the longest horizon, 1,000 years from the start date
      eventAfterHorizon: This event (2040-01-01T09:00) comes after the 10 simulated years, which end at 2037-03-31: it would never happen. Simulate at least 13 years (--years 13), or move it
      oneOffCostNeedsLife: A one-off cost (3000000 yen) needs lifeYears: the years it is spread over
      measureConflict: This measure sets "links.housing-line.routes", which another measure or the variant itself already sets: keep one
      facilityOutageNeedsHours: Site "housing-dc" has facility outages (facilityOutageAnnualRate above 0): give the site's facilityOutageHours
      facilityOutageNeedsHours: Site "townhall" has a scripted facility outage without durationHours: give the site's facilityOutageHours
      rangeProblem: The value 0.5 lies outside the 90% lognormal range [0.05, 0.3]: a range must contain its value
      rangeProblem: A lognormal has no minimum or maximum: state the min–max range [0.5, 2] as an interval (e.g. meaning: 90%)
      fileTooLarge: The file is 8.2 MB; a scenario file may be at most 2.0 MB (a town's scenario is tens of kilobytes)
      tooManyLines: The file has 184,537 lines; a scenario file may have at most 50,000 (a town's scenario has a few thousand)
      moreUnknownFields: …and 159,950 more unknown fields in this mapping, from here on
      moreUnknownFields: …and 1 more unknown field in this mapping, from here on
      regionUnreachable: No earthquake of seismic region "oshima" reaches JMA 6-lower at its reference site "townhall", so its 30-year probability cannot be matched: choose a reference site inside or near the region, or check the site's location and amplification
      regionUnreachable: Seismic region "oshima" would need 123000 earthquakes a year (at most 365) to give its reference site "townhall" its 30-year probability: choose a reference site nearer the region, or check the site's location and amplification
      notUtf8: This file is UTF-16, not UTF-8: save it as UTF-8 (in Notepad: "Save As", encoding "UTF-8")
      notUtf8: This file is not UTF-8: the text from here looks like Shift_JIS, as older Japanese Windows software saves it. Save it as UTF-8 (in Notepad: "Save As", encoding "UTF-8")
      forbiddenKey: The key "__proto__" is not allowed (JavaScript would silently drop it): rename it
      controlCharacter: Remove the character U+001B at character 5: it is a control or invisible character, not text
      controlCharacter: A name is one line: remove the line break or tab (U+000A) at character 3"
    `);
  });
});
