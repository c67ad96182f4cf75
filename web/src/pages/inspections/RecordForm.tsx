import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Divider,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import { CRITERIA, CRITERION_MAX, type SessionDetail } from '../../../../common/inspections.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import AttendanceList from './AttendanceList.js';
import { DateField } from './DateField.js';
import { categoryOptions, f, gradeOptions, required, t, w } from './shared.js';

interface CheckItem {
  id: number;
  name: string;
  active: boolean;
}
interface Values {
  inspectedOn: string;
  attendance: { name: string; present: boolean; absenceReason?: string | null }[];
  checks: Record<string, 'yes' | 'partial' | 'no' | undefined>;
  questionsAsked: string;
  notes: string;
  grade: string | null;
  scores: Record<string, number | null | undefined>;
  practices: { itemCategory: string; content: string }[];
  shortcomings: { itemCategory: string; content: string }[];
  feedback: string;
}

/** The on-site record (查、问、听、评), one column so it works on a phone; saved as a draft until submitted. */
export default function RecordForm({ detail, onChanged }: { detail: SessionDetail; onChanged: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const checkItems = useQuery({
    queryKey: ['/api/inspections/check-items'],
    queryFn: () => api.get<CheckItem[]>('/api/inspections/check-items'),
  });
  const rec = detail.record;
  const plan = detail.studyPlans[0];
  const items = (kind: 'practice' | 'shortcoming') =>
    detail.items
      .filter((i) => i.kind === kind)
      .map((i) => ({ itemCategory: i.itemCategory, content: i.content }));
  const initial: Partial<Values> = rec
    ? {
        ...rec,
        checks: Object.fromEntries(rec.checks.map((c) => [String(c.itemId), c.result])),
        scores: Object.fromEntries(rec.scores.map((s) => [s.criterion, s.score])),
        practices: items('practice'),
        shortcomings: items('shortcoming'),
      }
    : {
        inspectedOn: plan?.sessionDate ?? '',
        attendance: (plan?.attendees ?? []).map((name) => ({ name, present: true })),
        checks: {},
        scores: {},
        practices: [],
        shortcomings: [],
      };

  const body = (v: Values) => ({
    inspectedOn: v.inspectedOn,
    attendance: (v.attendance ?? []).map((a) => ({
      name: a.name,
      present: !!a.present,
      absenceReason: a.present ? null : a.absenceReason,
    })),
    checks: Object.entries(v.checks ?? {})
      .filter(([, r]) => r)
      .map(([itemId, result]) => ({ itemId: Number(itemId), result })),
    questionsAsked: v.questionsAsked ?? '',
    notes: v.notes ?? '',
    grade: v.grade ?? null,
    scores: Object.entries(v.scores ?? {})
      .filter(([, s]) => s !== null && s !== undefined)
      .map(([criterion, score]) => ({ criterion, score })),
    practices: v.practices ?? [],
    shortcomings: v.shortcomings ?? [],
    feedback: v.feedback ?? '',
    version: rec?.version,
  });
  const save = useFormSubmit<Values>(form, async (v) => {
    await api.put(`/api/inspections/sessions/${detail.session.id}/record`, body(v));
    message.success(w.saved);
    onChanged();
  });
  const submitRecord = async () => {
    try {
      await form.validateFields();
      const v = form.getFieldsValue(true) as Values;
      await api.put(`/api/inspections/sessions/${detail.session.id}/record`, body(v));
      const fresh = await api.get<SessionDetail>(`/api/inspections/sessions/${detail.session.id}`);
      await api.post(`/api/inspections/sessions/${detail.session.id}/record/submit`, {
        version: fresh.record?.version,
      });
      message.success(w.submittedRecord);
      onChanged();
    } catch (error) {
      if (error instanceof Error) message.error(error.message);
    }
  };
  const scores = Form.useWatch('scores', form) ?? {};
  const total = Object.values(scores).reduce<number>((sum, s) => sum + (typeof s === 'number' ? s : 0), 0);

  const itemList = (name: 'practices' | 'shortcomings', label: string) => (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div>
          <Typography.Text strong>{label}</Typography.Text>
          {fields.map((field) => (
            <Space key={field.key} align="start" style={{ display: 'flex', marginTop: 8 }} wrap>
              <Form.Item name={[field.name, 'itemCategory']} rules={[required]} style={{ marginBottom: 0 }}>
                <Select options={categoryOptions} style={{ width: 110 }} aria-label={f.itemCategory} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'content']}
                rules={[required]}
                style={{ marginBottom: 0, flex: 1, minWidth: 220 }}
              >
                <Input.TextArea
                  autoSize
                  placeholder={w.labels.content}
                  aria-label={`${label}${w.labels.content}`}
                />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={w.remove}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            style={{ marginTop: 8 }}
            onClick={() => add({ itemCategory: 'other', content: '' })}
          >
            {w.addItem}（{label}）
          </Button>
        </div>
      )}
    </Form.List>
  );

  return (
    <Card size="small" title={w.record}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={save.submit}>
        <Form.Item name="inspectedOn" label={f.inspectedOn} rules={[required]}>
          <DateField year={detail.session.year} />
        </Form.Item>
        <Divider titlePlacement="start">{w.attendance}</Divider>
        <AttendanceList form={form} name="attendance" />
        <Divider titlePlacement="start">{w.checks}</Divider>
        {(checkItems.data ?? [])
          .filter((c) => c.active)
          .map((c) => (
            <Form.Item key={c.id} name={['checks', String(c.id)]} label={c.name} style={{ marginBottom: 8 }}>
              <Radio.Group
                optionType="button"
                size="small"
                options={Object.entries(t.checkResults).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
          ))}
        <Divider titlePlacement="start">{w.asked}</Divider>
        <Form.Item name="questionsAsked">
          <Input.TextArea rows={3} aria-label={f.questionsAsked} />
        </Form.Item>
        <Divider titlePlacement="start">{w.listened}</Divider>
        <Form.Item name="notes">
          <Input.TextArea rows={4} aria-label={f.notes} />
        </Form.Item>
        <Divider titlePlacement="start">{w.evaluation}</Divider>
        <Form.Item name="grade" label={f.grade}>
          <Radio.Group optionType="button" options={gradeOptions} />
        </Form.Item>
        <Space wrap>
          {CRITERIA.map((c) => (
            <Form.Item key={c} name={['scores', c]} label={`${t.criteria[c]}（${CRITERION_MAX}）`}>
              <InputNumber min={0} max={CRITERION_MAX} style={{ width: 100 }} />
            </Form.Item>
          ))}
        </Space>
        {total > 0 && <Typography.Paragraph>{w.scoreTotal(total)}</Typography.Paragraph>}
        <Divider />
        {itemList('practices', w.practices)}
        <Divider />
        {itemList('shortcomings', w.shortcomings)}
        <Divider titlePlacement="start">{w.feedback}</Divider>
        <Form.Item name="feedback">
          <Input.TextArea rows={4} aria-label={f.feedback} />
        </Form.Item>
        <Space wrap>
          <Button htmlType="submit" loading={save.busy}>
            {w.saveDraft}
          </Button>
          <Popconfirm title={w.submitConfirm} onConfirm={submitRecord}>
            <Button type="primary">{w.submitRecord}</Button>
          </Popconfirm>
        </Space>
      </Form>
    </Card>
  );
}
