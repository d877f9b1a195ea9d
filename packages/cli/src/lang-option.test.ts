import { describe, expect, it } from 'vitest';
import { defaultLang, langOption } from './lang-option.ts';

describe('langOption(argv)', () => {
  it('is ja unless --lang says otherwise; the last --lang wins', () => {
    expect(langOption(['validate', 'x'])).toBe('ja');
    expect(langOption(['--lang', 'en', 'validate'])).toBe('en');
    expect(langOption(['validate', '--lang=en'])).toBe('en');
    expect(langOption(['--lang', 'en', '--lang', 'ja'])).toBe('ja');
  });

  it('ignores everything after --', () => {
    expect(langOption(['validate', '--', '--lang', 'en'])).toBe('ja');
  });

  it('leaves a --lang without a value to commander', () => {
    expect(langOption(['validate', '--lang'])).toBe('ja');
  });

  it('refuses another language as a usage error', () => {
    expect(() => langOption(['--lang', 'fr'])).toThrow('--lang には ja または en を指定してください（"fr" が指定されました）');
  });
});

describe('defaultLang(env)', () => {
  it('is ja for a locale starting with ja, en for any other, ja when none is set (a Windows terminal)', () => {
    expect(defaultLang({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(defaultLang({ LANG: 'ja' })).toBe('ja');
    expect(defaultLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(defaultLang({ LANG: 'C.UTF-8' })).toBe('en');
    expect(defaultLang({ LANG: 'C' })).toBe('en');
    expect(defaultLang({})).toBe('ja');
    expect(defaultLang({ LANG: '', LC_ALL: '' })).toBe('ja');
  });

  it('reads LC_ALL first, then LC_MESSAGES, then LANG, skipping empty ones', () => {
    expect(defaultLang({ LC_ALL: 'en_US.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(defaultLang({ LC_ALL: '', LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'C' })).toBe('ja');
    expect(defaultLang({ LC_ALL: '', LANG: 'ja_JP.eucJP' })).toBe('ja');
  });

  it('gives way to --lang', () => {
    expect(langOption(['validate', 'x'], { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(langOption(['validate', 'x', '--lang', 'ja'], { LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(langOption(['validate', 'x', '--lang=en'], { LC_ALL: 'ja_JP.UTF-8' })).toBe('en');
  });
});
