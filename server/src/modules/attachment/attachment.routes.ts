import { createHash } from 'node:crypto';
import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Attachment } from './attachment.entity.js';
import { CommonError, AuthError, AttachmentError } from '../../common/errors/catalogue.js';
import { MAX_ATTACHMENT_BYTES, allowedContentType, cleanFileName } from './attachment-policy.js';
import { mayDownload } from './attachment.service.js';
import { checkUploadQuota } from './upload-quota.js';
import { viewerFromRequest } from '../account/session.service.js';
import { readUpload, refuse } from '../../common/upload.js';
import { idOf } from '../../common/relay/global-id.js';
import type { Services } from '../../services.js';

/** `POST /api/attachments` (upload) and `GET /api/attachments/:id` (download, access checked). */
export function attachmentRoutes(orm: MikroORM, services: Services): Router {
  const router = Router();

  router.post('/', async (req, res) => {
    // A custom header cannot be sent cross-site without a CORS preflight, which this server never allows.
    if (req.headers['x-laomo-upload'] !== '1') return refuse(req, res, 400, AttachmentError.UploadHeader);
    const em = orm.em.fork();
    const viewer = await viewerFromRequest(em, req, services);
    if (!viewer.account) return refuse(req, res, 401, AuthError.Required);
    const upload = await readUpload(req, MAX_ATTACHMENT_BYTES).catch(() => null);
    if (!upload || upload.bytes.length === 0) return refuse(req, res, 400, AttachmentError.Missing);
    if (upload.truncated || upload.bytes.length > MAX_ATTACHMENT_BYTES) {
      return refuse(req, res, 413, AttachmentError.TooLarge, { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024, bytes: MAX_ATTACHMENT_BYTES });
    }
    const contentType = await allowedContentType(upload.bytes);
    if (!contentType) return refuse(req, res, 415, AttachmentError.TypeNotAllowed);
    const account = viewer.account;
    const now = services.clock.now();
    const stored = await em.transactional(async (tx) => {
      const refusal = await checkUploadQuota(tx, account.id, upload.bytes.length, now);
      if (refusal) return refusal;
      return tx.create(Attachment, {
        name: cleanFileName(upload.name), contentType, size: upload.bytes.length, createdAt: now, updatedAt: now,
        sha256: createHash('sha256').update(upload.bytes).digest('hex'), uploadedBy: account, content: upload.bytes,
      });
    });
    if (!(stored instanceof Attachment)) return refuse(req, res, 429, stored.code, stored.params);
    const attachment = stored;
    res.status(201).json({ id: attachment.nodeId, name: attachment.name, size: attachment.size, contentType });
  });

  router.get('/:id', async (req, res) => {
    const em = orm.em.fork();
    const viewer = await viewerFromRequest(em, req, services);
    const id = idOf(req.params.id, 'Attachment');
    const attachment = id ? await em.findOne(Attachment, id) : null;
    // A file the viewer may not read is reported as missing, so its existence is not disclosed.
    if (!attachment || !(await mayDownload(em, viewer, attachment))) return refuse(req, res, 404, CommonError.NotFound);
    await em.populate(attachment, ['content']);
    res.setHeader('Content-Type', attachment.contentType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(attachment.name)}`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(attachment.content);
  });

  return router;
}
