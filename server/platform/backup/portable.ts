/** One value as it travels in a backup: JSON-safe and the same for the same data on both databases. */
export function toPortable(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value) || value instanceof Uint8Array)
    return { $b64: Buffer.from(value).toString('base64') };
  return value;
}

export function fromPortable(value: unknown): unknown {
  if (value && typeof value === 'object' && '$b64' in value) return Buffer.from(String(value.$b64), 'base64');
  return value;
}
