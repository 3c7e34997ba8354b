import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse';
import { RegistryImportFormat } from './registry-import.enums.js';

/** A row of the file as text cells, numbered as the spreadsheet shows it (the header is row 1). */
export interface SheetRow { number: number; cells: string[] }

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // A date cell (出生年月, 工作简历): its calendar date as the sheet shows it, stored as UTC midnight.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result instanceof Date ? value.result.toISOString().slice(0, 10) : String(value.result ?? '');
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * The rows of the first sheet, read as a stream (exceljs' streaming reader, csv-parse), so a file of
 * tens of thousands of rows never becomes a workbook in memory. CSV is UTF-8, with or without a BOM.
 */
export async function* sheetRows(content: Buffer, format: RegistryImportFormat): AsyncGenerator<SheetRow> {
  if (format === RegistryImportFormat.CSV) {
    const parser = Readable.from([content]).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false }));
    let number = 0;
    for await (const cells of parser as AsyncIterable<string[]>) {
      number += 1;
      yield { number, cells };
    }
    return;
  }
  // Styles are read (cached) because a date cell is known as a date only by its number format.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as ExcelJS.CellValue[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i += 1) cells.push(cellText(values[i]));
      yield { number: row.number, cells };
    }
    return; // the first sheet only
  }
}
