import { zh } from '../../../common/locale/index.js';
import { badRequest } from '../errors.js';

export interface XlsxLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  /** Largest allowed uncompressed/compressed ratio of one entry (zip bombs reach thousands). */
  maxRatio: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxEntries: 2000,
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxRatio: 200,
};

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

export interface XlsxSummary {
  entries: number;
  uncompressedBytes: number;
}

/**
 * Checks an uploaded .xlsx before any parser sees it: zip magic bytes, then the central
 * directory (read from the end of the file, without inflating anything) to cap the number of
 * entries, the total uncompressed size and the compression ratio of each entry. Throws 400 with a
 * Chinese message; returns what it found.
 */
export function inspectXlsx(buffer: Buffer, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): XlsxSummary {
  const m = zh.excel;
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== 0x04034b50) throw badRequest(m.notXlsx);
  // The end-of-central-directory record sits in the last 22 bytes + up to 64 KiB of comment.
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw badRequest(m.damaged);
  const entries = buffer.readUInt16LE(eocd + 10);
  const dirSize = buffer.readUInt32LE(eocd + 12);
  const dirOffset = buffer.readUInt32LE(eocd + 16);
  if (entries === 0xffff || dirOffset === ZIP64_MARK) throw badRequest(m.tooManyEntries(limits.maxEntries));
  if (entries > limits.maxEntries) throw badRequest(m.tooManyEntries(limits.maxEntries));
  if (dirOffset + dirSize > eocd) throw badRequest(m.damaged);

  let total = 0;
  let pos = dirOffset;
  let sawWorkbook = false;
  for (let n = 0; n < entries; n++) {
    if (pos + 46 > eocd || buffer.readUInt32LE(pos) !== CENTRAL_SIGNATURE) throw badRequest(m.damaged);
    const compressed = buffer.readUInt32LE(pos + 20);
    const uncompressed = buffer.readUInt32LE(pos + 24);
    const nameLength = buffer.readUInt16LE(pos + 28);
    const extraLength = buffer.readUInt16LE(pos + 30);
    const commentLength = buffer.readUInt16LE(pos + 32);
    const name = buffer.toString('utf8', pos + 46, pos + 46 + nameLength);
    if (compressed === ZIP64_MARK || uncompressed === ZIP64_MARK) throw badRequest(m.tooLarge);
    total += uncompressed;
    if (total > limits.maxUncompressedBytes) throw badRequest(m.tooLarge);
    if (uncompressed > 1024 * 1024 && uncompressed / Math.max(compressed, 1) > limits.maxRatio)
      throw badRequest(m.zipBomb);
    if (name === 'xl/workbook.xml') sawWorkbook = true;
    pos += 46 + nameLength + extraLength + commentLength;
  }
  // A .docx or any other zip renamed to .xlsx has no workbook part.
  if (!sawWorkbook) throw badRequest(m.notXlsx);
  return { entries, uncompressedBytes: total };
}
