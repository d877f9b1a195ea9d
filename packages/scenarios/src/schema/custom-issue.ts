import type { z } from 'zod';
import type { CustomIssueKey, CustomIssueParams } from '../vocabulary/custom-issue-keys.ts';

/**
 * Raises one of the scenario schema's own issues: a zod `custom` issue whose `params.messageKey` the
 * loader turns into an issue of that code, worded by every locale. Typed: a key must be in the
 * vocabulary, and its params must be the ones its messages read.
 *
 * @example
 * customIssue(ctx, ['bands'], 'sharesMustSumTo', { sum: 0.9, expected: 1 });
 */
export function customIssue<K extends CustomIssueKey>(ctx: z.RefinementCtx, path: (string | number)[], key: K, params: CustomIssueParams[K]): void {
  ctx.addIssue({ code: 'custom', path, message: key, params: { messageKey: key, ...params } });
}
