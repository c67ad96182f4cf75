import type { FastifyRequest } from 'fastify';
import { zh } from '../../../../common/locale/index.js';
import { AppError, badRequest } from '../../../platform/errors.js';

const MAX_MB = 5;

/** Reads the one uploaded file (field `file`) of an import, or answers 400/413 in Chinese. */
export async function uploadedXlsx(req: FastifyRequest): Promise<Buffer> {
  if (!req.isMultipart()) throw badRequest(zh.excel.noFile, [{ field: 'file', message: zh.excel.noFile }]);
  const part = await req.file({ limits: { fileSize: MAX_MB * 1024 * 1024 } });
  if (part?.fieldname !== 'file')
    throw badRequest(zh.excel.noFile, [{ field: 'file', message: zh.excel.noFile }]);
  try {
    return await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(413, 'TOO_LARGE', zh.excel.fileTooLarge(MAX_MB));
    throw error;
  }
}
