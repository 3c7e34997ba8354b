import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomFillSync } from 'node:crypto';

/**
 * Personal information kept encrypted at rest (PIPL): ID numbers, health, family hardship. AES-256-GCM
 * with a key from LAOMO_DATA_KEY (32 bytes, base64); each value has its own random IV, and the tag makes
 * a changed ciphertext fail to open instead of yielding wrong text. Lookups by ID number use a keyed
 * hash (`blindIndex`), never the plain number.
 */

/** Outside production only: a fixed key so development and test databases open without setup. */
export const DEVELOPMENT_DATA_KEY = Buffer.alloc(32, 'laomo-development-data-key-only!').toString('base64');

const VERSION = 'v1';
let current: { key: Buffer; indexKey: Buffer } | undefined;

/** The key for this environment: the development one outside production unless another is given. */
export function parseDataKey(value: string | undefined, env: 'development' | 'production' | 'test'): Buffer {
  const text = value?.trim() || (env === 'production' ? '' : DEVELOPMENT_DATA_KEY);
  if (!text) throw new Error('LAOMO_DATA_KEY must be set in production: 32 random bytes in base64 (e.g. `openssl rand -base64 32`).');
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error('LAOMO_DATA_KEY must be 32 bytes in base64.');
  return key;
}

/** What main.ts checks before a production server starts: a key of its own, not the published development one. */
export function requireProductionKey(value: string | undefined, env: 'development' | 'production' | 'test'): void {
  parseDataKey(value, env);
  if (env === 'production' && value?.trim() === DEVELOPMENT_DATA_KEY) throw new Error('LAOMO_DATA_KEY must not be the development key in production.');
}

/** Sets the key of this process (createApp does it from the configuration). */
export function useDataKey(key: Buffer): void {
  current = { key, indexKey: Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'laomo blind index', 32)) };
}

function keys() {
  // A process that never configured one (a migration run by the CLI) uses the environment's.
  if (!current) useDataKey(parseDataKey(process.env.LAOMO_DATA_KEY, process.env.NODE_ENV === 'production' ? 'production' : 'development'));
  return current!;
}

/**
 * Random IVs drawn from a pool filled 4 KiB at a time: one call to the system's generator per 341
 * values instead of one per value (an import seals tens of thousands). Each IV is used once.
 */
const IV_POOL = Buffer.alloc(12 * 341);
let ivOffset = IV_POOL.length;
function freshIv(): Buffer {
  if (ivOffset === IV_POOL.length) {
    randomFillSync(IV_POOL);
    ivOffset = 0;
  }
  ivOffset += 12;
  return Buffer.from(IV_POOL.subarray(ivOffset - 12, ivOffset));
}

export function seal(plain: string): string {
  const iv = freshIv();
  const cipher = createCipheriv('aes-256-gcm', keys().key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function open(sealed: string): string {
  const [version, data] = sealed.split(':');
  if (version !== VERSION || !data) throw new Error('not a sealed value');
  const raw = Buffer.from(data, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', keys().key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

export const sealOrNull = (plain: string | null | undefined): string | null => (plain ? seal(plain) : null);
export const openOrNull = (sealed: string | null | undefined): string | null => (sealed ? open(sealed) : null);

/** A keyed hash for finding a record by an exact value (an ID number) without storing the value. */
export function blindIndex(value: string): string {
  return createHmac('sha256', keys().indexKey).update(value).digest('hex');
}

/** A whole file holding personal information (a registry import) sealed the same way: IV, tag, body. */
export function sealBytes(plain: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys().key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function openBytes(sealed: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', keys().key, sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}
