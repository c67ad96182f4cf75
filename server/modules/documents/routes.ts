import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  documentDetail,
  documentInput,
  documentListQuery,
  documentSummary,
  documentUpdate,
  issueBody,
  receipt,
} from '../../../common/documents.js';
import { id, pageOf } from '../../../common/validation.js';
import type { Deps } from '../../platform/deps.js';
import { registerFileOwner } from '../../platform/files/service.js';
import { ctxOf } from '../../platform/http.js';
import * as documents from './service.js';

const idParams = z.object({ id });
const created = z.object({ id: z.number() });

export function documentsRoutes(deps: Deps) {
  registerFileOwner(documents.DOCUMENT_FILE_OWNER, (d, ctx, ownerId) =>
    documents.canSeeDocument(d, ctx, ownerId),
  );
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['documents'];

    r.get('/api/documents', {
      config: { action: 'documents.read' },
      schema: { tags, querystring: documentListQuery, response: { 200: pageOf(documentSummary) } },
      handler: (req) => documents.listDocuments(deps, ctxOf(req), req.query),
    });
    r.get('/api/documents/:id', {
      config: { action: 'documents.read' },
      schema: { tags, params: idParams, response: { 200: documentDetail } },
      handler: (req) => documents.getDocument(deps, ctxOf(req), req.params.id),
    });
    r.post('/api/documents', {
      config: { action: 'documents.manage' },
      schema: { tags, body: documentInput, response: { 200: created } },
      handler: (req) => documents.createDocument(deps, ctxOf(req), req.body),
    });
    r.put('/api/documents/:id', {
      config: { action: 'documents.manage' },
      schema: { tags, params: idParams, body: documentUpdate, response: { 200: created } },
      handler: (req) => documents.updateDocument(deps, ctxOf(req), req.params.id, req.body),
    });
    r.delete('/api/documents/:id', {
      config: { action: 'documents.manage' },
      schema: { tags, params: idParams, response: { 200: z.object({ ok: z.literal(true) }) } },
      handler: async (req) => {
        await documents.deleteDocument(deps, ctxOf(req), req.params.id);
        return { ok: true as const };
      },
    });
    r.post('/api/documents/:id/issue', {
      config: { action: 'documents.issue' },
      schema: {
        tags,
        params: idParams,
        body: issueBody,
        response: { 200: z.object({ id: z.number(), docNumber: z.string() }) },
      },
      handler: (req) => documents.issueDocument(deps, ctxOf(req), req.params.id, req.body.version),
    });
    r.post('/api/documents/:id/read', {
      config: { action: 'documents.read' },
      schema: { tags, params: idParams, response: { 200: z.object({ recorded: z.boolean() }) } },
      handler: (req) => documents.markRead(deps, ctxOf(req), req.params.id),
    });
    r.get('/api/documents/:id/receipts', {
      config: { action: 'documents.read' },
      schema: { tags, params: idParams, response: { 200: z.array(receipt) } },
      handler: (req) => documents.listReceipts(deps, ctxOf(req), req.params.id),
    });
    r.get('/api/documents/:id/docx', {
      config: { action: 'documents.read' },
      schema: { tags, params: idParams },
      handler: async (req, reply) => {
        const { buffer, filename } = await documents.exportDocx(deps, ctxOf(req), req.params.id);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
          .header(
            'content-disposition',
            `attachment; filename="document.docx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
          )
          .send(buffer);
      },
    });
  };
}
