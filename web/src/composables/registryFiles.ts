import { currentLocale } from '~/modules/i18n'

/** A refusal of the registry's file endpoints, already in the user's language. */
export class RegistryFileError extends Error {
  constructor(readonly code: string, message: string) {
    super(message)
  }
}

export const registryImportAccept = '.xlsx,.csv'

/** Sends a spreadsheet to `POST /api/registry/imports`; answers the import's id, which the page then follows. */
export async function uploadRegistryImport(file: File): Promise<string> {
  const form = new FormData()
  form.append('file', file, file.name)
  const response = await fetch('/api/registry/imports', {
    method: 'POST', body: form, credentials: 'include', headers: { 'x-laomo-upload': '1', 'Accept-Language': currentLocale() },
  })
  const body = await response.json()
  if (!response.ok) throw new RegistryFileError(body.code, body.message)
  return body.id as string
}

/** The list as shown (its filters), as XLSX or CSV: fetched (the server audits it) and saved by the browser. */
export async function downloadRegistryExport(format: 'xlsx' | 'csv', filter: Record<string, string | boolean | null | undefined>): Promise<void> {
  const query = new URLSearchParams({ format })
  for (const [key, value] of Object.entries(filter)) if (value !== null && value !== undefined && value !== '') query.set(key, String(value))
  const response = await fetch(`/api/registry/export?${query}`, { credentials: 'include', headers: { 'x-laomo-download': '1', 'Accept-Language': currentLocale() } })
  if (!response.ok) {
    const body = await response.json()
    throw new RegistryFileError(body.code, body.message)
  }
  const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `registry.${format}`)
  const url = URL.createObjectURL(await response.blob())
  const link = Object.assign(document.createElement('a'), { href: url, download: name })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
