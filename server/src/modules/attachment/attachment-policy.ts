import { fileTypeFromBuffer } from 'file-type';

/** 10 MB as file managers count it (1 MB = 1024 × 1024 bytes): a file of exactly this size is accepted. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** What one account may upload: files and bytes in any 24 hours, and bytes kept in all. */
export const UPLOAD_QUOTA = { filesPerDay: 30, bytesPerDay: 50 * 1024 * 1024, bytesTotal: 500 * 1024 * 1024 };
/** An upload no object claimed within this many hours is deleted (the person gave up on the form). */
export const UNCLAIMED_UPLOAD_HOURS = 24;
export const MAX_ATTACHMENTS_PER_OBJECT = 20;

/** What may be uploaded, by detected content (never by the name or the browser's claim). */
const ALLOWED: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The content type of an allowed file, or null when its bytes are of any other kind. */
export async function allowedContentType(bytes: Buffer): Promise<string | null> {
  const detected = await fileTypeFromBuffer(bytes);
  return detected ? (ALLOWED[detected.ext] ?? null) : null;
}

/** A file name safe to store and show: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (cleaned || 'file').slice(-200);
}
