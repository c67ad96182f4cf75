import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { filesRoot, registerFileOwner, sweepOrphanFiles } from './service.js';

let t: TestApp;
let w: World;
let staff: Client;
let adminA1: Client;
let adminB1: Client;

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);
const PDF = Buffer.from('%PDF-1.4\n% test\n');

function multipart(name: string, content: Buffer) {
  const boundary = '----luoshitest';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (c: Client, name: string, content: Buffer) =>
  c.request({ method: 'POST', url: '/api/files', ...multipart(name, content) });

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
  adminA1 = await login(t.app, w.users.adminA1.username);
  adminB1 = await login(t.app, w.users.adminB1.username);
});
afterAll(() => t.close());

describe('attachments', () => {
  it('stores an accepted file under a server-generated name outside the web root, audited once', async () => {
    const before = await auditCount(t.deps.db, 'files.upload');
    const res = await upload(adminA1, '学习记录.pdf', PDF);
    expect(res.statusCode).toBe(200);
    const meta = res.json();
    expect(meta).toMatchObject({ originalName: '学习记录.pdf', size: PDF.length, mime: 'application/pdf' });
    const row = await t.deps.db
      .selectFrom('files')
      .selectAll()
      .where('id', '=', meta.id)
      .executeTakeFirstOrThrow();
    expect(row.storageName).not.toContain('学习记录');
    expect(fs.readFileSync(path.join(filesRoot(t.deps), row.storageName))).toEqual(PDF);
    expect(await auditCount(t.deps.db, 'files.upload')).toBe(before + 1);
  });

  it('refuses a file whose content does not match its extension, and unknown types', async () => {
    const renamed = await upload(adminA1, 'photo.png', PDF);
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().fields[0].field).toBe('file');
    expect((await upload(adminA1, 'run.exe', Buffer.from('MZ\x90\x00'))).statusCode).toBe(400);
    expect((await upload(adminA1, 'empty.pdf', Buffer.alloc(0))).statusCode).toBe(400);
  });

  it('refuses a file over the size limit with 413', async () => {
    const small = await createTestApp({ uploadMaxBytes: 1024 });
    try {
      const c = await login(small.app, (await buildWorld(small.deps.db)).users.staff.username);
      const res = await upload(c, 'big.png', Buffer.concat([PNG, Buffer.alloc(4096)]));
      expect(res.statusCode).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('lets only the uploader read an unattached file, with Content-Disposition naming it', async () => {
    const meta = (await upload(adminA1, '现场照片.png', PNG)).json();
    const own = await adminA1.get(`/api/files/${meta.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-disposition']).toContain(encodeURIComponent('现场照片.png'));
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    expect((await adminB1.get(`/api/files/${meta.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/files/${meta.id}`)).statusCode).toBe(404);
  });

  it('defers access to attached files to the owning module', async () => {
    const meta = (await upload(adminA1, 'evidence.pdf', PDF)).json();
    await t.deps.db
      .updateTable('files')
      .set({ ownerType: 'test_owner', ownerId: 7 })
      .where('id', '=', meta.id)
      .execute();
    registerFileOwner(
      'test_owner',
      async (_deps, ctx, ownerId) => ownerId === 7 && ctx.user.roles.includes('committee_staff'),
    );
    expect((await staff.get(`/api/files/${meta.id}`)).statusCode).toBe(200);
    expect((await adminB1.get(`/api/files/${meta.id}`)).statusCode).toBe(404);
  });

  it('refuses evaluators and admins who have no file grant, and anonymous callers', async () => {
    const sys = await login(t.app, w.users.sysadmin.username);
    expect((await upload(sys, 'a.pdf', PDF)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/files', ...multipart('a.pdf', PDF) })).statusCode,
    ).toBe(401);
  });

  it('sweeps files that no committed row refers to', async () => {
    const orphan = path.join(filesRoot(t.deps), '2099', '01', 'orphan');
    fs.mkdirSync(path.dirname(orphan), { recursive: true });
    fs.writeFileSync(orphan, 'x');
    const kept = (await upload(adminA1, 'kept.pdf', PDF)).json();
    const removed = await sweepOrphanFiles(t.deps, new Date(Date.now() + 60_000));
    expect(removed).toBe(1);
    expect(fs.existsSync(orphan)).toBe(false);
    expect((await adminA1.get(`/api/files/${kept.id}`)).statusCode).toBe(200);
  });
});
