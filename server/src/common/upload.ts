import type { Request, Response } from 'express';
import busboy from 'busboy';
import type { ErrorCode } from './errors/catalogue.js';
import { localeFromHeader } from './i18n/locale.js';
import { translate } from './i18n/messages.js';

/** Answers a plain HTTP request (an upload, a download) with a coded error in the caller's language. */
export function refuse(req: Request, res: Response, status: number, code: ErrorCode, params: Record<string, unknown> = {}) {
  res.status(status).json({ code, message: translate(localeFromHeader(req.headers['accept-language']), code, params) });
}

/**
 * Reads the single `file` field of a multipart upload, stopping just past `maxBytes`: busboy flags a
 * file that reaches its limit exactly, so it is given one byte more and a file of exactly `maxBytes`
 * is kept.
 */
export function readUpload(req: Request, maxBytes: number): Promise<{ name: string; bytes: Buffer; truncated: boolean } | null> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: maxBytes + 1, fields: 0 } });
    } catch {
      resolve(null);
      return;
    }
    let result: { name: string; bytes: Buffer; truncated: boolean } | null = null;
    parser.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      let truncated = false;
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => { truncated = true; });
      stream.on('close', () => {
        if (field === 'file') result = { name: info.filename ?? 'file', bytes: Buffer.concat(chunks), truncated };
      });
    });
    parser.on('error', reject);
    parser.on('close', () => resolve(result));
    req.pipe(parser);
  });
}
