import { describe, expect, it } from 'vitest';
import { maskName } from './mask-name.js';

describe('a commenter’s name as the public sees it', () => {
  it('keeps the first and last character of a three-character name', () => {
    expect(maskName('李小明')).toBe('李○明');
  });
  it('keeps only the surname of a two-character name', () => {
    expect(maskName('王芳')).toBe('王○');
  });
  it('hides every middle character of a long name', () => {
    expect(maskName('欧阳小明')).toBe('欧○○明');
    expect(maskName('市民 孙丽')).toBe('市○○○丽');
  });
  it('never shows a one-character name whole', () => {
    expect(maskName('李')).toBe('李○');
    expect(maskName('  ')).toBe('○');
  });
  it('counts characters, not UTF-16 units', () => {
    expect(maskName('𠮷田一')).toBe('𠮷○一');
  });
});
