import { describe, expect, it } from 'vitest';
import { allowedContentType, cleanFileName } from './attachment-policy.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da6360000002000154a24f5d0000000049454e44ae426082', 'hex');

describe('what may be uploaded', () => {
  it('accepts a PDF and a PNG by their content', async () => {
    expect(await allowedContentType(PDF)).toBe('application/pdf');
    expect(await allowedContentType(PNG)).toBe('image/png');
  });

  it('refuses an HTML page or a script, whatever it is called', async () => {
    expect(await allowedContentType(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(await allowedContentType(Buffer.from('#!/bin/sh\nrm -rf /\n'))).toBeNull();
  });

  it('keeps only the base name of a file, without control characters', () => {
    expect(cleanFileName('C:\\Users\\me\\事迹材料.pdf')).toBe('事迹材料.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b.png')).toBe('ab.png');
    expect(cleanFileName('')).toBe('file');
  });
});
