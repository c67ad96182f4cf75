import type { Client } from '../../test/factories.js';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c00000000049454e44ae426082',
  'hex',
);

/** Uploads a tiny file through /api/files and answers its id (tests only). */
export async function uploadFile(client: Client, name = 'evidence.png', content: Buffer = PNG) {
  const boundary = '----luoshilearning';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await client.request({
    method: 'POST',
    url: '/api/files',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  if (res.statusCode !== 200) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json().id as number;
}

/**
 * Closes a test app so that the pool's sockets are gone before the harness drops the PostgreSQL
 * database: pg-pool's end() resolves before its clients finish disconnecting, and a DROP … WITH
 * (FORCE) in that window surfaces as an unhandled 57P01 error. (Closing the database twice is safe.)
 */
export async function closeTestApp(t: {
  deps: { handle: { close(): Promise<void> } };
  close(): Promise<void>;
}) {
  await t.deps.handle.close();
  await new Promise((resolve) => setTimeout(resolve, 200));
  await t.close();
}
