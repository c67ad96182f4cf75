import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadXlsx, multipartOf, xlsxOf, zipOf } from '../../platform/excel/test-kit.js';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: World;
let staff: Client;
let areaAName: string;

const UNIT_HEAD = [
  '单位代码*',
  '单位名称*',
  '简称',
  '考核类别*',
  '所属片区',
  '窗口单位(是/否)',
  '联系人',
  '联系电话',
  '排序',
];
const ORG_HEAD = [
  '单位代码*',
  '党组织名称*',
  '类型*(党组/机关党委/党总支/党支部)',
  '上级党组织名称',
  '类别代码',
  '成立日期',
  '届期开始',
  '届期结束',
  '书记',
  '联系人',
  '联系电话',
  '党员人数',
];

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
  const area = await t.deps.db
    .selectFrom('areas')
    .select('name')
    .where('id', '=', w.areaA)
    .executeTakeFirstOrThrow();
  areaAName = area.name;
});
afterAll(() => t.close());

async function upload(client: Client, file: Buffer, dryRun: boolean | string, filename = 'orgs.xlsx') {
  const { payload, headers } = await multipartOf(file, filename);
  return client.request({ method: 'POST', url: `/api/orgs/import?dryRun=${dryRun}`, payload, headers });
}

const countOf = async (table: 'units' | 'partyOrgs') =>
  Number(
    (
      await t.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('tenantId', '=', w.tenantId)
        .executeTakeFirstOrThrow()
    ).n,
  );

function goodFile(prefix: string, overrides: { unitName?: string } = {}) {
  return xlsxOf({
    单位: [
      UNIT_HEAD,
      [
        `${prefix}01`,
        overrides.unitName ?? '市导入测试局',
        '导入局',
        '综合管理部门',
        areaAName,
        '是',
        '张三',
        '0871-6512567',
        3,
      ],
      [`${prefix}02`, '市第二导入测试办', null, '执法监督部门', null, '否', null, null, null],
    ],
    党组织: [
      ORG_HEAD,
      // The child comes before its parent: parents may appear later in the sheet.
      [
        `${prefix}01`,
        '办公室党支部',
        '党支部',
        '机关党委',
        null,
        '2008-05-01',
        '2008-05-01',
        '2011-04-30',
        '李四',
        null,
        null,
        12,
      ],
      [
        `${prefix}01`,
        '机关党委',
        '机关党委',
        null,
        'J1',
        '2005/3/1',
        null,
        null,
        '王五',
        null,
        '13812345678',
        80,
      ],
      [
        `${prefix}02`,
        '市第二导入测试办党支部',
        '党支部',
        null,
        null,
        null,
        '2009年1月1日',
        '2012-12-31',
        null,
        null,
        null,
        9,
      ],
    ],
  });
}

