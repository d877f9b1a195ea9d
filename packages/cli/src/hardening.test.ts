import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { nodeIo, type Io } from './io.ts';
import { run } from './main.ts';
import { editTown, machi, townYaml } from './test-support.ts';

/** `machi argv` in-process on the real file system, its output captured. */
async function machiOnDisk(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = { ...nodeIo(), stdout: (t) => void stdout.push(t), stderr: (t) => void stderr.push(t), progressTerminal: false };
  const code = await run(argv, io);
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

function tempFile(name: string, bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'machi-enc-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('machi validate: files saved in another encoding say so (exit 1)', () => {
  it('a Shift_JIS file, as Japanese Windows software saves it', async () => {
    // 試験町 in Shift_JIS; its 験 ends in 0x5C, the byte of "\".
    const sjis = Buffer.concat([Buffer.from('name: "'), Buffer.from([0x8e, 0x8e, 0x8c, 0xb1, 0x92, 0xac]), Buffer.from(townYaml.slice(townYaml.indexOf('"', 7)))]);
    const path = tempFile('town.yaml', sjis);
    const result = await machiOnDisk(['validate', path, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${path}:1:8  (root)  This file is not UTF-8: the text from here looks like Shift_JIS, as older Japanese Windows software saves it. Save it as UTF-8 (in Notepad: "Save As", encoding "UTF-8")\n`);
  });

  it('a UTF-16 file', async () => {
    const path = tempFile('town.yaml', Buffer.from(`\uFEFF${townYaml}`, 'utf16le'));
    const result = await machiOnDisk(['validate', path]);
    expect(result.stderr).toBe(`${path}:1:1  (root)  このファイルは UTF-8 ではなく UTF-16 です。UTF-8 で保存し直してください（メモ帳では「名前を付けて保存」で文字コード「UTF-8」を選びます）\n`);
  });
});

describe('machi: nothing from a file reaches the terminal raw', () => {
  it('a name with a terminal escape is an error that shows the character as U+001B, never the byte', async () => {
    const text = townYaml.replace('name: 試験町', 'name: "試験町\\e]0;pwned\\a\\e[2J"');
    for (const command of [['validate', 'town.yaml'], ['simulate', 'town.yaml', '--variant', 'onprem', '--seed', '1', '--replication', '0']]) {
      const result = await machi([...command, '--lang', 'en'], { 'town.yaml': text });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('town.yaml:2:7  name  Remove the character U+001B at character 4: it is a control or invisible character, not text\n');
    }
  });

  it('a __proto__ variant is an error, not silently dropped', async () => {
    const text = editTown('variants:\n', 'variants:\n  __proto__: { label: hidden, systems: { registry: { site: nowhere } } }\n');
    const result = await machi(['validate', 'town.yaml', '--lang', 'en'], { 'town.yaml': text });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/^town\.yaml:\d+:3 {2}variants\.__proto__ {2}The key "__proto__" is not allowed/);
  });
});

describe('machi simulate: a scenario whose year takes events without end', () => {
  // 40 leak causes at the bound of 365 a year: each within the schema, together past the guard. The
  // test's own timeout bounds it.
  it('stops with a message naming the year and what was due, exit 1', async () => {
    const cause = townYaml.slice(townYaml.indexOf('    - id: mis-sending'), townYaml.indexOf('providers:'));
    const causes = Array.from({ length: 40 }, (_, i) => cause.replace('mis-sending', `cause${i}`).replace('annualRate: 0.5', 'annualRate: 365')).join('');
    const text = townYaml.replace(cause, causes);
    const result = await machi(['simulate', 'town.yaml', '--variant', 'onprem', '--seed', '1', '--replication', '0', '--years', '1', '--lang', 'en'], { 'town.yaml': text });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/^machi: the simulation stopped: more than 10,000 events in simulated year 1 \(next due: Callback\(arrivals leak\.cause\d+\)\)\. The presets take a few hundred a year at most: a rate or count in the scenario is far too high\n$/);
  });
});

describe('machi simulate: a scripted event after the horizon', () => {
  it('is an error at its date, saying how many years would reach it', async () => {
    const text = editTown('variants:\n', 'events:\n  - { kind: lgwanOutage, at: "2045-06-01T09:00" }\nvariants:\n');
    const result = await machi(['simulate', 'town.yaml', '--variant', 'onprem', '--seed', '1', '--replication', '0', '--lang', 'en'], { 'town.yaml': text });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^town\.yaml:\d+:\d+ {2}events\[0\]\.at {2}This event \(2045-06-01T09:00\) comes after the 10 simulated years, which end at 20\d\d-\d\d-\d\dT00:00: it would never happen\. Simulate at least 1\d years \(--years 1\d\), or move it\n$/);
  });
});

describe('machi case --out: litter of an earlier run killed mid-write (kill -9)', () => {
  it('is removed before writing, and the command says so', async () => {
    const out = mkdtempSync(join(tmpdir(), 'machi-stale-'));
    onTestFinished(() => rmSync(out, { recursive: true, force: true }));
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const litter = join(out, `.case.md.${dead}.partial`);
    writeFileSync(litter, '# half a case');
    const result = await machiOnDisk(['case', 'small-town', '--variant', 'onprem', '--seed', '1', '--replication', '0', '--year', '0', '--out', out, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`machi: removed 1 partial file that an interrupted earlier run left in ${out}: .case.md.${dead}.partial\n`);
    expect(readdirSync(out).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
