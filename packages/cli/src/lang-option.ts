import { CliError, EXIT } from './cli-error.ts';
import { messagesFor, type Lang } from './messages.ts';

/** The locale variables of the environment that choose the default language. */
export type LocaleEnv = Readonly<Partial<Record<'LC_ALL' | 'LC_MESSAGES' | 'LANG', string | undefined>>>;

/**
 * The `--lang` of a command line (`--lang en` or `--lang=en`, the last one wins), read before commander
 * parses it so that commander's own errors are worded in that language. Stops at `--`, after which
 * everything is an argument. Without `--lang`, the environment's locale decides (`defaultLang`).
 *
 * @throws CliError (usage, in Japanese) for a language other than `ja` or `en`.
 * @example
 * langOption(['validate', 'town.yaml', '--lang', 'en']); // 'en'
 * langOption(['validate', 'town.yaml'], { LANG: 'en_US.UTF-8' }); // 'en'
 */
export function langOption(argv: readonly string[], env: LocaleEnv = {}): Lang {
  let lang: string = defaultLang(env);
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!;
    if (arg === '--lang' && i + 1 < argv.length) lang = argv[++i]!;
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  }
  if (lang !== 'ja' && lang !== 'en') throw new CliError(EXIT.usage, messagesFor('ja').badLang(lang));
  return lang;
}

/**
 * The language of messages when no `--lang` is given, from the first non-empty of `LC_ALL`,
 * `LC_MESSAGES` and `LANG` (POSIX's order for messages): `ja` when it starts with `ja` (`ja_JP.UTF-8`),
 * `en` for any other locale (`C`, `C.UTF-8`, `en_US.UTF-8`: a terminal set up in another language).
 * With none set — a Windows terminal, where a town's PCs rarely set them — `ja`, Machi's own default.
 */
export function defaultLang(env: LocaleEnv): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale === undefined || locale.startsWith('ja') ? 'ja' : 'en';
}
