import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { documentBody, issuedDocument } from './test-helpers.js';

let t: TestApp;
let w: World;
let staff: Client;
let leader: Client;
let a1: Client;
let a2: Client;
let b1: Client;
let areaLeader: Client;
let other: Client;
let evaluator: Client;
let sysadmin: Client;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  [staff, leader, a1, a2, b1, areaLeader, other, evaluator, sysadmin] = await Promise.all(
    [
      w.users.staff,
      w.users.leader,
      w.users.adminA1,
      w.users.adminA2,
      w.users.adminB1,
      w.users.areaLeader,
      w.users.otherStaff,
      w.users.evaluator,
      w.users.sysadmin,
    ].map((u) => login(t.app, u.username)),
  );
});
afterAll(() => t.close());

describe('documents: draft, issue, numbering', () => {
  it('creates a draft with one audit row, edits it with optimistic locking, and issues it with a 发文字号', async () => {
    const before = await auditCount(t.deps.db, 'documents.create');
    const res = await staff.post('/api/documents', documentBody({ orgCode: '测直党工' }));
    expect(res.statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'documents.create')).toBe(before + 1);
    const id = res.json().id;
    const draft = (await staff.get(`/api/documents/${id}`)).json();
    expect(draft).toMatchObject({ status: 'draft', docNumber: null, version: 1 });

    const edit = await staff.put(`/api/documents/${id}`, {
      ...documentBody({ orgCode: '测直党工', title: '改过的标题' }),
      version: 1,
    });
    expect(edit.statusCode).toBe(200);
    const stale = await staff.put(`/api/documents/${id}`, {
      ...documentBody({ orgCode: '测直党工' }),
      version: 1,
    });
    expect(stale.statusCode).toBe(409);

    const issued = await staff.post(`/api/documents/${id}/issue`, { version: 2 });
    expect(issued.statusCode).toBe(200);
    expect(issued.json().docNumber).toBe('测直党工〔2010〕1号');
    const again = await staff.post(`/api/documents/${id}/issue`, { version: 3 });
    expect(again.statusCode).toBe(409);
    expect((await staff.put(`/api/documents/${id}`, { ...documentBody(), version: 3 })).statusCode).toBe(409);
    expect((await staff.del(`/api/documents/${id}`)).statusCode).toBe(409);
    const detail = (await staff.get(`/api/documents/${id}`)).json();
    expect(detail).toMatchObject({ status: 'issued', title: '改过的标题', recipientCount: 3, readCount: 0 });
  });

  it('gives 20 parallel issues 20 distinct consecutive numbers', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 20; i++)
      ids.push(
        (
          await staff.post('/api/documents', documentBody({ orgCode: '并发', writtenOn: '2010-07-01' }))
        ).json().id,
      );
    const results = await Promise.all(
      ids.map((id) => staff.post(`/api/documents/${id}/issue`, { version: 1 })),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    const numbers = results
      .map((r) => Number(/〔2010〕(\d+)号/.exec(r.json().docNumber)![1]))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('lets the leader issue but not edit; refuses units, area leaders, evaluators and admins', async () => {
    const id = (await staff.post('/api/documents', documentBody())).json().id;
    for (const c of [a1, areaLeader, evaluator, sysadmin, leader])
      expect((await c.put(`/api/documents/${id}`, { ...documentBody(), version: 1 })).statusCode).toBe(403);
    for (const c of [a1, areaLeader, evaluator, sysadmin])
      expect((await c.post(`/api/documents/${id}/issue`, { version: 1 })).statusCode).toBe(403);
    expect((await other.post(`/api/documents/${id}/issue`, { version: 1 })).statusCode).toBe(404);
    expect((await leader.post(`/api/documents/${id}/issue`, { version: 1 })).statusCode).toBe(200);
  });

  it('deletes a draft (and its draft tasks) with one audit row', async () => {
    const id = (await staff.post('/api/documents', documentBody())).json().id;
    const before = await auditCount(t.deps.db, 'documents.delete');
    expect((await staff.del(`/api/documents/${id}`)).statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'documents.delete')).toBe(before + 1);
    expect((await staff.get(`/api/documents/${id}`)).statusCode).toBe(404);
  });
});

