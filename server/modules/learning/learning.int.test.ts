import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { closeTestApp, uploadFile } from './test-kit.js';

let t: TestApp;
let w: World;
let staff: Client;
let leader: Client;
let adminA1: Client;
let _adminB1: Client;
let areaLeader: Client;
let evaluator: Client;
let sysadmin: Client;
let otherStaff: Client;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  [staff, leader, adminA1, _adminB1, areaLeader, evaluator, sysadmin, otherStaff] = await Promise.all(
    [
      w.users.staff,
      w.users.leader,
      w.users.adminA1,
      w.users.adminB1,
      w.users.areaLeader,
      w.users.evaluator,
      w.users.sysadmin,
      w.users.otherStaff,
    ].map((u) => login(t.app, u.username)),
  );
});
afterAll(() => closeTestApp(t));

async function newBook(title = '一口气读懂心理学') {
  const res = await staff.post('/api/learning/books', { title, author: '作者', publisher: '出版社' });
  expect(res.statusCode).toBe(200);
  return res.json().id as number;
}

describe('books', () => {
  it('creates, edits with optimistic locking, and writes one audit row per change', async () => {
    const before = await auditCount(t.deps.db);
    const id = await newBook('提高领导干部心理调适能力');
    expect(await auditCount(t.deps.db)).toBe(before + 1);
    const put = await staff.put(`/api/learning/books/${id}`, {
      title: '新书名',
      isbn: '978-7-01-008123-4',
      version: 1,
    });
    expect(put.statusCode).toBe(200);
    const stale = await staff.put(`/api/learning/books/${id}`, { title: '再改', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await auditCount(t.deps.db)).toBe(before + 2);
  });

  it('refuses bad input with the field named, and refuses non-staff', async () => {
    const empty = await staff.post('/api/learning/books', { title: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields[0].field).toBe('title');
    expect(empty.json().message).toContain('书名');
    const isbn = await staff.post('/api/learning/books', { title: '书', isbn: 'abc' });
    expect(isbn.statusCode).toBe(400);
    expect(isbn.json().fields[0].field).toBe('isbn');
    for (const c of [adminA1, areaLeader, leader, evaluator, sysadmin])
      expect((await c.post('/api/learning/books', { title: '书' })).statusCode).toBe(403);
    expect((await staff.get('/api/learning/books', { pageSize: 500 })).statusCode).toBe(400);
    expect((await staff.put('/api/learning/books/abc', { title: '书', version: 1 })).statusCode).toBe(400);
  });

  it('lists no book of another committee', async () => {
    await newBook('本委员会的书');
    const res = await otherStaff.get('/api/learning/books');
    expect(res.json().total).toBe(0);
  });

  it('keeps a yearly reading list that units see only once published', async () => {
    const book = await newBook('一个重大的时代课题');
    const body = { version: 0, title: '2010年荐读书目', items: [{ bookId: book, note: '必读' }] };
    expect((await staff.put('/api/learning/reading-lists/2010', body)).statusCode).toBe(200);
    expect((await adminA1.get('/api/learning/reading-lists/2010')).statusCode).toBe(404);
    expect((await staff.put('/api/learning/reading-lists/2010', body)).statusCode).toBe(409);
    const dup = await staff.put('/api/learning/reading-lists/2010', {
      ...body,
      version: 1,
      items: [{ bookId: book }, { bookId: book }],
    });
    expect(dup.statusCode).toBe(400);
    const missing = await staff.put('/api/learning/reading-lists/2010', {
      ...body,
      version: 1,
      items: [{ bookId: 999999 }],
    });
    expect(missing.json().fields[0].field).toBe('items.0.bookId');
    expect(
      (await staff.put('/api/learning/reading-lists/2010', { ...body, version: 1, published: true }))
        .statusCode,
    ).toBe(200);
    const seen = await adminA1.get('/api/learning/reading-lists/2010');
    expect(seen.statusCode).toBe(200);
    expect(seen.json().items[0]).toMatchObject({ bookId: book, title: '一个重大的时代课题', note: '必读' });
    expect((await otherStaff.get('/api/learning/reading-lists/2010')).statusCode).toBe(404);
    expect((await staff.put('/api/learning/reading-lists/1999', body)).statusCode).toBe(400);
  });
});

describe('study days', () => {
  it('records a study day with invited units and a book gift; units see only their own sign-in', async () => {
    const book = await newBook('一口气读懂心理学（学习日）');
    const before = await auditCount(t.deps.db);
    const res = await staff.post('/api/learning/study-days', {
      heldOn: '2010-03-26',
      theme: '第一期党务干部学习日',
      lecturers: '张三',
      guide: '导读内容',
      invitedUnitIds: [w.unitA1, w.unitA2, w.unitB1],
      gifts: [
        { bookId: book, copies: 60, recipient: 'attendees' },
        { bookId: book, copies: 5, recipient: 'unit', unitId: w.unitB1 },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(await auditCount(t.deps.db)).toBe(before + 1);
    const id = res.json().id;
    const full = (await staff.get(`/api/learning/study-days/${id}`)).json();
    expect(full.attendance).toHaveLength(3);
    expect(full.books).toEqual(['一口气读懂心理学（学习日）']);
    expect(full.gifts[1]).toMatchObject({ recipient: 'unit', unitId: w.unitB1, copies: 5 });

    const absent = await staff.put(`/api/learning/study-days/${id}/attendance`, {
      version: 1,
      signIns: [{ unitId: w.unitA2, status: 'absent' }],
    });
    expect(absent.statusCode).toBe(400);
    expect(absent.json().fields[0].field).toBe('signIns.0.reason');
    const signed = await staff.put(`/api/learning/study-days/${id}/attendance`, {
      version: 1,
      signIns: [
        { unitId: w.unitA1, status: 'present', attendee: '李四' },
        { unitId: w.unitA2, status: 'absent', reason: '外出开会' },
      ],
    });
    expect(signed.statusCode).toBe(200);
    expect(
      (
        await staff.put(`/api/learning/study-days/${id}/attendance`, {
          version: 1,
          signIns: [{ unitId: w.unitA1, status: 'pending' }],
        })
      ).statusCode,
    ).toBe(409);
    const mine = (await adminA1.get(`/api/learning/study-days/${id}`)).json();
    expect(mine.attendance).toEqual([
      expect.objectContaining({ unitId: w.unitA1, status: 'present', attendee: '李四' }),
    ]);
    expect(mine).toMatchObject({ invitedCount: 3, presentCount: 1, absentCount: 1 });
    const area = (await areaLeader.get(`/api/learning/study-days/${id}`)).json();
    expect(area.attendance.map((a: { unitId: number }) => a.unitId).sort()).toEqual(
      [w.unitA1, w.unitA2].sort(),
    );
    expect((await otherStaff.get(`/api/learning/study-days/${id}`)).statusCode).toBe(404);
    expect((await otherStaff.get('/api/learning/study-days')).json().total).toBe(0);
    expect((await evaluator.get('/api/learning/study-days')).statusCode).toBe(403);
  });

  it('signs in by person as well as by unit: names per unit, scoped, counts by unit unchanged', async () => {
    const res = await staff.post('/api/learning/study-days', {
      heldOn: '2010-04-16',
      theme: '按人签到的学习日',
      invitedUnitIds: [w.unitA1, w.unitA2, w.unitB1],
    });
    const id = res.json().id as number;
    const put = (version: number, signIns: unknown[]) =>
      staff.put(`/api/learning/study-days/${id}/attendance`, { version, signIns });
    const dup = await put(1, [{ unitId: w.unitA1, status: 'present', attendees: ['王五', '王五'] }]);
    expect(dup.statusCode).toBe(400);
    expect(dup.json().fields[0].field).toBe('signIns.0.attendees');
    const blank = await put(1, [{ unitId: w.unitA1, status: 'present', attendees: [''] }]);
    expect(blank.statusCode).toBe(400);
    expect(blank.json().fields[0].field).toBe('signIns.0.attendees.0');
    expect(blank.json().fields[0].message).toContain('参加人员');
    const long = await put(1, [{ unitId: w.unitA1, status: 'present', attendees: ['名'.repeat(21)] }]);
    expect(long.statusCode).toBe(400);

    const before = await auditCount(t.deps.db, 'learning.studyDay.attendance');
    const ok = await put(1, [
      { unitId: w.unitA1, status: 'present', attendee: '李四', attendees: ['李四', '赵六'] },
      { unitId: w.unitA2, status: 'present' },
      { unitId: w.unitB1, status: 'absent', reason: '外出', attendees: ['不应保存'] },
    ]);
    expect(ok.statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'learning.studyDay.attendance')).toBe(before + 1);
    const full = (await staff.get(`/api/learning/study-days/${id}`)).json();
    expect(full).toMatchObject({ invitedCount: 3, presentCount: 2, absentCount: 1, attendeeCount: 2 });
    const byUnit = Object.fromEntries(
      full.attendance.map((a: { unitId: number; attendees: string[] }) => [a.unitId, a.attendees]),
    );
    expect(byUnit).toEqual({ [w.unitA1]: ['李四', '赵六'], [w.unitA2]: [], [w.unitB1]: [] });
    // Another unit's admin sees only their own unit's names.
    const adminA2 = await login(t.app, w.users.adminA2.username);
    const other = (await adminA2.get(`/api/learning/study-days/${id}`)).json();
    expect(other.attendeeCount).toBe(0);
    expect(other.attendance).toEqual([expect.objectContaining({ unitId: w.unitA2, attendees: [] })]);
    // Back to pending clears the names; the list summary keeps counting units.
    expect((await put(2, [{ unitId: w.unitA1, status: 'pending' }])).statusCode).toBe(200);
    const after = (await staff.get(`/api/learning/study-days/${id}`)).json();
    expect(after).toMatchObject({ presentCount: 1, attendeeCount: 0 });
  });

  it('validates gifts, units and dates', async () => {
    const book = await newBook();
    const base = {
      heldOn: '2010-06-25',
      theme: '第二期',
      invitedUnitIds: [w.unitA1],
      gifts: [] as unknown[],
    };
    const notInvited = await staff.post('/api/learning/study-days', {
      ...base,
      gifts: [{ bookId: book, copies: 1, recipient: 'unit', unitId: w.unitB1 }],
    });
    expect(notInvited.json().fields[0].field).toBe('gifts.0.unitId');
    const noBook = await staff.post('/api/learning/study-days', {
      ...base,
      gifts: [{ bookId: 999999, copies: 1, recipient: 'attendees' }],
    });
    expect(noBook.json().fields[0].field).toBe('gifts.0.bookId');
    const foreign = await staff.post('/api/learning/study-days', { ...base, invitedUnitIds: [w.unitX] });
    expect(foreign.json().fields[0].field).toBe('invitedUnitIds.0');
    const badDate = await staff.post('/api/learning/study-days', { ...base, heldOn: '2010-13-01' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().fields[0].field).toBe('heldOn');
    const copies = await staff.post('/api/learning/study-days', {
      ...base,
      gifts: [{ bookId: book, copies: 0, recipient: 'attendees' }],
    });
    expect(copies.json().fields[0].field).toBe('gifts.0.copies');
    expect((await adminA1.post('/api/learning/study-days', base)).statusCode).toBe(403);
    expect((await staff.del('/api/learning/study-days/999999')).statusCode).toBe(404);
  });
});

describe('study material', () => {
  it('numbers published issues per year without gaps; units see only published ones', async () => {
    const ids: number[] = [];
    for (const title of ['学习胡锦涛总书记重要讲话', '第二期材料', '草稿材料']) {
      const res = await staff.post('/api/learning/materials', { year: 2010, title, contents: '内容' });
      expect(res.statusCode).toBe(200);
      ids.push(res.json().id);
    }
    const numbers = [];
    for (const id of ids.slice(0, 2))
      numbers.push((await staff.post(`/api/learning/materials/${id}/publish`, { version: 1 })).json().number);
    expect(numbers).toEqual([1, 2]);
    expect((await staff.post(`/api/learning/materials/${ids[0]}/publish`, { version: 2 })).statusCode).toBe(
      409,
    );
    expect(
      (
        await staff.put(`/api/learning/materials/${ids[0]}`, {
          year: 2010,
          title: '改',
          contents: '改',
          version: 2,
        })
      ).statusCode,
    ).toBe(409);
    const unitView = (await adminA1.get('/api/learning/materials', { year: 2010 })).json();
    expect(unitView.items.map((m: { id: number }) => m.id).sort()).toEqual(ids.slice(0, 2).sort());
    expect((await adminA1.get(`/api/learning/materials/${ids[2]}`)).statusCode).toBe(404);
    expect(
      (await adminA1.post('/api/learning/materials', { year: 2010, title: 'x', contents: 'x' })).statusCode,
    ).toBe(403);
    const bad = await staff.post('/api/learning/materials', { year: 1800, title: '', contents: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['title', 'year']);
  });

  it('attaches files, and only readers of a published issue may download them', async () => {
    const fileId = await uploadFile(staff, 'material.png');
    const res = await staff.post('/api/learning/materials', {
      year: 2011,
      title: '附件材料',
      contents: '见附件',
      fileIds: [fileId],
    });
    expect(res.statusCode).toBe(200);
    const id = res.json().id;
    expect((await staff.get(`/api/learning/materials/${id}`)).json().files[0].id).toBe(fileId);
    expect((await adminA1.get(`/api/files/${fileId}`)).statusCode).toBe(404);
    await staff.post(`/api/learning/materials/${id}/publish`, { version: 1 });
    expect((await adminA1.get(`/api/files/${fileId}`)).statusCode).toBe(200);
    const someoneElses = await uploadFile(adminA1, 'mine.png');
    const reuse = await staff.post('/api/learning/materials', {
      year: 2011,
      title: 'x',
      contents: 'x',
      fileIds: [someoneElses],
    });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().fields[0].field).toBe('fileIds');
  });
});
