/**
 * The attachment types we accept: the extension and the first bytes must agree, so a renamed
 * executable or script is refused whatever it calls itself.
 */
interface FileType {
  mime: string;
  matches(head: Buffer): boolean;
}

const startsWith = (bytes: number[]) => (head: Buffer) => bytes.every((b, i) => head[i] === b);
const zip = startsWith([0x50, 0x4b, 0x03, 0x04]);
const ole = startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const TYPES: Record<string, FileType> = {
  pdf: { mime: 'application/pdf', matches: startsWith([0x25, 0x50, 0x44, 0x46]) },
  png: { mime: 'image/png', matches: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  jpg: { mime: 'image/jpeg', matches: startsWith([0xff, 0xd8, 0xff]) },
  jpeg: { mime: 'image/jpeg', matches: startsWith([0xff, 0xd8, 0xff]) },
  gif: { mime: 'image/gif', matches: (h) => h.subarray(0, 4).toString('latin1') === 'GIF8' },
  webp: {
    mime: 'image/webp',
    matches: (h) =>
      h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', matches: zip },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: zip },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', matches: zip },
  doc: { mime: 'application/msword', matches: ole },
  xls: { mime: 'application/vnd.ms-excel', matches: ole },
  ppt: { mime: 'application/vnd.ms-powerpoint', matches: ole },
  txt: { mime: 'text/plain; charset=utf-8', matches: (h) => !h.includes(0) && isUtf8(h) },
};

function isUtf8(head: Buffer): boolean {
  // A cut in the middle of a multi-byte character at the end of the sample is fine: in stream mode
  // the decoder keeps an incomplete trailing sequence for later instead of calling it invalid.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export const ACCEPTED_EXTENSIONS = Object.keys(TYPES);

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The mime type when the name's extension is accepted and the content agrees with it, else null. */
export function detectType(name: string, head: Buffer): string | null {
  const type = TYPES[extensionOf(name)];
  return type?.matches(head) ? type.mime : null;
}

export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp'];

/** Images larger than this are refused: decoding one would take gigabytes (a "pixel flood"). */
export const IMAGE_LIMITS = { maxSide: 20_000, maxPixels: 100_000_000 };

/**
 * The pixel size an image declares in its header (PNG IHDR, GIF screen, JPEG SOF, WebP VP8X),
 * read without decoding; null when the header does not say (the type check has already passed).
 */
export function imageDimensions(ext: string, data: Buffer): { width: number; height: number } | null {
  if (ext === 'png' && data.length >= 24 && data.subarray(12, 16).toString('latin1') === 'IHDR')
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  if (ext === 'gif' && data.length >= 10)
    return { width: data.readUInt16LE(6), height: data.readUInt16LE(8) };
  if (ext === 'webp' && data.length >= 30 && data.subarray(12, 16).toString('latin1') === 'VP8X')
    return { width: data.readUIntLE(24, 3) + 1, height: data.readUIntLE(27, 3) + 1 };
  if (ext === 'jpg' || ext === 'jpeg') return jpegDimensions(data);
  return null;
}

function jpegDimensions(data: Buffer): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1];
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { width: data.readUInt16BE(at + 7), height: data.readUInt16BE(at + 5) };
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    at += 2 + data.readUInt16BE(at + 2);
  }
  return null;
}

/** True when the image declares a size over IMAGE_LIMITS. */
export function imageTooLarge(ext: string, data: Buffer): boolean {
  const size = imageDimensions(ext, data);
  if (!size) return false;
  return (
    size.width > IMAGE_LIMITS.maxSide ||
    size.height > IMAGE_LIMITS.maxSide ||
    size.width * size.height > IMAGE_LIMITS.maxPixels
  );
}
