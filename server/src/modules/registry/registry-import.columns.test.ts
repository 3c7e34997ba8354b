import { describe, expect, it } from 'vitest';
import { RegistryError } from '../../common/errors/catalogue.js';
import { cellDate, readHeader, readRow } from './registry-import.columns.js';
import { checkCharacter } from './id-number.js';
import { Education, Gender } from './registry.enums.js';

const ID = `11010519680512001${checkCharacter('11010519680512001')}`;

describe('a date cell (出生年月, 工作简历)', () => {
  it('reads the ways the form is filled in, a month as its first day', () => {
    expect(cellDate('1970-03-15')).toBe('1970-03-15');
    expect(cellDate('1970/3/5')).toBe('1970-03-05');
    expect(cellDate('1970.03')).toBe('1970-03-01');
    expect(cellDate(' 1970年3月 ')).toBe('1970-03-01');
    expect(cellDate('1970年3月5日')).toBe('1970-03-05');
  });

  it('refuses a day the calendar does not have, and what is not a date', () => {
    expect(cellDate('2024-02-29')).toBe('2024-02-29');
    expect(cellDate('2023-02-29')).toBeNull();
    expect(cellDate('1900-02-29')).toBeNull();
    expect(cellDate('2000-02-29')).toBe('2000-02-29');
    expect(cellDate('1970-04-31')).toBeNull();
    expect(cellDate('1970-13')).toBeNull();
    expect(cellDate('1970-00-10')).toBeNull();
    expect(cellDate('0050-01-01')).toBeNull();
    expect(cellDate('去年')).toBeNull();
  });
});

describe('a data row', () => {
  const { columns } = readHeader(['姓名', '性别', '文化程度', '身份证号码', '出生年月', '家庭成员2称谓', '家庭成员2姓名', '家庭成员1称谓', '家庭成员1姓名', '家庭成员1出生年份']);

  it('reads choices in Chinese or in their English words, and the numbered groups in their order', () => {
    const { record, problems } = readRow(2, ['高振华', 'male', '大学本科', ID, '1968-05', '女儿', '高敏', '配偶', '李芳', '1970'], columns, '2026-11-20');
    expect(problems).toEqual([]);
    expect(record).toMatchObject({ name: '高振华', gender: Gender.MALE, education: Education.BACHELOR, birthDate: '1968-05-01' });
    expect(record!.familyMembers).toEqual([
      { relation: '配偶', name: '李芳', birthYear: 1970, employer: null },
      { relation: '女儿', name: '高敏', birthYear: null, employer: null },
    ]);
  });

  it('lists every problem of its own cells, by column', () => {
    const { record, problems } = readRow(3, ['', '未知', '', '1101051968', '2030-01', '', '高敏', '', '', '1800'], columns, '2026-11-20');
    expect(record).toBeNull();
    expect(problems.map((p) => [p.column, p.code])).toEqual([
      ['性别', RegistryError.ImportValue], ['身份证号码', RegistryError.IdNumberInvalid], ['出生年月', RegistryError.FutureDate],
      ['家庭成员1称谓', RegistryError.ImportRequired], ['家庭成员1姓名', RegistryError.ImportRequired], ['家庭成员1出生年份', RegistryError.YearInvalid],
      ['家庭成员2称谓', RegistryError.ImportRequired],
    ]);
  });
});
