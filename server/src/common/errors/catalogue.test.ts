import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_SECTIONS, errorText } from './catalogue.js';
import { translate } from '../i18n/messages.js';

const SERVER_SRC = fileURLToPath(new URL('../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && entry.name !== 'catalogue.ts' ? [path] : [];
  });
}

const entries = Object.entries(ERROR_SECTIONS).flatMap(([section, codes]) =>
  Object.entries(codes as Record<string, string>).map(([name, code]) => ({ section, name, code })));

const snake = (pascal: string) => pascal.replace(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, '_').toLowerCase();

describe('the error catalogue', () => {
  it('gives every code a message in Chinese and in English', () => {
    const missing = entries.filter(({ code }) => !errorText(code)?.['zh-CN'].trim() || !errorText(code)?.en.trim());
    expect(missing).toEqual([]);
  });

  it('holds each code once', () => {
    const codes = entries.map((e) => e.code);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
  });

  it('names each code `feature/what` after its identifier `<Feature>Error.<What>`', () => {
    const misnamed = entries.filter(({ section, name, code }) => code !== `${snake(section.replace(/Error$/, ''))}/${snake(name)}`);
    expect(misnamed).toEqual([]);
  });

  it('has no dead codes: each one is used somewhere in the server', () => {
    const text = sources(SERVER_SRC).map((file) => readFileSync(file, 'utf8')).join('\n');
    const dead = entries.filter(({ section, name }) => !new RegExp(`\\b${section}\\.${name}\\b`).test(text));
    expect(dead).toEqual([]);
  });

  it('is what a refusal reads: Chinese by default, English on request, placeholders filled', () => {
    expect(translate('zh-CN', ERROR_SECTIONS.VoteError.LimitReached, { max: 3 })).toBe('本次评选每人最多投 3 票，您的票已用完');
    expect(translate('en', ERROR_SECTIONS.VoteError.LimitReached, { max: 3 })).toBe('You have used all 3 votes of this campaign');
  });
});
