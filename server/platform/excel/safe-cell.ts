/**
 * Spreadsheet export helpers. A cell that starts with = + - @ (or a tab, CR or NUL) is read by
 * Excel/WPS as a formula: "=HYPERLINK(…)" in a unit name would become a live link. Such text gets
 * a leading apostrophe, so the program shows it as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r\0]/;

export function safeCell<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Masks the middle digits of a phone number for readers who may not see it:
 * "0871-6512567" → "0871-****567", "13812345678" → "1381****678".
 */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  let kept = 0;
  let head = '';
  for (const ch of phone) {
    if (kept >= 4) break;
    head += ch;
    if (/\d/.test(ch)) kept++;
  }
  return `${head}${/\d$/.test(head) && phone[head.length] === '-' ? '-' : ''}****${digits.slice(-3)}`;
}
