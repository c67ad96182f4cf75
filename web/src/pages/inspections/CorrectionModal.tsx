import { App, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import {
  CORRECTION_FIELDS,
  type CorrectionField,
  CRITERIA,
  CRITERION_MAX,
  type SessionDetail,
} from '../../../../common/inspections.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import AttendanceList from './AttendanceList.js';
import { DateField } from './DateField.js';
import { categoryOptions, f, gradeOptions, required, t, w } from './shared.js';

interface Values {
  field: CorrectionField;
  newValue?: string;
  attendance?: { name: string; present: boolean; absenceReason?: string | null }[];
  scores?: Record<string, number | null | undefined>;
  itemId?: number;
  kind?: string;
  itemCategory?: string;
  content?: string;
  reason: string;
}

const fieldOptions = CORRECTION_FIELDS.map((x) => ({ value: x, label: t.correctionFields[x] }));
const kindOptions = Object.entries(t.itemKinds).map(([value, label]) => ({ value, label }));

/**
 * 更正 of a locked record: the text fields, attendance, per-criterion scores, and adding,
 * editing or removing one practice/shortcoming item. Each correction needs a reason and is kept.
 */
export default function CorrectionModal({
  detail,
  open,
  onClose,
  onChanged,
}: {
  detail: SessionDetail;
  open: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const rec = detail.record;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const field = Form.useWatch('field', form);
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    const body: Record<string, unknown> = { field: v.field, reason: v.reason, version: rec?.version };
    if (v.field === 'attendance')
      body.attendance = (v.attendance ?? []).map((a) => ({
        name: a.name,
        present: !!a.present,
        absenceReason: a.present ? null : (a.absenceReason ?? null),
      }));
    else if (v.field === 'scores')
      body.scores = Object.entries(v.scores ?? {})
        .filter(([, s]) => typeof s === 'number')
        .map(([criterion, score]) => ({ criterion, score }));
    else if (v.field.startsWith('item'))
      Object.assign(body, {
        itemId: v.itemId,
        kind: v.kind,
        itemCategory: v.itemCategory,
        content: v.content,
      });
    else body.newValue = v.newValue ?? '';
    await api.post(`/api/inspections/sessions/${detail.session.id}/record/corrections`, body);
    message.success(w.corrected);
    form.resetFields();
    onClose();
    onChanged();
  });
  if (!rec) return null;
  const itemOptions = detail.items.map((i) => ({
    value: i.id,
    label: `${t.itemKinds[i.kind]}·${t.categories[i.itemCategory]}：${i.content}`,
  }));
  // Choosing what to correct fills in the current value, so the user edits rather than retypes.
  const onValuesChange = (changed: Partial<Values>) => {
    if (changed.field === 'attendance') form.setFieldValue('attendance', rec.attendance);
    else if (changed.field === 'scores')
      form.setFieldValue('scores', Object.fromEntries(rec.scores.map((s) => [s.criterion, s.score])));
    else if (changed.field && changed.field in rec)
      form.setFieldValue('newValue', String(rec[changed.field as keyof typeof rec] ?? ''));
    if (changed.itemId !== undefined) {
      const item = detail.items.find((i) => i.id === changed.itemId);
      if (item) form.setFieldsValue({ itemCategory: item.itemCategory, content: item.content });
    }
  };
  return (
    <Modal
      open={open}
      title={w.correct}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={w.correct}
      confirmLoading={busy}
      width={640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{w.correctHint}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={onValuesChange}>
        <Form.Item name="field" label={f.field} rules={[required]}>
          <Select options={fieldOptions} placeholder={w.correctWhat} />
        </Form.Item>
        {field === 'attendance' && <AttendanceList form={form} name="attendance" />}
        {field === 'scores' && (
          <Space wrap>
            {CRITERIA.map((c) => (
              <Form.Item key={c} name={['scores', c]} label={`${t.criteria[c]}（${CRITERION_MAX}）`}>
                <InputNumber min={0} max={CRITERION_MAX} style={{ width: 100 }} />
              </Form.Item>
            ))}
          </Space>
        )}
        {field === 'itemAdd' && (
          <Form.Item name="kind" label={w.itemKind} rules={[required]}>
            <Select options={kindOptions} />
          </Form.Item>
        )}
        {(field === 'itemEdit' || field === 'itemRemove') && (
          <Form.Item name="itemId" label={w.itemToCorrect} rules={[required]}>
            <Select options={itemOptions} notFoundContent={w.none} />
          </Form.Item>
        )}
        {(field === 'itemAdd' || field === 'itemEdit') && (
          <>
            <Form.Item name="itemCategory" label={w.itemCategory} rules={[required]}>
              <Select options={categoryOptions} />
            </Form.Item>
            <Form.Item name="content" label={w.itemContent} rules={[required]}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          </>
        )}
        {field && !field.startsWith('item') && field !== 'attendance' && field !== 'scores' && (
          <Form.Item
            name="newValue"
            label={f.newValue}
            rules={field === 'inspectedOn' || field === 'grade' || field === 'feedback' ? [required] : []}
          >
            {field === 'grade' ? (
              <Select options={gradeOptions} />
            ) : field === 'inspectedOn' ? (
              <DateField year={detail.session.year} allowClear={false} />
            ) : (
              <Input.TextArea rows={4} />
            )}
          </Form.Item>
        )}
        <Form.Item name="reason" label={w.correctReason} rules={[required]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
