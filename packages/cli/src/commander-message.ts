import type { CommanderError } from 'commander';
import type { Messages } from './messages.ts';

/**
 * A commander parse error in the chosen language. Commander words its errors in English only and
 * exposes the facts only inside its message (`error: unknown option '--sed' (Did you mean --seed?)`),
 * so the facts are read back from it; an error this does not know keeps commander's own wording.
 *
 * @example
 * commanderMessage(error, ja); // '--sed というオプションはありません（--seed のことですか？）'
 */
export function commanderMessage(error: CommanderError, t: Messages): string {
  const first = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const suggestion = /Did you mean (?:one of )?([^?]+)\?/.exec(error.message)?.[1];
  switch (error.code) {
    case 'commander.unknownOption':
      return t.unknownOption(first, suggestion);
    case 'commander.unknownCommand':
      return t.unknownCommand(first, suggestion);
    case 'commander.missingArgument':
      return t.missingArgument(first);
    case 'commander.optionMissingArgument':
      return t.optionMissingArgument(flag(first));
    case 'commander.missingMandatoryOptionValue':
      return t.missingOption(flag(first));
    case 'commander.excessArguments': {
      const [, expected = '0', received = '0'] = /Expected (\d+) arguments? but got (\d+)/.exec(error.message) ?? [];
      return t.excessArguments(first || 'machi', Number(expected), Number(received));
    }
    default:
      return error.message.replace(/^error: /, '');
  }
}

/** `--seed <seed>` → `--seed`: the flag a person types, without commander's placeholder. */
const flag = (flags: string) => flags.split(/[ ,]/)[0]!;
