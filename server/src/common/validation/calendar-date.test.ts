import { validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { IsCalendarDate } from './calendar-date.js';

class Dated {
  @IsCalendarDate() on!: string;
}

async function accepts(on: string): Promise<boolean> {
  const dated = Object.assign(new Dated(), { on });
  return (await validate(dated)).length === 0;
}

describe('a calendar date in an input', () => {
  it('is a day that exists, written YYYY-MM-DD', async () => {
    expect(await accepts('2026-02-28')).toBe(true);
    expect(await accepts('2024-02-29')).toBe(true);
    expect(await accepts('2026-02-30')).toBe(false);
    expect(await accepts('2026-02-29')).toBe(false);
    expect(await accepts('2026-13-01')).toBe(false);
    expect(await accepts('2026-2-3')).toBe(false);
    expect(await accepts('2026-02-03T00:00:00Z')).toBe(false);
  });
});
