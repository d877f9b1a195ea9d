import { describe, expect, it } from 'vitest';
import { resolvePolicy, type MonteCarloResult, type ProvenanceEntry } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import { handBuiltResult, handBuiltScenario } from '../test-support.ts';
import { blocksToMarkdown } from './blocks-markdown.ts';
import type { Block } from './blocks.ts';
import { renderReport } from './render-report.ts';
import { regenerateCommand } from './stamp-section.ts';

const result = handBuiltResult();
const scenario = handBuiltScenario();
const markdownOf = (blocks: readonly Block[], lang: Lang = 'en') => blocksToMarkdown(blocks, lang, 'none');

/** Whether block `i` lies in the level-2 section with this id. */
function inSection(blocks: readonly Block[], i: number, id: string): boolean {
  for (let k = i; k >= 0; k--) {
    const b = blocks[k]!;
    if (b.kind === 'heading' && b.level === 2) return b.id === id;
  }
  return id === '';
}

const SECTIONS = ['decision', 'differences', 'summary', 'safety', 'actions', 'metrics', 'comparisons', 'fiscal-years', 'convergence', 'figure-files', 'assumptions', 'limits', 'stamp'];

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const figureData = (html: string) =>
  new Map([...html.matchAll(/<svg [^>]*data-figure="([^"]+)" data-values="([^"]*)"/g)].map((m) => [m[1]!, JSON.parse(unescape(m[2]!)) as unknown]));

