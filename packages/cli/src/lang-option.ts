import { CliError, EXIT } from './cli-error.ts';
import { messagesFor, type Lang } from './messages.ts';

/**
 * The `--lang` of a command line (`--lang en` or `--lang=en`, the last one wins; `ja` when absent),
 * read before commander parses it so that commander's own errors are worded in that language. Stops
 * at `--`, after which everything is an argument.
 *
 * @throws CliError (usage, in Japanese) for a language other than `ja` or `en`.
 * @example
 * langOption(['validate', 'town.yaml', '--lang', 'en']); // 'en'
 */
export function langOption(argv: readonly string[]): Lang {
  let lang: string = 'ja';
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!;
    if (arg === '--lang' && i + 1 < argv.length) lang = argv[++i]!;
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  }
  if (lang !== 'ja' && lang !== 'en') throw new CliError(EXIT.usage, messagesFor('ja').badLang(lang));
  return lang;
}
