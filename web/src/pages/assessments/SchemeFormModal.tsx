import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  ballotValues,
  SCHEME_KINDS,
  type SchemeSummary,
  schemeInput,
} from '../../../../common/assessments.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zodItem } from '../../components/zodRules.js';
import { zh } from '../../locale.js';
import { A, W } from './shared.js';

const field = { ...schemeInput.shape, ...ballotValues.shape };

interface Values {
  name: string;
  kind: string;
  year: number;
  period: [Dayjs, Dayjs];
  ballotEnabled: boolean;
  ballotWeight: number;
  satisfied: number;
  basic: number;
  unsatisfied: number;
}

/** Creates or edits a scheme's settings (name, kind, year, period, ballots). */
export default function SchemeFormModal({
  scheme,
  onClose,
  onSaved,
}: {
  scheme: SchemeSummary | null;
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const [form] = Form.useForm<Values>();
  const f = zh.fieldLabels;
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    const body = {
      name: v.name,
      kind: v.kind,
      year: v.year,
      periodStart: v.period[0].format('YYYY-MM-DD'),
      periodEnd: v.period[1].format('YYYY-MM-DD'),
      ballotEnabled: !!v.ballotEnabled,
      ballotWeight: v.ballotEnabled ? v.ballotWeight : 0,
      ballotValues: { satisfied: v.satisfied, basic: v.basic, unsatisfied: v.unsatisfied },
    };
    const res = scheme
      ? await api.put<{ id: number }>(`/api/assessments/schemes/${scheme.id}`, {
          ...body,
          version: scheme.version,
        })
      : await api.post<{ id: number }>('/api/assessments/schemes', body);
    onSaved(res.id);
  });
  const initial = scheme
    ? { ...scheme, ...scheme.ballotValues, period: [dayjs(scheme.periodStart), dayjs(scheme.periodEnd)] }
    : { kind: 'work_style', year: 2010, satisfied: 100, basic: 70, unsatisfied: 30, ballotWeight: 20 };
  const ballotEnabled = Form.useWatch('ballotEnabled', form);
  return (
    <Modal
      open
      title={scheme ? W.editScheme : W.newScheme}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={zh.web.common.save}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item name="name" label={W.schemeName} {...zodItem(field.name)}>
          <Input placeholder="如：2010年度机关作风建设考评" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={14}>
            <Form.Item name="kind" label={W.schemeKind} {...zodItem(field.kind)}>
              <Select options={SCHEME_KINDS.map((k) => ({ value: k, label: A.kinds[k] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="year" label={f.year} {...zodItem(field.year)}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="period" label={W.period} rules={[{ required: true, message: '不能为空' }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="ballotEnabled" valuePropName="checked">
          <Checkbox>{f.ballotEnabled}</Checkbox>
        </Form.Item>
        {/* Kept mounted (only hidden) so the default values travel even when ballots are off. */}
        {
          <Row gutter={8} style={{ display: ballotEnabled ? undefined : 'none' }}>
            {(['ballotWeight', 'satisfied', 'basic', 'unsatisfied'] as const).map((k) => (
              <Col span={6} key={k}>
                <Form.Item name={k} label={f[k]} {...zodItem(field[k])}>
                  <InputNumber min={0} max={100} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        }
      </Form>
    </Modal>
  );
}
