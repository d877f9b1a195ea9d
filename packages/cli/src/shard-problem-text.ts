import type { ShardProblem } from '@machi/scenarios';
import type { Messages } from './messages.ts';

/** A shard's problem in the language of `t`. */
export function shardProblemText(problem: ShardProblem, t: Messages): string {
  switch (problem.code) {
    case 'study':
      return t.shardOtherStudy(problem.field, problem.got, problem.expected);
    case 'count':
      return t.shardOtherCount(problem.got, problem.expected);
    case 'index':
      return t.shardOtherIndex(problem.got, problem.expected);
    case 'content':
      return problem.detail;
  }
}
