import ExcelJS from 'exceljs';
import { call, type Session } from './client.js';

/**
 * A 10,000-row unit import through POST /api/orgs/import: the app's own template, filled with new units
 * (valid category and area from the tenant), then imported for real. Returns the wall time in ms.
 */
export async function benchImport(base: string, s: Session, rows = 10_000) {
  const template = await call(base, s, 'GET', '/api/orgs/import/template');
  const categories = JSON.parse((await call(base, s, 'GET', '/api/orgs/categories')).toString());
  const areas = JSON.parse((await call(base, s, 'GET', '/api/orgs/areas')).toString());
  const category = (Array.isArray(categories) ? categories : categories.items)[0];
  const area = (Array.isArray(areas) ? areas : areas.items)[0];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  const headerRow = findHeaderRow(sheet);
  for (let i = 0; i < rows; i++) {
    sheet.getRow(headerRow + 1 + i).values = [
      `IMP${String(i + 1).padStart(5, '0')}`,
      `导入测试单位${i + 1}`,
      `导入${i + 1}`,
      typeof category === 'string' ? category : category.name,
      area.name,
      '否',
      '联系人',
      '0871-1234567',
      i + 1,
    ];
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const form = () => {
    const f = new FormData();
    f.append('file', new Blob([buffer]), 'units.xlsx');
    return f;
  };
  const t0 = performance.now();
  const check = JSON.parse((await call(base, s, 'POST', '/api/orgs/import', form())).toString());
  const t1 = performance.now();
  const result = JSON.parse(
    (await call(base, s, 'POST', '/api/orgs/import?dryRun=false', form())).toString(),
  );
  const t2 = performance.now();
  if (result.created?.units !== rows) throw new Error(`import created ${JSON.stringify(result.created)}`);
  return {
    dryRunMs: Math.round(t1 - t0),
    ms: Math.round(t2 - t1),
    bytes: buffer.length,
    check: check.created,
    result: result.created,
  };
}

function findHeaderRow(sheet: ExcelJS.Worksheet) {
  for (let r = 1; r <= 5; r++) {
    const first = String(sheet.getRow(r).getCell(1).value ?? '');
    if (first.includes('编码') || first.includes('代码')) return r;
  }
  return 1;
}
