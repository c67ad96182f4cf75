/**
 * GB/T 9704-2012 page geometry and type, in the units Word stores (twips = 1/20 pt, half-points).
 * Kept apart from the builder so the numbers can be read (and tested) against the standard.
 */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (value: number) => Math.round(value * TWIPS_PER_MM);

/** A4 portrait. */
export const PAGE = { width: 11906, height: 16838 };
/** 天头 37 mm, 订口 28 mm, text block 156 × 225 mm (so 翻口 ≈ 26 mm, bottom ≈ 35 mm). */
export const TEXT_BLOCK = { width: mm(156), height: mm(225) };
export const MARGIN = {
  top: mm(37),
  left: mm(28),
  right: PAGE.width - mm(28) - mm(156),
  bottom: PAGE.height - mm(37) - mm(225),
  header: mm(15),
  /** The page number sits 7 mm below the text block; a 4号 line is about 5 mm high. */
  footer: PAGE.height - mm(37) - mm(225) - mm(7) - mm(5),
};

/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt; the 发文机关标志 小初 36 pt. */
export const SIZE = { title: 44, body: 32, footer: 28, note: 28, letterhead: 72 };

/** 22 lines per page: 225 mm / 22 ≈ 28.9 pt, set as an exact line height. */
export const LINE = Math.round(TEXT_BLOCK.height / 22);
/**
 * 28 characters per line: 156 mm / 28 = 15.79 pt per character, so 3号 (16 pt) characters are set
 * 0.25 pt closer (character spacing in twentieths of a point). Run spacing is honoured alike by Word,
 * WPS and LibreOffice; a character grid (w:charSpace) is not — LibreOffice snaps each 16 pt glyph to
 * two 15.79 pt cells and prints 18 characters a line.
 */
export const CHAR_PITCH = TEXT_BLOCK.width / 28;
export const LETTER_SPACING = Math.floor(CHAR_PITCH - 16 * 20);
/** One 3号 character, for indents counted in characters. */
export const CHAR = 320;

export const FONT = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  h1: '黑体',
  h2: '楷体_GB2312',
  pageNumber: '宋体',
};

export const RED = 'C00000';
