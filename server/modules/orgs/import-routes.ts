import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { zh } from '../../../common/locale/index.js';
import { importQuery, importResult } from '../../../common/orgs.js';
import { actorOf } from '../../platform/audit/service.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, badRequest } from '../../platform/errors.js';
import { sendWorkbook } from '../../platform/excel/index.js';
import { ctxOf } from '../../platform/http.js';
import { buildExport, buildTemplate } from './excel.js';
import { importOrgs } from './import.js';

/** Imports are capped below the general upload limit: 10 MB of .xlsx is tens of thousands of rows. */
export const IMPORT_MAX_MB = 10;

/** Reads the one uploaded file (field `file`) into memory, or answers 400/413 in Chinese. */
async function uploadedFile(req: FastifyRequest): Promise<Buffer> {
  if (!req.isMultipart()) throw badRequest(zh.excel.noFile, [{ field: 'file', message: zh.excel.noFile }]);
  const part = await req.file({ limits: { fileSize: IMPORT_MAX_MB * 1024 * 1024 } });
  if (part?.fieldname !== 'file')
    throw badRequest(zh.excel.noFile, [{ field: 'file', message: zh.excel.noFile }]);
  try {
    return await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(413, 'TOO_LARGE', zh.excel.fileTooLarge(IMPORT_MAX_MB));
    throw error;
  }
}

/** Template download, import (dry run or real) and export of units and party organisations. */
export function orgsExcelRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['orgs'];

    r.get('/api/orgs/import/template', {
      config: { action: 'orgs.import' },
      schema: { tags, summary: '下载单位与党组织导入模板（.xlsx）' },
      handler: async (req, reply) =>
        sendWorkbook(reply, await buildTemplate(deps, ctxOf(req)), zh.orgs.excel.templateFile),
    });

    r.post('/api/orgs/import', {
      config: { action: 'orgs.import' },
      schema: {
        tags,
        summary: '导入单位与党组织（multipart，字段 file；全部成功或全部不导入）',
        querystring: importQuery,
        response: { 200: importResult },
      },
      handler: async (req) => {
        const ctx = ctxOf(req);
        const buffer = await uploadedFile(req);
        return importOrgs(
          deps,
          { tenantId: ctx.user.tenantId, actor: actorOf(ctx) },
          buffer,
          req.query.dryRun === 'true',
        );
      },
    });

    r.get('/api/orgs/export', {
      config: { action: 'orgs.export' },
      schema: { tags, summary: '导出本人可见范围内的单位与党组织（.xlsx）' },
      handler: async (req, reply) => {
        const { workbook, filename } = await buildExport(deps, ctxOf(req));
        return sendWorkbook(reply, workbook, filename);
      },
    });
  };
}
