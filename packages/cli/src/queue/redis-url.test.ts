import { describe, expect, it } from 'vitest';
import { parseRedisUrl } from './redis-url.ts';

describe('parseRedisUrl', () => {
  it('reads host, port and database, with defaults 6379 and 0', () => {
    expect(parseRedisUrl('redis://queue.example')).toEqual({ host: 'queue.example', port: 6379, db: 0, display: 'redis://queue.example' });
    expect(parseRedisUrl('redis://10.0.0.5:6380/3')).toEqual({ host: '10.0.0.5', port: 6380, db: 3, display: 'redis://10.0.0.5:6380/3' });
    expect(parseRedisUrl('redis://[::1]:7000').host).toBe('::1');
  });

  it('reads a password alone (redis://:pass@…) or with a user, percent-decoded, and never shows it', () => {
    expect(parseRedisUrl('redis://:p%40ss%2Fw%3Ard@h:1')).toEqual({ host: 'h', port: 1, db: 0, password: 'p@ss/w:rd', display: 'redis://:***@h:1' });
    expect(parseRedisUrl('redis://machi:s3cret@h/2')).toEqual({ host: 'h', port: 6379, db: 2, username: 'machi', password: 's3cret', display: 'redis://machi:***@h/2' });
  });

  it('turns TLS on for rediss://, checking the certificate against the host name', () => {
    expect(parseRedisUrl('rediss://:k@cache.example:6380')).toMatchObject({ tls: { servername: 'cache.example' }, display: 'rediss://:***@cache.example:6380' });
    expect(parseRedisUrl('rediss://127.0.0.1:6380').tls).toEqual({});
  });

  it('says what is wrong, without repeating a password', () => {
    const reason = (url: string) => {
      try {
        parseRedisUrl(url);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(reason('localhost:6379')).toBe('it must start with redis:// or rediss:// (TLS), not localhost://');
    expect(reason('http://h')).toBe('it must start with redis:// or rediss:// (TLS), not http://');
    expect(reason('redis://h/x')).toBe('its path must be a database number such as /0, not /x');
    expect(reason('redis://:secret@h?tls=true')).toBe('it may not have a query (?…) or a fragment (#…)');
    expect(reason('not a url')).toBe('it is not a URL such as redis://host:6379');
  });
});
