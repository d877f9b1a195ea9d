/**
 * Japanese for the YAML parser's (English) syntax errors: first by the message, which says what is
 * wrong, then by the error code, which only says roughly where. Undefined when neither is known.
 *
 * @example
 * yamlPhraseJa('MISSING_CHAR', 'Missing closing "quote'); // '閉じる引用符がありません'
 */
export function yamlPhraseJa(code: string, detail: string): string | undefined {
  return BY_MESSAGE.find(([pattern]) => pattern.test(detail))?.[1] ?? BY_CODE[code];
}

const BY_MESSAGE: readonly (readonly [RegExp, string])[] = [
  [/^Missing closing .quote/, '閉じる引用符がありません'],
  [/^Sequence item without - indicator/, 'リストの項目に "-" がないか、インデントがずれています'],
  [/^Implicit map keys need to be followed by map values/, 'キーの後に ":" と値が必要です'],
  [/^Implicit keys (of flow sequence pairs )?need to be on a single line/, '"キー: 値" の形で書いてください（":" の後には空白が必要です）'],
  [/^Nested mappings are not allowed in compact mappings/, '1 行にキーを 2 つ書くことはできません（"a: b: c" の形になっています）'],
  [/^Missing , or : between/, '[ ] や { } の中で "," か ":" が抜けています'],
  [/^Missing , between/, '[ ] や { } の中で "," が抜けています'],
  [/^Missing space after :/, '":" の後に空白が必要です'],
  [/^All mapping items must start at the same column/, 'マップの項目のインデントが揃っていません'],
  [/^All sequence items must start at the same column/, 'リストの項目のインデントが揃っていません'],
  [/^Flow (sequence|map) in block collection must be sufficiently indented/, '[ ] や { } が閉じていないか、インデントが足りません'],
  [/^Comments must be separated/, 'コメントの "#" の前には空白が必要です'],
  [/^Block collections are not allowed within flow collections/, '[ ] や { } の中では "," で区切って 1 行の形で書いてください'],
];

const BY_CODE: Readonly<Record<string, string>> = {
  BAD_INDENT: 'インデントが揃っていません',
  TAB_AS_INDENT: 'インデントにタブ文字は使えません。スペースを使ってください',
  MISSING_CHAR: '必要な記号が足りません',
  UNEXPECTED_TOKEN: 'ここには書けない記号か値があります（インデントのずれを確認してください）',
  BLOCK_AS_IMPLICIT_KEY: 'キーの位置に複数行の値があります',
  MULTILINE_IMPLICIT_KEY: 'キーは 1 行で書いてください',
  BAD_SCALAR_START: 'この記号で値を始めることはできません。値を引用符で囲んでください',
  BAD_DQ_ESCAPE: '二重引用符の中のエスケープ（\\ の後の文字）が正しくありません',
  BLOCK_IN_FLOW: '[ ] や { } の中にブロック形式の値は書けません',
  MULTIPLE_ANCHORS: '1 つの値にアンカーが複数あります',
  MULTIPLE_TAGS: '1 つの値にタグが複数あります',
  BAD_PROP_ORDER: 'アンカーとタグの書き方が正しくありません',
  BAD_ALIAS: 'エイリアスかアンカーの名前が正しくありません',
  ALIAS_PROPS: 'エイリアスにはアンカーやタグを付けられません',
  KEY_OVER_1024_CHARS: 'キーが長すぎます（1024 文字まで）',
  BAD_DIRECTIVE: '% で始まる指示行が正しくありません',
};
