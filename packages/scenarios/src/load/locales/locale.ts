import type { IssueCode, IssueParams, IssueReason } from '../issue.ts';

/** Words one issue's params; `nested` words a reason carried inside it (an `invalidKey`'s). */
export type MessageFn<C extends IssueCode> = (params: IssueParams[C], nested: (reason: IssueReason) => string) => string;

/**
 * One language's wording of every issue code. A code missing here is a type error, so each new code
 * gets words in every language at once.
 */
export interface Locale {
  readonly messages: { readonly [C in IssueCode]: MessageFn<C> };
  /** For a code no locale knows (an issue made elsewhere); says the code, at least. */
  readonly unknownCode: (code: string) => string;
}
