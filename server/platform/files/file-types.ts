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
  // A cut in the middle of a multi-byte character at the end of the sample is fine.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
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
