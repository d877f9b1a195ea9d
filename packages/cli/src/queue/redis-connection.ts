import { Redis } from 'ioredis';
import type { RedisTarget } from './redis-url.ts';

/** Reconnection attempts before a connection is given up: about 8 s of a server refusing connections. */
const ATTEMPTS = 10;

/** Redis could not be reached, or the connection was lost and did not come back. */
export class RedisConnectionError extends Error {
  override readonly name = 'RedisConnectionError';

  constructor(
    readonly code: 'unreachable' | 'lost',
    readonly display: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** What both ioredis and BullMQ take as connection options. */
export interface ConnectionOptions {
  readonly host: string;
  readonly port: number;
  readonly db: number;
  readonly username?: string;
  readonly password?: string;
  readonly tls?: { servername?: string };
  readonly connectTimeout: number;
  readonly maxRetriesPerRequest: null;
  readonly retryStrategy: (times: number) => number | null;
}

/**
 * ioredis options for `target`, for our own connection and for BullMQ's: commands wait while a dropped
 * connection is retried (BullMQ requires it), and after `ATTEMPTS` failed attempts the connection ends
 * and every waiting command fails, so that a lost Redis is an error and never a hang.
 */
export function redisOptions(target: RedisTarget): ConnectionOptions {
  return {
    host: target.host,
    port: target.port,
    db: target.db,
    ...(target.username === undefined ? {} : { username: target.username }),
    ...(target.password === undefined ? {} : { password: target.password }),
    ...(target.tls === undefined ? {} : { tls: { ...target.tls } }),
    connectTimeout: 3000,
    maxRetriesPerRequest: null,
    retryStrategy: (times) => (times > ATTEMPTS ? null : Math.min(200 * times, 1000)),
  };
}

/**
 * A connection that watches the server for a command: it is ready or has failed before anything is
 * enqueued, and it tells when the server is lost (and stays lost), so that the command stops with a
 * clear error instead of waiting for jobs that will never finish.
 */
export class RedisWatch {
  private lastError = 'the connection closed';
  private lostHandlers: ((error: RedisConnectionError) => void)[] = [];
  private closing = false;

  private constructor(
    readonly client: Redis,
    readonly target: RedisTarget,
  ) {
    client.on('error', (error: Error) => {
      this.lastError = error.message;
    });
    client.on('end', () => {
      if (this.closing) return;
      const error = new RedisConnectionError('lost', target.display, this.lastError);
      for (const handler of this.lostHandlers) handler(error);
    });
  }

  /**
   * Connects to `target` and resolves once the server answers.
   *
   * @throws RedisConnectionError (unreachable) with the last reason once the attempts are used up, or at
   *   once when the server refuses the credentials.
   */
  static connect(target: RedisTarget): Promise<RedisWatch> {
    const watch = new RedisWatch(new Redis(redisOptions(target)), target);
    return new Promise((resolve, reject) => {
      const settle = () => {
        watch.client.off('ready', ready);
        watch.client.off('end', ended);
        watch.client.off('error', refused);
      };
      const fail = (reason: string) => {
        settle();
        watch.closing = true;
        watch.client.disconnect();
        reject(new RedisConnectionError('unreachable', target.display, reason));
      };
      const ready = () => {
        settle();
        resolve(watch);
      };
      const ended = () => fail(watch.lastError);
      // A wrong password or user never gets better by retrying.
      const refused = (error: Error) => {
        if (/WRONGPASS|NOAUTH|invalid password|invalid username/i.test(error.message)) fail(error.message);
      };
      watch.client.on('ready', ready);
      watch.client.on('end', ended);
      watch.client.on('error', refused);
    });
  }

  /** Calls `handler` once if the connection is lost for good. */
  onLost(handler: (error: RedisConnectionError) => void): void {
    this.lostHandlers.push(handler);
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