describe('template', () => {
  it('downloads an .xlsx with the three sheets, headers only, and the tenant areas in the guide', async () => {
    const res = await staff.get('/api/orgs/import/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const wb = await loadXlsx(res.rawPayload);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['单位', '党组织', '填写说明']);
    const units = wb.getWorksheet('单位')!;
    expect((units.getRow(1).values as unknown[]).slice(1)).toEqual(UNIT_HEAD);
    expect((wb.getWorksheet('党组织')!.getRow(1).values as unknown[]).slice(1)).toEqual(ORG_HEAD);
    expect(units.actualRowCount).toBe(1);
    expect(wb.getWorksheet('党组织')!.actualRowCount).toBe(1);
    const guide = wb.getWorksheet('填写说明')!.getColumn(1).values.join('\n');
    expect(guide).toContain(areaAName);
  });

  it('is refused to a unit admin and an area leader', async () => {
    for (const u of [w.users.adminA1, w.users.areaLeader]) {
      expect((await (await login(t.app, u.username)).get('/api/orgs/import/template')).statusCode).toBe(403);
    }
  });
});

describe('import', () => {
  it('dry run reports what would change and writes nothing; the real run writes once with one audit row', async () => {
    const file = await goodFile('IMP');
    const [units, orgs, audits] = [
      await countOf('units'),
      await countOf('partyOrgs'),
      await auditCount(t.deps.db),
    ];
    const dry = await upload(staff, file, true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toEqual({
      dryRun: true,
      created: { units: 2, partyOrgs: 3 },
      updated: { units: 0, partyOrgs: 0 },
      unchanged: { units: 0, partyOrgs: 0 },
      errors: [],
    });
    expect([await countOf('units'), await countOf('partyOrgs'), await auditCount(t.deps.db)]).toEqual([
      units,
      orgs,
      audits,
    ]);

    const real = await upload(staff, file, false);
    expect(real.json()).toMatchObject({ dryRun: false, created: { units: 2, partyOrgs: 3 }, errors: [] });
    expect(await countOf('units')).toBe(units + 2);
    expect(await countOf('partyOrgs')).toBe(orgs + 3);
    expect(await auditCount(t.deps.db)).toBe(audits + 1);
    expect(await auditCount(t.deps.db, 'orgs.import')).toBe(1);

    const list = (await staff.get('/api/orgs/units', { q: 'IMP01' })).json();
    expect(list.items[0]).toMatchObject({ name: '市导入测试局', areaId: w.areaA, isWindow: true, sort: 3 });
    const tree = (await staff.get(`/api/orgs/units/${list.items[0].id}/party-orgs/tree`)).json();
    expect(tree).toHaveLength(1);
    expect(tree[0]).toMatchObject({ name: '机关党委', foundedOn: '2005-03-01', memberCount: 80 });
    expect(tree[0].children[0]).toMatchObject({ name: '办公室党支部', termEnd: '2011-04-30' });
  });

  it('the same file twice changes nothing and writes nothing; a changed cell is one update', async () => {
    const file = await goodFile('TWICE');
    await upload(staff, file, false);
    const audits = await auditCount(t.deps.db);
    const again = await upload(staff, file, false);
    expect(again.json()).toMatchObject({
      created: { units: 0, partyOrgs: 0 },
      updated: { units: 0, partyOrgs: 0 },
      unchanged: { units: 2, partyOrgs: 3 },
      errors: [],
    });
    expect(await auditCount(t.deps.db)).toBe(audits);
    const changed = await upload(staff, await goodFile('TWICE', { unitName: '市导入测试局（更名）' }), false);
    expect(changed.json()).toMatchObject({
      updated: { units: 1, partyOrgs: 0 },
      unchanged: { units: 1, partyOrgs: 3 },
    });
    expect(await auditCount(t.deps.db)).toBe(audits + 1);
  });

  it('reports row errors by sheet, Excel row and column, and writes nothing at all', async () => {
    const file = await xlsxOf({
      单位: [
        UNIT_HEAD,
        ['ERR01', '正确的单位', null, '综合管理部门', null, '否', null, null, 1],
        ['ERR02', null, null, '综合管理部门', '不存在的片区', '也许', null, '电话abc', 'x'],
        ['ERR01', '重复代码', null, '综合管理部门', null, null, null, null, null],
      ],
      党组织: [
        ORG_HEAD,
        ['ERR01', '某支部', '小组', null, null, '2009-13-45', null, null, null, null, null, null],
        ['NOPE', '孤儿支部', '党支部', null, null, null, null, null, null, null, null, null],
        [
          'ERR01',
          '二支部',
          '党支部',
          '没有这个上级',
          null,
          null,
          '2010-01-01',
          '2009-01-01',
          null,
          null,
          null,
          null,
        ],
      ],
    });
    const [units, audits] = [await countOf('units'), await auditCount(t.deps.db)];
    const res = await upload(staff, file, false);
    expect(res.statusCode).toBe(200);
    const { errors } = res.json() as {
      errors: { sheet: string; row: number; column: string; message: string }[];
    };
    const at = (sheet: string, row: number, column: string) =>
      errors.find((e) => e.sheet === sheet && e.row === row && e.column === column)?.message;
    expect(at('单位', 3, '单位名称')).toBe('不能为空');
    expect(at('单位', 3, '窗口单位')).toContain('是');
    expect(at('单位', 3, '排序')).toBe('须为整数');
    expect(at('单位', 4, '单位代码')).toContain('第 2 行');
    expect(at('党组织', 2, '类型')).toContain('党支部');
    expect(at('党组织', 2, '成立日期')).toBeTruthy();
    expect(at('党组织', 3, '单位代码')).toContain('不存在');
    expect(at('党组织', 4, '届期结束')).toContain('不能早于');
    expect(errors.every((e) => /[\u4e00-\u9fa5]/.test(e.message))).toBe(true);
    expect(await countOf('units')).toBe(units);
    expect(await auditCount(t.deps.db)).toBe(audits);

    const parentMissing = await xlsxOf({
      单位: [UNIT_HEAD],
      党组织: [
        ORG_HEAD,
        ['IMP01', '二支部', '党支部', '没有这个上级', null, null, null, null, null, null, null, 1],
      ],
    });
    expect((await upload(staff, parentMissing, true)).json().errors).toEqual([
      {
        sheet: '党组织',
        row: 2,
        column: '上级党组织名称',
        message: '同一单位下找不到上级党组织「没有这个上级」',
      },
    ]);
  });

  it('refuses formula cells with a row error and writes nothing', async () => {
    const file = await xlsxOf({
      单位: [
        UNIT_HEAD,
        [
          'FORM01',
          { formula: 'HYPERLINK("http://evil.example","点我")', result: '点我' },
          null,
          '综合管理部门',
          null,
          null,
          null,
          null,
          null,
        ],
      ],
      党组织: [ORG_HEAD],
    });
    const units = await countOf('units');
    const res = await upload(staff, file, false);
    expect(res.statusCode).toBe(200);
    expect(res.json().errors).toEqual([
      { sheet: '单位', row: 2, column: '单位名称', message: expect.stringContaining('公式') },
    ]);
    expect(await countOf('units')).toBe(units);
  });

  it('answers 400 in Chinese to a zip bomb, too many entries, a renamed text file and a zip without a workbook', async () => {
    const bomb = zipOf([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024, 0x20) },
    ]);
    const huge = zipOf(
      Array.from({ length: 2 }, (_, i) => ({
        name: `xl/big${i}.xml`,
        data: randomBytes(6 * 1024 * 1024),
      })).concat({
        name: 'xl/workbook.xml',
        data: Buffer.from('<workbook/>'),
      }),
    );
    const many = zipOf(
      Array.from({ length: 2001 }, (_, i) => ({ name: `xl/e${i}.xml`, data: Buffer.from('x') })),
    );
    const text = Buffer.from('单位代码,单位名称\nA,B\n', 'utf8');
    const docx = zipOf([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
    const cases: [Buffer, string][] = [
      [bomb, '压缩比'],
      [many, '条目过多'],
      [text, '不是有效的 Excel'],
      [docx, '不是有效的 Excel'],
    ];
    for (const [file, message] of cases) {
      const res = await upload(staff, file, true);
      expect(res.statusCode, message).toBe(400);
      expect(res.json().message).toContain(message);
    }
    // The 12 MB one is over the 10 MB upload cap before it is even inspected.
    const res = await upload(staff, huge, true);
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toContain('10 MB');
  });

  it('answers 400 naming the field for a missing file, a wrong field name and a bad dryRun', async () => {
    const noFile = await staff.post('/api/orgs/import?dryRun=true', {});
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().fields[0].field).toBe('file');
    const { payload, headers } = await multipartOf(await goodFile('F'), 'a.xlsx', 'upload');
    const wrongField = await staff.request({
      method: 'POST',
      url: '/api/orgs/import?dryRun=true',
      payload,
      headers,
    });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().message).toContain('file');
    const badFlag = await upload(staff, await goodFile('F'), 'maybe');
    expect(badFlag.statusCode).toBe(400);
    expect(badFlag.json().message).toContain('试导入');
  });

  it('is refused to everyone but committee staff', async () => {
    const file = await goodFile('DENY');
    for (const u of [
      w.users.leader,
      w.users.areaLeader,
      w.users.adminA1,
      w.users.evaluator,
      w.users.sysadmin,
    ]) {
      expect((await upload(await login(t.app, u.username), file, true)).statusCode).toBe(403);
    }
  });
});
