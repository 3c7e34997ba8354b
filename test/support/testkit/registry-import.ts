import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import { checkCharacter } from '@laomo/server/modules/registry/id-number.js';
import type { ApiClient, TestApp } from './app.js';

/**
 * The registry's file import as a keeper does it from the page: upload over HTTP, follow the check by
 * GraphQL, confirm, follow the write (registry-import.service.ts).
 */
export const REGISTRY_IMPORT = `query($id: ID!) { registryImport(id: $id) { id state rowsTotal rowsChecked rowsWritten created updated problemCount
  problems { row column code message } } }`;
export const REGISTRY_IMPORT_CONFIRM = `mutation($id: ID!) { registryImportConfirm(input: { registryImport: $id }) { userErrors { code } registryImport { state } } }`;

/** A valid ID number from its first 17 digits (the check character computed). */
export const idNumber = (first17: string): string => first17 + checkCharacter(first17);

export async function uploadImport(t: TestApp, client: ApiClient, bytes: Buffer, name: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return fetch(`${t.url}/api/registry/imports`, { method: 'POST', body: form, headers: { cookie: client.cookieHeader, 'x-laomo-upload': '1', 'accept-language': 'zh-CN' } });
}

/** Polls the import as the page does until `done(state)`. */
export async function importUntil(client: ApiClient, id: string, done: (state: string) => boolean, seconds = 30) {
  for (let waited = 0; waited < seconds * 1000; waited += 200) {
    const found = (await client.ok(REGISTRY_IMPORT, { id })).registryImport;
    if (done(found.state)) return found;
    await sleep(200);
  }
  throw new Error(`import ${id} did not finish in ${seconds} s`);
}

/** Uploads and waits for the check (no confirming). */
export async function uploadAndCheck(t: TestApp, client: ApiClient, bytes: Buffer, name = 'registry.csv', seconds = 30) {
  const response = await uploadImport(t, client, bytes, name);
  expect(response.status).toBe(201);
  const { id } = (await response.json()) as { id: string };
  return { id, checked: await importUntil(client, id, (s) => s !== 'CHECKING', seconds) };
}

/** Confirms a checked import and waits for the write. */
export async function confirmAndWrite(client: ApiClient, id: string, seconds = 30) {
  const confirmed = await client.ok(REGISTRY_IMPORT_CONFIRM, { id });
  expect(confirmed.registryImportConfirm.userErrors).toEqual([]);
  return importUntil(client, id, (s) => s !== 'IMPORTING', seconds);
}

/** Uploads, waits for the check, and (when ready) confirms and waits for the write. */
export async function importFile(t: TestApp, client: ApiClient, bytes: Buffer, name = 'registry.csv', seconds = 30) {
  const { id, checked } = await uploadAndCheck(t, client, bytes, name, seconds);
  if (checked.state !== 'READY') return { id, checked, written: null };
  return { id, checked, written: await confirmAndWrite(client, id, seconds) };
}
