import type { Io } from './io.ts';
import type { Lang, Messages } from './messages.ts';

/** What every command needs: the outside world and the language of its messages. */
export interface Context {
  readonly io: Io;
  readonly lang: Lang;
  readonly t: Messages;
}
