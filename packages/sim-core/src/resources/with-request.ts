import type { ProcessGenerator } from '../engine/index.ts';
import type { Request } from './request.ts';

/**
 * Runs `body` with `request` and then withdraws or releases the request, whichever applies, however
 * the body ends (returns, throws, is interrupted) — SimPy's `with resource.request() as req:` block, for
 * code that does not use `using req = resource.request()`.
 *
 * @example
 * yield* withRequest(counter.request(), function* (req) {
 *   yield req;
 *   yield env.timeout(serviceHours);
 * });
 */
export function* withRequest<R>(request: Request, body: (request: Request) => ProcessGenerator<R>): ProcessGenerator<R> {
  try {
    return yield* body(request);
  } finally {
    request[Symbol.dispose]();
  }
}