describe('documents: who sees what', () => {
  it('shows a unit only documents addressed to it — list, item, receipts, Word export: zero foreign rows', async () => {
    const toA = await issuedDocument(staff, {
      title: '只发第一片区',
      target: { mode: 'area', areaId: w.areaA, unitIds: [] },
    });
    const toB1 = await issuedDocument(staff, {
      title: '只发B1',
      target: { mode: 'units', unitIds: [w.unitB1] },
    });
    const draft = (await staff.post('/api/documents', documentBody({ title: '草稿不可见' }))).json().id;

    const listA1 = (await a1.get('/api/documents', { pageSize: 200 })).json();
    const titles = listA1.items.map((d: { title: string }) => d.title);
    expect(titles).toContain('只发第一片区');
    expect(titles).not.toContain('只发B1');
    expect(titles).not.toContain('草稿不可见');
    expect(listA1.items.every((d: { status: string }) => d.status === 'issued')).toBe(true);
    // a unit's counts are its own: one recipient (itself)
    expect(listA1.items.find((d: { id: number }) => d.id === toA.id)).toMatchObject({
      recipientCount: 1,
      readAt: null,
    });

    for (const path of ['', '/receipts', '/docx']) {
      expect((await a1.get(`/api/documents/${toB1.id}${path}`)).statusCode).toBe(404);
      expect((await a1.get(`/api/documents/${draft}${path}`)).statusCode).toBe(404);
      expect((await other.get(`/api/documents/${toA.id}${path}`)).statusCode).toBe(404);
    }
    expect((await a1.post(`/api/documents/${toB1.id}/read`)).statusCode).toBe(404);
    expect((await b1.get(`/api/documents/${toA.id}`)).statusCode).toBe(404);
    expect((await b1.get(`/api/documents/${toB1.id}`)).statusCode).toBe(200);
    const receipts = (await a1.get(`/api/documents/${toA.id}/receipts`)).json();
    expect(receipts.map((r: { unitId: number }) => r.unitId)).toEqual([w.unitA1]);

    const otherList = (await other.get('/api/documents', { pageSize: 200 })).json();
    expect(
      otherList.items.filter((d: { id: number }) => [toA.id, toB1.id, draft].includes(d.id)),
    ).toHaveLength(0);

    const areaList = (await areaLeader.get('/api/documents', { pageSize: 200 })).json();
    expect(areaList.items.map((d: { id: number }) => d.id)).toContain(toA.id);
    expect(areaList.items.map((d: { id: number }) => d.id)).not.toContain(toB1.id);
    expect((await evaluator.get('/api/documents')).statusCode).toBe(403);
    expect((await sysadmin.get('/api/documents')).statusCode).toBe(403);
  });

  it('records the first opening only, and shows the committee who has not read', async () => {
    const doc = await issuedDocument(staff, { target: { mode: 'area', areaId: w.areaA, unitIds: [] } });
    const before = await auditCount(t.deps.db, 'documents.receipt');
    expect((await a1.post(`/api/documents/${doc.id}/read`)).json()).toEqual({ recorded: true });
    expect((await a1.post(`/api/documents/${doc.id}/read`)).json()).toEqual({ recorded: false });
    expect((await staff.post(`/api/documents/${doc.id}/read`)).json()).toEqual({ recorded: false });
    expect(await auditCount(t.deps.db, 'documents.receipt')).toBe(before + 1);
    const receipts = (await staff.get(`/api/documents/${doc.id}/receipts`)).json();
    expect(receipts).toHaveLength(2);
    expect(receipts[0]).toMatchObject({ unitId: w.unitA2, readAt: null });
    expect(receipts[1]).toMatchObject({ unitId: w.unitA1 });
    expect(receipts[1].readAt).not.toBeNull();
    const unread = (await staff.get('/api/documents', { unread: 'true', pageSize: 200 })).json();
    expect(unread.items.map((d: { id: number }) => d.id)).toContain(doc.id);
    const mine = (await a1.get('/api/documents', { unread: 'true', pageSize: 200 })).json();
    expect(mine.items.map((d: { id: number }) => d.id)).not.toContain(doc.id);
    void a2;
  });

  it('exports a GB/T 9704 Word file with the 发文字号 and the letterhead', async () => {
    const doc = await issuedDocument(staff, { orgCode: '导出', title: '关于导出测试的通知' });
    const res = await a1.get(`/api/documents/${doc.id}/docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('关于导出测试的通知'));
    const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain(doc.docNumber);
    expect(xml).toContain('文件</w:t>');
    expect(xml).toContain('>市直机关各党组织：<');
  });
});

describe('documents: bad input', () => {
  it('answers 400 naming the field, never 500', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'memo' }, 'kind'],
      [{ orgCode: '云直〔党〕' }, 'orgCode'],
      [{ title: '' }, 'title'],
      [{ blocks: [] }, 'blocks'],
      [{ blocks: [{ kind: 'h9', text: 'x' }] }, 'blocks.0.kind'],
      [{ writtenOn: '2010-13-45' }, 'writtenOn'],
      [{ target: { mode: 'area', unitIds: [] } }, 'target.areaId'],
      [{ target: { mode: 'units', unitIds: [] } }, 'target.unitIds'],
      [{ target: { mode: 'everyone' } }, 'target.mode'],
    ];
    for (const [patch, field] of cases) {
      const res = await staff.post('/api/documents', documentBody(patch));
      expect(res.statusCode, field).toBe(400);
      expect(res.json().fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    const foreignArea = await staff.post(
      '/api/documents',
      documentBody({ target: { mode: 'area', areaId: w.otherArea, unitIds: [] } }),
    );
    expect(foreignArea.statusCode).toBe(400);
    expect(foreignArea.json().fields[0].field).toBe('target.areaId');
    const foreignUnit = await staff.post(
      '/api/documents',
      documentBody({ target: { mode: 'units', unitIds: [w.unitX] } }),
    );
    expect(foreignUnit.json().fields[0].field).toBe('target.unitIds');
    expect((await staff.post('/api/documents', documentBody({ fileIds: [999999] }))).statusCode).toBe(400);
    expect((await staff.get('/api/documents', { sort: 'nope' })).statusCode).toBe(400);
    expect((await staff.get('/api/documents/abc')).statusCode).toBe(400);
    expect((await staff.post('/api/documents/1/issue', { version: 0 })).statusCode).toBe(400);
    expect((await staff.put('/api/documents/1', documentBody())).json().fields[0].field).toBe('version');
  });
});
