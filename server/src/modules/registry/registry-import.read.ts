import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
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

/** The file cannot be read as a table (a CSV with a broken quote, a damaged XLSX). */
export class UnreadableSheet extends Error {}

/**
 * Hands each row of the first sheet to `onRow` as it is read, so a file of tens of thousands of rows
 * is never held as rows: `false` from it stops the reading, a promise pauses it until settled (a batch
 * being checked against the registry). CSV is UTF-8, with or without a BOM, read by papaparse (three
 * times as fast as csv-parse was here, whose reading alone cost as much as PostgreSQL's COPY of the
 * rows); XLSX by exceljs' streaming reader, never a workbook in memory.
 */
export async function readSheet(content: Buffer, format: RegistryImportFormat, onRow: (row: SheetRow) => boolean | Promise<void>): Promise<void> {
  if (format !== RegistryImportFormat.CSV) {
    for await (const row of xlsxRows(content)) {
      const next = onRow(row);
      if (next === false) return;
      if (next !== true) await next;
    }
    return;
  }
  let text = content.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  await new Promise<void>((resolve, reject) => {
    let number = 0;
    let failure: unknown = null;
    Papa.parse<string[]>(text, {
      delimiter: ',', quoteChar: '"', escapeChar: '"', skipEmptyLines: false, header: false, dynamicTyping: false,
      step(result, parser) {
        // A quote left open or text after a closing quote: the file is not a table we can trust.
        if (result.errors.some((e) => e.type === 'Quotes')) { failure = new UnreadableSheet(); parser.abort(); return; }
        number += 1;
        const next = onRow({ number, cells: result.data });
        if (next === false) parser.abort();
        else if (next !== true) {
          parser.pause();
          next.then(() => parser.resume(), (error: unknown) => { failure = error; parser.abort(); });
        }
      },
      complete: () => (failure ? reject(failure) : resolve()),
    });
  });
}

async function* xlsxRows(content: Buffer): AsyncGenerator<SheetRow> {
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
