import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { AttachmentError, AuthError, CommonError, RegistryError } from '../../common/errors/catalogue.js';
import { AccessError, UserInputError } from '../../common/errors/user-input-error.js';
import type { JobQueue } from '../../common/jobs/job-queue.js';
import { readUpload, refuse } from '../../common/upload.js';
import type { Services } from '../../services.js';
import { viewerFromRequest } from '../account/session.service.js';
import { requestServices } from '../demo-clock/demo-clock.js';
import { auditExport, filterFromQuery, writeExport } from './registry-export.js';
import { RegistryImportFormat } from './registry-import.enums.js';
import { MAX_IMPORT_BYTES, startImport } from './registry-import.service.js';

/**
 * The registry's files over plain HTTP, as a spreadsheet is no GraphQL value:
 * `POST /api/registry/imports` (a spreadsheet to import: answers the import's id, which GraphQL then
 * follows) and `GET /api/registry/export?format=xlsx|csv&…the list's filters`.
 */
export function registryFileRoutes(orm: MikroORM, services: Services, jobs: Pick<JobQueue, 'send'>): Router {
  const router = Router();

  router.post('/imports', async (req, res) => {
    // A custom header cannot be sent cross-site without a CORS preflight, which this server never allows.
    if (req.headers['x-laomo-upload'] !== '1') return refuse(req, res, 400, AttachmentError.UploadHeader);
    const em = orm.em.fork();
    const viewer = await viewerFromRequest(em, req, services);
    if (!viewer.account) return refuse(req, res, 401, AuthError.Required);
    const upload = await readUpload(req, MAX_IMPORT_BYTES).catch(() => null);
    if (!upload || upload.bytes.length === 0) return refuse(req, res, 400, AttachmentError.Missing);
    if (upload.truncated) return refuse(req, res, 413, RegistryError.ImportTooLarge, { mb: MAX_IMPORT_BYTES / 1024 / 1024 });
    try {
      const { clock } = await requestServices(em, services);
      const started = await startImport(em, viewer, clock.now(), upload, jobs);
      res.status(201).json({ id: started.nodeId });
    } catch (error) {
      if (error instanceof AccessError) return refuse(req, res, 403, error.code);
      if (error instanceof UserInputError) return refuse(req, res, 400, error.code);
      throw error;
    }
  });

  router.get('/export', async (req, res) => {
    // Same rule as the upload: a download that writes an audit line is not triggered from another site.
    if (req.headers['x-laomo-download'] !== '1') return refuse(req, res, 400, AttachmentError.UploadHeader);
    const format = String(req.query.format ?? '').toUpperCase();
    if (format !== RegistryImportFormat.XLSX && format !== RegistryImportFormat.CSV) return refuse(req, res, 400, CommonError.Invalid);
    const em = orm.em.fork();
    const viewer = await viewerFromRequest(em, req, services);
    if (!viewer.account) return refuse(req, res, 401, AuthError.Required);
    const filter = filterFromQuery(req.query as Record<string, unknown>);
    const { clock } = await requestServices(em, services);
    const now = clock.now();
    let rows: number;
    try {
      rows = await auditExport(em, viewer, now, filter, format);
    } catch (error) {
      if (error instanceof AccessError) return refuse(req, res, 403, error.code);
      throw error;
    }
    const name = `劳模信息-${now.toISOString().slice(0, 10)}.${format.toLowerCase()}`;
    res.setHeader('Content-Type', format === 'CSV' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Laomo-Rows', String(rows));
    await writeExport(em, viewer, now, filter, format, res);
  });

  return router;
}
