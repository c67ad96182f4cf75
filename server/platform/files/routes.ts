import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zh } from '../../../common/locale/index.js';
import { id } from '../../../common/validation.js';
import type { Deps } from '../deps.js';
import { AppError, badRequest } from '../errors.js';
import { ctxOf } from '../http.js';
import { openDownload, saveUpload } from './service.js';

export const fileMeta = z.object({
  id: z.number(),
  originalName: z.string(),
  size: z.number(),
  mime: z.string(),
  createdAt: z.string(),
});

/** RFC 6266 header with the UTF-8 name (Chinese names survive) and an ASCII fallback. */
export function contentDisposition(name: string, inline = false) {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function filesRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post('/api/files', {
      config: { action: 'files.upload' },
      schema: { tags: ['files'], consumes: ['multipart/form-data'], response: { 200: fileMeta } },
      handler: async (req) => {
        if (!req.isMultipart())
          throw badRequest(zh.files.missing, [{ field: 'file', message: zh.files.missing }]);
        const part = await req.file();
        if (!part) throw badRequest(zh.files.missing, [{ field: 'file', message: zh.files.missing }]);
        let data: Buffer;
        try {
          data = await part.toBuffer();
        } catch {
          throw new AppError(
            413,
            'TOO_LARGE',
            zh.files.tooLarge(Math.round(deps.config.uploadMaxBytes / 1024 / 1024)),
          );
        }
        return saveUpload(deps, ctxOf(req), { filename: part.filename, data });
      },
    });
    r.get('/api/files/:id', {
      config: { action: 'files.read' },
      schema: { tags: ['files'], params: z.object({ id }) },
      handler: async (req, reply) => {
        const { row, stream } = await openDownload(deps, ctxOf(req), req.params.id);
        const inline = row.mime.startsWith('image/') || row.mime === 'application/pdf';
        reply
          .header('content-type', row.mime)
          .header('content-length', row.size)
          .header('content-disposition', contentDisposition(row.originalName, inline))
          .header('x-content-type-options', 'nosniff')
          .header(
            'content-security-policy',
            "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
          );
        return reply.send(stream);
      },
    });
  };
}