describe('renderReport', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`has every section, in order, in ${lang}`, () => {
      const html = renderReport(result, { lang, scenario }).toHTML();
      const ids = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
      expect(ids).toEqual(SECTIONS);
      expect(html).toContain(`<html lang="${lang}">`);
    });
  }

  it('report.html is self-contained: no script, no external resource, a CSP that forbids both', () => {
    const html = renderReport(result, { lang: 'ja', scenario }).toHTML();
    expect(html).not.toMatch(/<script|javascript:|@import|<link |<iframe|<img /i);
    expect(html).not.toMatch(/\s(src|srcset)=/i);
    // The only other links are to the chart files written beside the report and not printed in it.
    const report = renderReport(result, { lang: 'ja', scenario });
    const printed = new Set(report.figures.map((f) => `figures/${f.id}.svg`));
    const files = report.figureFiles().map((f) => f.path).filter((path) => !printed.has(path));
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]).filter((h) => !h!.startsWith('#') && !h!.startsWith('https://'))).toEqual(files);
    expect(files.length).toBeGreaterThan(0);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('every figure embeds the numbers it draws, equal to the result', () => {
    const report = renderReport(result, { lang: 'en', scenario });
    const data = figureData(report.toHTML());
    expect([...data.keys()]).toEqual(report.figures.map((f) => f.id));
    const aep = data.get('aep-costYen') as { variants: { id: string; points: { probability: number; value: number; low: number; high: number }[] }[] };
    for (const v of aep.variants) {
      const expected = result.variants.find((x) => x.id === v.id)!.exceedance.costYen!.aep;
      expect(v.points.map((p) => [p.probability, p.value, p.low, p.high])).toEqual(expected.map((p) => [p.exceedanceProbability, p.value, p.ciLow, p.ciHigh]));
    }
  });

  it('a town named <script>alert(1)</script> is text in both formats', () => {
    const named = { ...result, stamp: { ...result.stamp, scenarioName: '<script>alert(1)</script>' } };
    const report = renderReport(named, { lang: 'ja', scenario: { ...scenario, name: '<script>alert(1)</script>' } });
    const html = report.toHTML();
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).not.toContain('<script>');
    expect(report.toMarkdown().split('\n')[0]).toBe('# &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('renders a result read back from result.json (no tables): the same report without the fiscal-year section', () => {
    const back = JSON.parse(JSON.stringify(result)) as MonteCarloResult;
    const html = renderReport(back, { lang: 'ja', scenario }).toHTML();
    expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1])).toEqual(SECTIONS.filter((s) => s !== 'fiscal-years'));
  });


  it('the stamp gives the scenario hash and the command that regenerates the run', () => {
    const md = renderReport(result, { lang: 'en', scenario }).toMarkdown();
    expect(md).toContain(result.stamp.scenarioSha256);
    expect(md).toContain('machi run out/scenario.resolved.json --runs 200 --seed 1 --years 5 --variants onprem,housing,cloud --lang en --out out');
  });

  it('an --out that tries to end the command\'s code fence stays inside it, on one line', () => {
    const out = '/tmp/x\n```\n<img src=x onerror=alert(1)>\n```';
    const md = renderReport(result, { lang: 'en', scenario, command: regenerateCommand(result.stamp, 'en', out) }).toMarkdown();
    const command = md.split('\n').find((line) => line.startsWith('machi run '))!;
    expect(command.endsWith("--out $'/tmp/x\\n```\\n<img src=x onerror=alert(1)>\\n```'")).toBe(true);
    // The fence around it is longer than any backtick run in it, and nothing of the path starts a line.
    const at = md.indexOf(command);
    expect(md.slice(at - '````sh\n'.length, at)).toBe('````sh\n');
    expect(md.slice(at + command.length, at + command.length + 5)).toBe('\n````');
    expect(md).not.toMatch(/^<img/m);
  });

  it('every figure stays well-formed XML when a script passes names with characters XML cannot hold', () => {
    // The schema rejects these; a script can build a Scenario without it. Once 17 of 51 figures broke.
    const bad = '\u0000\u0007\u001b[31m\uD800\uFFFF';
    const dirty = structuredClone(scenario);
    dirty.name = `Town${bad}`;
    dirty.sites.forEach((s) => (s.name = `${s.id}${bad}`));
    dirty.systems.forEach((s) => (s.name = `${s.id}${bad}`));
    dirty.services.forEach((s) => (s.name = `${s.id}${bad}`));
    Object.values(dirty.variants).forEach((v) => (v.label = `label${bad}`));
    const report = renderReport(result, { lang: 'en', scenario: dirty });
    const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const figure of report.figures) expect(figure.toSVG(), figure.id).not.toMatch(notXml);
    expect(report.toHTML()).not.toMatch(notXml);
  });

  it('the same result gives the same bytes', () => {
    expect(renderReport(result, { lang: 'ja', scenario }).toHTML()).toBe(renderReport(result, { lang: 'ja', scenario }).toHTML());
  });

  /** One level-2 section of the report's Markdown, from its heading to the next; `''` for what comes before the first. */
  const section = (lang: Lang, id: string, options: { provenance?: ProvenanceEntry[] } = {}) =>
    markdownOf(renderReport(result, { lang, scenario, ...options }).blocks.filter((_, i, all) => inSection(all, i, id)), lang);

  it('words the introduction and the summary for decision makers', () => {
    expect(section('ja', '')).toMatchInlineSnapshot(`
      "# テスト町

      Machi test による仮想自治体のリスク評価レポート。200回の試行 × 5年、乱数の種 1。
      "
    `);
    expect(section('ja', 'summary')).toMatchInlineSnapshot(`
      "## 要約（意思決定者向け）

      3つの案を、同じ災害・事故の起こり方（200通り × 5年 = 1,000年分）に通して比べました。

      - 役場サーバ室：年間費用は平均1.8億円（95%区間 1.6億円〜2億円）、100年に1度程度の悪い年は4.5億円。重要業務の延べ停止時間（各業務の停止時間の合計）は年平均120時間（5日）（95%区間 108時間（4.5日）〜132時間（5.5日））。記者会見が必要になる年は5%（95%区間 4%〜6.5%）（20年に1度程度）。
      - ハウジング：年間費用は平均1.9億円（95%区間 1.7億円〜2.1億円）、100年に1度程度の悪い年は3.7億円。重要業務の延べ停止時間（各業務の停止時間の合計）は年平均60時間（95%区間 54時間〜66時間）。記者会見が必要になる年は3.5%（95%区間 2.8%〜4.7%）（29年に1度程度）。
      - ガバメントクラウド：年間費用は平均2億円（95%区間 1.8億円〜2.2億円）、100年に1度程度の悪い年は3.1億円。重要業務の延べ停止時間（各業務の停止時間の合計）は年平均24時間（95%区間 22時間〜26時間）。記者会見が必要になる年は2%（95%区間 1.6%〜2.9%）（50年に1度程度）。

      重要業務の延べ停止時間が最も短いのは「ガバメントクラウド」です。基準とした「役場サーバ室」と比べて年平均96時間（4日）（95%区間 77時間（3.2日）〜115時間（4.8日））短く、同じ災害・事故を受けた年のうち80%で短いか同じでした。その代わり年間費用は2,200万円（95%区間 1,760万円〜2,640万円）高くなります。

      安全スコア（0〜100、高いほど安全）が最も高いのは「ガバメントクラウド」で、スコアは80.3（95%区間 77.3〜83.3）です。重みを1つずつ半分・2倍にしても順位が変わる場合があります（「安全スコア」の節）。

      区間は試行回数によるシミュレーションの誤差だけを示し、入力した前提（発生率・費用など）の不確かさは含みません。前提は「前提と出典」の節にあります。
      "
    `);
    expect(section('en', 'summary')).toMatchInlineSnapshot(`
      "## Summary for decision makers

      3 options were run through the same 200 simulated histories of 5 years each (1,000 years in all).

      - Town-hall server room: ¥180 million (95% interval ¥162 million – ¥198 million) a year on average; a year as bad as once in 100 years costs ¥450 million. Critical services are down 120 h (5 days) (95% interval 108 h (4.5 days) – 132 h (5.5 days)) a year on average (summed over services). A press conference is needed in 5% (95% interval 4% – 6.5%) of years (about once in 20 years).
      - Housing: ¥190 million (95% interval ¥171 million – ¥209 million) a year on average; a year as bad as once in 100 years costs ¥370 million. Critical services are down 60 h (95% interval 54 h – 66 h) a year on average (summed over services). A press conference is needed in 3.5% (95% interval 2.8% – 4.7%) of years (about once in 29 years).
      - Government cloud: ¥202 million (95% interval ¥182 million – ¥222 million) a year on average; a year as bad as once in 100 years costs ¥310 million. Critical services are down 24 h (95% interval 22 h – 26 h) a year on average (summed over services). A press conference is needed in 2% (95% interval 1.6% – 2.9%) of years (about once in 50 years).

      "Government cloud" stops critical services the least: 96 h (4 days) (95% interval 77 h (3.2 days) – 115 h (4.8 days)) a year less than the baseline "Town-hall server room", and shorter or equal in 80% of the years that met the same hazards. In exchange it costs ¥22 million (95% interval ¥18 million – ¥26 million) a year more.

      The highest safety score (0 to 100, higher is safer) is "Government cloud" at 80.3 (95% interval 77.3 – 83.3); halving or doubling any one weight can change the ranking (see "Safety score").

      Intervals show only the noise of a finite number of simulated years, not the uncertainty of the inputs (rates, costs); those are listed under "Assumptions and sources".
      "
    `);
  });

  it('words the safety score: formula, weights, and what moves the ranking', () => {
    expect(section('ja', 'safety')).toMatchInlineSnapshot(`
      "## 安全スコア

      安全スコア（0〜100）は、試行ごとに次の式で計算し、その平均と95%信頼区間を示します。何も起きなければ100、被害が大きいほど0に近づきます。どの指標でも劣らない案のスコアが低くなることはありません。

      score = 100 × Σ w\\_m · s\\_m / (s\\_m + x\\_m) / Σ w\\_m

      x\\_m は指標 m のその試行での年平均値、s\\_m はその指標の項が50点になる値（尺度）、w\\_m は重みです。

      **表1　案ごとの安全スコア**

      | 順位 | 案 | スコア |
      | ---: | --- | ---: |
      | 1 | ガバメントクラウド | 80.3 （95%区間 77.3〜83.3） |
      | 2 | ハウジング | 70.5 （95%区間 67.5〜73.5） |
      | 3 | 役場サーバ室 | 62 （95%区間 59〜65） |

      **表2　重みと尺度**

      | 指標 | 重み w | 尺度 s（50点になる年間値） | 設定 |
      | --- | ---: | ---: | --- |
      | インシデント費用 | 1 | 1,000万円 | 既定（仮定） |
      | 重要業務の延べ停止時間 | 1 | 24時間 | 既定（仮定） |
      | 住民がサービスを受けられなかった延べ時間 | 1 | 1,000人時 | 既定（仮定） |
      | 個人データが漏えい・滅失・毀損した本人の数 | 1 | 100人 | 既定（仮定） |
      | 失われた更新（時間） | 1 | 24時間 | 既定（仮定） |
      | 記録が失われた住民（残った複製なし） | 1 | 100人 | 既定（仮定） |

      重みと尺度はシナリオの safetyScore.weights / safetyScore.scales で町ごとに変更できます。

      重みを1つずつ半分・2倍にしたとき、順位が変わるのは12通り中1通りです。

      **表3　重みを動かしたときの順位（スコア）**

      | 変更 | 役場サーバ室 | ハウジング | ガバメントクラウド | 順位の変化 |
      | --- | ---: | ---: | ---: | --- |
      | 設定どおりの重み | 3 (62) | 2 (70.5) | 1 (80.3) |  |
      | インシデント費用の重み ×0.5 | 3 (63) | 2 (71.5) | 1 (81.3) | 同じ |
      | インシデント費用の重み ×2 | 3 (61) | 2 (69.5) | 1 (79.3) | 同じ |
      | 重要業務の延べ停止時間の重み ×0.5 | 3 (63) | 2 (71.5) | 1 (81.3) | 同じ |
      | 重要業務の延べ停止時間の重み ×2 | 3 (61) | 2 (69.5) | 1 (79.3) | 同じ |
      | 住民がサービスを受けられなかった延べ時間の重み ×0.5 | 3 (63) | 2 (71.5) | 1 (81.3) | 同じ |
      | 住民がサービスを受けられなかった延べ時間の重み ×2 | 3 (61) | 2 (69.5) | 1 (79.3) | 同じ |
      | 個人データが漏えい・滅失・毀損した本人の数の重み ×0.5 | 3 (63) | 2 (71.5) | 1 (81.3) | 同じ |
      | 個人データが漏えい・滅失・毀損した本人の数の重み ×2 | 2 (61) | 3 (61.5) | 1 (79.3) | 変わる |
      | 失われた更新（時間）の重み ×0.5 | 3 (63) | 2 (71.5) | 1 (81.3) | 同じ |
      | 失われた更新（時間）の重み ×2 | 3 (61) | 2 (69.5) | 1 (79.3) | 同じ |
      | 記録が失われた住民（残った複製なし）の重み ×0.5 | 3 (63) | 2 (71.5) | 1 (81.3) | 同じ |
      | 記録が失われた住民（残った複製なし）の重み ×2 | 3 (61) | 2 (69.5) | 1 (79.3) | 同じ |

      - 既定の重み・尺度は仮定（assumption）です。町の優先順位に合わせて設定してください。
      "
    `);
    expect(section('en', 'safety')).toMatchInlineSnapshot(`
      "## Safety score

      The safety score (0 to 100) is computed for each replication by the formula below; shown is its mean with a 95% interval. It is 100 when nothing happens and falls towards 0 as harm grows; an option no worse on every metric never scores lower.

      score = 100 × Σ w\\_m · s\\_m / (s\\_m + x\\_m) / Σ w\\_m

      x\\_m is the annual mean of metric m in that replication, s\\_m the value at which its part scores 50 (the scale), and w\\_m its weight.

      **Table 1. Safety score by option**

      | rank | option | score |
      | ---: | --- | ---: |
      | 1 | Government cloud | 80.3 (95% interval 77.3 – 83.3) |
      | 2 | Housing | 70.5 (95% interval 67.5 – 73.5) |
      | 3 | Town-hall server room | 62 (95% interval 59 – 65) |

      **Table 2. Weights and scales**

      | metric | weight w | scale s (annual value scoring 50) | set by |
      | --- | ---: | ---: | --- |
      | incident cost | 1 | ¥10 million | default (assumption) |
      | critical-service downtime (summed over services) | 1 | 24 h | default (assumption) |
      | resident-hours without service | 1 | 1,000 resident-hours | default (assumption) |
      | persons whose data was leaked, lost or damaged | 1 | 100 persons | default (assumption) |
      | updates lost (hours) | 1 | 24 h | default (assumption) |
      | residents whose records were lost (no surviving copy) | 1 | 100 persons | default (assumption) |

      A town sets its own under safetyScore.weights / safetyScore.scales in the scenario.

      Halving or doubling one weight at a time changes the ranking in 1 of 12 cases.

      **Table 3. Rank (score) when a weight moves**

      | change | Town-hall server room | Housing | Government cloud | ranking changed |
      | --- | ---: | ---: | ---: | --- |
      | weights as set | 3 (62) | 2 (70.5) | 1 (80.3) |  |
      | weight of incident cost ×0.5 | 3 (63) | 2 (71.5) | 1 (81.3) | no |
      | weight of incident cost ×2 | 3 (61) | 2 (69.5) | 1 (79.3) | no |
      | weight of critical-service downtime (summed over services) ×0.5 | 3 (63) | 2 (71.5) | 1 (81.3) | no |
      | weight of critical-service downtime (summed over services) ×2 | 3 (61) | 2 (69.5) | 1 (79.3) | no |
      | weight of resident-hours without service ×0.5 | 3 (63) | 2 (71.5) | 1 (81.3) | no |
      | weight of resident-hours without service ×2 | 3 (61) | 2 (69.5) | 1 (79.3) | no |
      | weight of persons whose data was leaked, lost or damaged ×0.5 | 3 (63) | 2 (71.5) | 1 (81.3) | no |
      | weight of persons whose data was leaked, lost or damaged ×2 | 2 (61) | 3 (61.5) | 1 (79.3) | yes |
      | weight of updates lost (hours) ×0.5 | 3 (63) | 2 (71.5) | 1 (81.3) | no |
      | weight of updates lost (hours) ×2 | 3 (61) | 2 (69.5) | 1 (79.3) | no |
      | weight of residents whose records were lost (no surviving copy) ×0.5 | 3 (63) | 2 (71.5) | 1 (81.3) | no |
      | weight of residents whose records were lost (no surviving copy) ×2 | 3 (61) | 2 (69.5) | 1 (79.3) | no |

      - The default weights and scales are assumptions: set them to the town's priorities.
      "
    `);
  });

  it('words the limits of the results, then each unconfirmed legal point of the policy', () => {
    const unconfirmed = resolvePolicy(scenario.policy).rules.filter((r) => !r.basis.confirmed);
    const items = (lang: Lang) => {
      const blocks = renderReport(result, { lang, scenario }).blocks;
      return blocks.flatMap((b, i) => (b.kind === 'list' && inSection(blocks, i, 'limits') ? b.items : []));
    };
    expect(items('ja').slice(3)).toEqual(unconfirmed.map((r) => `未確認の法的論点：${r.id} — ${r.basis.ja}`));
    expect(items('en').slice(3)).toEqual(unconfirmed.map((r) => `Unconfirmed legal point: ${r.id} — ${r.basis.en}`));
    expect(items('ja').slice(0, 3)).toMatchInlineSnapshot(`
      [
        "信頼区間はシミュレーションの試行回数による誤差だけを示します。発生率・被害・費用などの入力の不確かさは含みません。",
        "100年に1度程度などの値は、シミュレーションした年数の1/10より稀な頻度については示しません（外挿しません）。",
        "この判定は法令と自治体の実務についての想定に基づくシミュレーションであり、法的助言ではありません（個別の事案は個人情報保護委員会や専門家に確認してください）。",
      ]
    `);
    expect(items('en').slice(0, 3)).toMatchInlineSnapshot(`
      [
        "Confidence intervals show Monte Carlo noise only, not the uncertainty of the inputs (rates, damage, costs).",
        "Return periods longer than a tenth of the simulated years are not reported (never extrapolated).",
        "These results are a simulation based on assumptions about Japanese law and municipal practice and are not legal advice (check any real case with the Personal Information Protection Commission or a lawyer).",
      ]
    `);
  });


  it('summarises the assumptions and links to the appendix that lists them', () => {
    const provenance = [
      { path: 'hazards.lgwan.outageAnnualRate', value: 0.2, source: '[lgwan-outage-2022] about one a year', assumed: false },
      { path: 'costs.pressConferenceYen', value: 500_000, source: 'assumption: a half-day of staff and a rented room', assumed: true },
      { path: 'costs.hostingCostFactor.housing', value: 1.2, source: 'assumption: a rack and its power', assumed: true },
    ];
    expect(section('ja', 'assumptions', { provenance })).toMatchInlineSnapshot(`
      "## 前提と出典

      シナリオの数値は3件で、出典のあるものが1件、出典のない仮定が2件です。同じ値と同じ根拠の重複を除いた異なる事実は3件、そのうち出典のあるものは1件（33.3%）です。

      選択肢の比較を直接左右するのは、運用形態ごとに値の違う数値と選択肢の対策の数値です（1件、うち仮定1件）。まずこれらを町の実情で確かめてください。

      **表1　分野ごとの数値と出典（仮定の多い順）**

      | 分野 | 数値 | 出典あり | 仮定 |
      | --- | ---: | ---: | ---: |
      | 費用 | 2 | 0 | 2 |
      | LGWAN | 1 | 1 | 0 |

      仮定の多い分野ほど、町自身の数値に置き換える価値があります。

      このほかモデルに組み込まれた数値が15件あり、そのうち12件は仮定です。

      [数値ごとの値・出典・参考文献の一覧（付録、assumptions.html）](<assumptions.html>)

      [同じ一覧のCSV（assumptions.csv）](<assumptions.csv>)
      "
    `);
    const html = renderReport(result, { lang: 'en', scenario, provenance }).toHTML();
    expect(html).toContain('<a href="assumptions.html">');
    expect(html).toContain('<a href="assumptions.csv">');
    expect(html).not.toContain('costs.pressConferenceYen');
  });

  it('words the stamp and the command that regenerates the run', () => {
    expect(section('en', 'stamp')).toMatchInlineSnapshot(`
      "## Stamp and how to regenerate

      **Table 1. Run stamp**

      | item | value |
      | --- | --- |
      | Machi version | test |
      | scenario | テスト町 |
      | scenario hash (SHA-256) | 0000000000000000000000000000000000000000000000000000000000000000 |
      | seed | 1 |
      | replications | 200 / 200 |
      | years per replication | 5 |
      | options | onprem, housing, cloud |
      | stopped by | all requested replications done |
      | model | test |

      The scenario.resolved.json beside this report regenerates the same result.json with this command (byte for byte, on any machine and any number of workers):

      \`\`\`sh
      machi run out/scenario.resolved.json --runs 200 --seed 1 --years 5 --variants onprem,housing,cloud --lang en --out out
      \`\`\`
      "
    `);
  });
});
