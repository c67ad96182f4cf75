import type { Client, World } from '../../test/factories.js';

/** Shared setup of the work-style integration tests: a campaign, a window unit, an 暗访 on it. */
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

export async function uploadPng(c: Client, name = 'evidence.png') {
  const boundary = '----wstest';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await c.request({
    method: 'POST',
    url: '/api/files',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  if (res.statusCode !== 200) throw new Error(`upload failed ${res.statusCode} ${res.body}`);
  return res.json().id as number;
}

export function ok<T = { id: number }>(res: { statusCode: number; body: string; json(): unknown }): T {
  if (res.statusCode !== 200) throw new Error(`expected 200, got ${res.statusCode}: ${res.body}`);
  return res.json() as T;
}

export async function createCampaign(staff: Client, w: World, name = '2010年机关作风建设年') {
  return ok(
    await staff.post('/api/work-style/campaigns', {
      year: 2010,
      name,
      startOn: '2010-03-01',
      endOn: '2010-12-31',
      phases: [
        { key: 'mobilise', startOn: '2010-03-01', endOn: '2010-04-30' },
        { key: 'research', startOn: '2010-05-01', endOn: '2010-06-30' },
      ],
      documents: [{ title: '关于开展机关作风建设年活动的实施意见', docNumber: '云直工发〔2010〕12号' }],
      scopeUnitIds: [w.unitA1, w.unitA2, w.unitB1],
    }),
  ).id;
}

export async function createProblem(
  staff: Client,
  unitId: number,
  extra: Record<string, unknown> = {},
): Promise<{ id: number; code: string }> {
  return ok(
    await staff.post('/api/problems', {
      sourceType: 'manual',
      unitId,
      categoryName: '办事效率',
      severity: 'general',
      description: '窗口办件超时，群众反映排队时间长',
      foundOn: '2010-06-10',
      ...extra,
    }),
  );
}

export async function versionOf(c: Client, id: number) {
  return ok<{ version: number; status: string }>(await c.get(`/api/problems/${id}`)).version;
}
