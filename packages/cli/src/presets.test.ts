import { expect, it } from 'vitest';
import { machi } from './test-support.ts';

it('machi presets lists name, town, population and variants, aligned, with a header in the language', async () => {
  expect((await machi(['presets'])).stdout).toMatchInlineSnapshot(`
    "名前             町          人口     比較案
    small-town       仮想町      15000    onprem, housing, community-cloud, public-cloud
    designated-city  仮想市      2000000  onprem, housing, community-cloud, public-cloud
    river-city       仮想川辺市  115000   onprem, housing, community-cloud, public-cloud
    "
  `);
  expect((await machi(['presets', '--lang', 'en'])).stdout).toMatchInlineSnapshot(`
    "name             town        population  variants
    small-town       仮想町      15000       onprem, housing, community-cloud, public-cloud
    designated-city  仮想市      2000000     onprem, housing, community-cloud, public-cloud
    river-city       仮想川辺市  115000      onprem, housing, community-cloud, public-cloud
    "
  `);
});

it('machi presets takes no arguments other than its subcommand', async () => {
  expect(await machi(['presets', 'small-town', '--lang', 'en'])).toMatchObject({
    code: 2,
    stdout: '',
    stderr: 'machi: too many arguments for presets: expected 0, got 1\n',
  });
});
