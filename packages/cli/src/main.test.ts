import { describe, expect, it } from 'vitest';
import { run } from './main.ts';
import { RUN_FILES } from './run-outputs.ts';
import { spawnMachi } from './test-process.ts';
import { machi, townYaml } from './test-support.ts';

describe('run(argv, io): usage errors exit 2 with one line on stderr and nothing on stdout', () => {
  it.each([
    [['frobnicate'], 'machi: "frobnicate" というコマンドはありません（machi --help を参照）\n'],
    [['validat', 'x', '--lang', 'en'], 'machi: unknown command "validat" (did you mean validate?) (see machi --help)\n'],
    [['validate', 'town.yaml', '--strict', '--lang', 'en'], 'machi: unknown option --strict\n'],
    [['validate', 'town.yaml', '--lnag', 'en'], 'machi: --lnag というオプションはありません（--lang のことですか？）\n'],
    [['validate', '--lang', 'en'], 'machi: missing argument <file>\n'],
    [['validate', 'a', 'b', '--lang', 'en'], 'machi: too many arguments for validate: expected 1, got 2\n'],
    [['schema', '--lang', 'fr'], 'machi: --lang には ja または en を指定してください（"fr" が指定されました）\n'],
  ])('machi %j', async (argv, stderr) => {
    expect(await machi(argv, { 'town.yaml': townYaml })).toMatchObject({ code: 2, stdout: '', stderr });
  });

  it('shows the help on stderr when no command is given', async () => {
    const result = await machi(['--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: machi \[options\] \[command\]\n/);
    expect(result.stderr.endsWith('machi: no command given (see machi --help)\n')).toBe(true);
  });
});

describe('run(argv, io): help', () => {
  it('prints the help in the chosen language on stdout and exits 0', async () => {
    const ja = await machi(['--help']);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toContain('validate <file>               シナリオファイル');
    const en = await machi(['simulate', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('--seed <seed>                the master seed, an integer (required)');
  });

  it('machi --version prints the version of the result stamps and exits 0', async () => {
    const { MACHI_VERSION } = await import('@machi/scenarios');
    expect(await machi(['--version'])).toMatchObject({ code: 0, stdout: `${MACHI_VERSION}\n`, stderr: '' });
    expect(await machi(['-V'])).toMatchObject({ code: 0, stdout: `${MACHI_VERSION}\n` });
  });

  it('every command\'s help lists --lang, in Japanese and in English', async () => {
    const root = (await machi(['--help', '--lang', 'en'])).stdout;
    const commands = root.slice(root.indexOf('Commands:')).split('\n').slice(1).map((line) => line.match(/^  ([a-z]+)/)?.[1]).filter((c): c is string => c !== undefined && c !== 'help');
    expect(commands.length).toBeGreaterThanOrEqual(13);
    for (const argv of [...commands.map((c) => [c]), ['presets', 'show']]) {
      expect((await machi([...argv, '--help', '--lang', 'en'])).stdout, argv.join(' ')).toMatch(/^ {2}--lang <lang> +language of messages and reports: ja or en/m);
      expect((await machi([...argv, '--help'])).stdout, argv.join(' ')).toMatch(/^ {2}--lang <lang> +メッセージとレポートの言語: ja または en/m);
    }
  });

  it('run --help and compare --help list every file the run writes', async () => {
    for (const command of ['run', 'compare']) {
      const help = (await machi([command, '--help', '--lang', 'en'])).stdout;
      const listed = help.slice(help.indexOf('Files written into --out:')).split('\n').slice(1).join('\n');
      for (const file of [...RUN_FILES, 'figures/*.svg', 'incidents.csv', 'figures/*.png']) expect(listed, `${command}: ${file}`).toContain(file);
    }
  });

  it('machi help COMMAND is the same as COMMAND --help', async () => {
    const help = await machi(['help', 'simulate', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe((await machi(['simulate', '--help', '--lang', 'en'])).stdout);
  });
});

describe('main(argv): the language of the environment', () => {
  it('LC_ALL or LANG starting with ja gives Japanese, any other locale English, --lang wins over both', async () => {
    const said = async (argv: string[], env: Record<string, string>): Promise<string> => (await spawnMachi(['validate', 'no-such.yaml', ...argv], env).exited()).stderr;
    const [ja, en, lcAll, flag] = await Promise.all([
      said([], { LANG: 'ja_JP.UTF-8', LC_ALL: '', LC_MESSAGES: '' }),
      said([], { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' }),
      said([], { LANG: 'ja_JP.UTF-8', LC_ALL: 'C.UTF-8', LC_MESSAGES: '' }),
      said(['--lang', 'ja'], { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' }),
    ]);
    expect(ja).toMatch(/ファイルでもプリセットでもありません/);
    expect(en).toMatch(/is neither a file nor a preset/);
    expect(lcAll).toBe(en);
    expect(flag).toBe(ja);
  });
});

describe('run(argv, io): the language option', () => {
  it('is accepted before or after the command, as --lang en or --lang=en', async () => {
    const expected = 'OK: town.yaml — 試験町, 2 sites, 1 system, 2 variants (onprem, housing)\n';
    for (const argv of [['--lang', 'en', 'validate', 'town.yaml'], ['validate', 'town.yaml', '--lang=en']]) {
      expect((await machi(argv, { 'town.yaml': townYaml })).stdout).toBe(expected);
    }
  });
});

describe('run(argv, io): failures never show a stack trace', () => {
  it('reports an unexpected error as an internal error on one line (exit 1)', async () => {
    const stderr: string[] = [];
    const code = await run(['validate', 'town.yaml', '--lang', 'en'], {
      writeFiles: () => {},
      readBytes: () => new Uint8Array(),
      listFiles: () => [],
      prepareFolder: () => ({ created: false, removedPartials: [] }),
      removeFolder: () => {},
      progressTerminal: false,
      progress: () => {},
      stdout: () => {},
      stderr: (text) => void stderr.push(text),
      readFile: () => '',
      fileExists: () => {
        throw new TypeError('disk on fire');
      },
    });
    expect(code).toBe(1);
    expect(stderr).toEqual(['machi: internal error (please report it): TypeError: disk on fire\n']);
  });

  it('writes nothing on stdout when a command fails', async () => {
    const files = { 'town.yaml': townYaml.replace('name: 試験町', 'name: 3') };
    const result = await machi(['validate', 'town.yaml'], files);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
