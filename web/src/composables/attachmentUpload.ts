import { currentLocale } from '~/modules/i18n'

export interface UploadedAttachment {
  id: string
  name: string
  size: number
}

export const maxAttachmentBytes = 10 * 1024 * 1024
export const attachmentAccept = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx'

/** A refusal of the upload endpoint, already in the user's language. */
export class AttachmentUploadError extends Error {
  constructor(readonly code: string, message: string) {
    super(message)
  }
}

/** Sends one file to `POST /api/attachments`; the server checks size and type by content. */
export async function uploadAttachment(file: File): Promise<UploadedAttachment> {
  const form = new FormData()
  form.append('file', file, file.name)
  const response = await fetch('/api/attachments', {
    method: 'POST',
    body: form,
    credentials: 'include',
    headers: { 'x-laomo-upload': '1', 'Accept-Language': currentLocale() },
  })
  const body = await response.json()
  if (!response.ok) throw new AttachmentUploadError(body.code, body.message)
  return { id: body.id, name: body.name, size: body.size }
}

/** 1.2 MB, 350 KB: sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} B`
}
