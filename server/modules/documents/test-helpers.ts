import type { Client } from '../../test/factories.js';

/** A minimal valid document body; tests override what they exercise. */
export function documentBody(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'notice',
    orgCode: '云直党工',
    title: '关于开展测试工作的通知',
    recipientsText: '市直机关各党组织',
    blocks: [
      { kind: 'p', text: '为做好有关工作，现通知如下。' },
      { kind: 'h1', text: '工作要求' },
    ],
    attachmentNotes: [],
    fileIds: [],
    signature: '中共测试市委市直机关工作委员会',
    writtenOn: '2010-03-05',
    copyTo: null,
    target: { mode: 'all', unitIds: [] },
    ...overrides,
  };
}

export function taskBody(overrides: Record<string, unknown> = {}) {
  return {
    title: '报送学习型党组织建设工作情况',
    description: '请各单位报送工作开展情况。',
    deadline: '2010-04-30',
    cycle: 'none',
    requiresText: true,
    requiresFiles: false,
    figures: [{ label: '开展集中学习', measure: '次' }],
    target: { mode: 'all', unitIds: [] },
    ...overrides,
  };
}

export async function issuedDocument(staff: Client, overrides: Record<string, unknown> = {}) {
  const created = await staff.post('/api/documents', documentBody(overrides));
  if (created.statusCode !== 200) throw new Error(created.body);
  const id = created.json().id as number;
  const issued = await staff.post(`/api/documents/${id}/issue`, { version: 1 });
  if (issued.statusCode !== 200) throw new Error(issued.body);
  return { id, docNumber: issued.json().docNumber as string };
}
