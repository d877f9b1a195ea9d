import { describe, expect, it } from 'vitest';
import { langOption } from './lang-option.ts';

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
