/** Connection options for ioredis (and BullMQ) from a queue URL, and the URL to show (password hidden). */
export interface RedisTarget {
  readonly host: string;
  readonly port: number;
  readonly db: number;
  readonly username?: string;
  readonly password?: string;
  /** TLS (`rediss://`): the server's certificate is checked against Node's CAs (add yours with NODE_EXTRA_CA_CERTS). */
  readonly tls?: { readonly servername?: string };
  /** The URL as it may be printed: the password replaced by `***`. */
  readonly display: string;
}

/**
 * The Redis server of `--queue URL`: `redis://[[user]:password@]host[:port][/db]`, or `rediss://…` for
 * TLS. User and password are percent-decoded (a password with `@` or `/` is written `%40`, `%2F`).
 *
 * @throws RangeError saying what is wrong with the URL (never repeating its password).
 * @example
 * parseRedisUrl('redis://:s3cret@queue.example:6380/2').display; // 'redis://:***@queue.example:6380/2'
 */
export function parseRedisUrl(text: string): RedisTarget {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new RangeError('it is not a URL such as redis://host:6379');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new RangeError(`it must start with redis:// or rediss:// (TLS), not ${url.protocol}//`);
  if (url.hostname === '') throw new RangeError('it names no host');
  if (url.search !== '' || url.hash !== '') throw new RangeError('it may not have a query (?…) or a fragment (#…)');
  const path = url.pathname.replace(/^\//, '');
  if (path !== '' && !/^\d{1,5}$/.test(path)) throw new RangeError(`its path must be a database number such as /0, not /${path}`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = url.port === '' ? 6379 : Number(url.port);
  const username = url.username === '' ? undefined : decodeURIComponent(url.username);
  const password = url.password === '' ? undefined : decodeURIComponent(url.password);
  const tls = url.protocol === 'rediss:' ? (/^[\d.]+$|:/.test(host) ? {} : { servername: host }) : undefined;
  const credentials = username === undefined && password === undefined ? '' : `${url.username}${password === undefined ? '' : ':***'}@`;
  return {
    host,
    port,
    db: path === '' ? 0 : Number(path),
    ...(username === undefined ? {} : { username }),
    ...(password === undefined ? {} : { password }),
    ...(tls === undefined ? {} : { tls }),
    display: `${url.protocol}//${credentials}${url.host}${path === '' ? '' : `/${path}`}`,
  };
}
