import { useQueryClient } from '@tanstack/react-query';
import { Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import {
  DEFAULT_GRADE_SHARES,
  GRADE_KEYS,
  type GradeShares,
  gradeShares as gradeSharesSchema,
  INDICATOR_METHODS,
  type Indicator,
  indicatorInput,
  type SchemeDetail,
} from '../../../../common/assessments.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zodItem } from '../../components/zodRules.js';
import { zh } from '../../locale.js';
import { A, W } from './shared.js';

interface Values {
  name: string;
  maxPoints: number;
  bodyId?: number | null;
  method: 'score' | 'deduct';
  deductionPer?: number | null;
  deductionCap?: number | null;
  ruleText?: string;
  sourceKey?: string | null;
  gradeShares?: GradeShares | null;
  sort: number;
}

const GRADE_SOURCE = 'inspection_grades';
const field = indicatorInput.shape;
const shares = gradeSharesSchema.shape;

/** Adds or edits a level-1 indicator (with its scoring body) or a level-2 indicator under a parent. */
export default function IndicatorModal({
  scheme,
  indicator,
  parentId,
  onClose,
}: {
  scheme: SchemeDetail;
  indicator: Indicator | null;
  parentId: number | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const f = zh.fieldLabels;
  const method = Form.useWatch('method', form);
  const sourceKey = Form.useWatch('sourceKey', form);
  const siblings = scheme.indicators.filter((i) => i.parentId === parentId);
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    const body = {
      ...v,
      parentId,
      bodyId: parentId === null ? v.bodyId : null,
      gradeShares: v.sourceKey === GRADE_SOURCE ? v.gradeShares : null,
    };
    const url = `/api/assessments/schemes/${scheme.id}/indicators`;
    if (indicator) await api.put(`${url}/${indicator.id}`, { ...body, version: indicator.version });
    else await api.post(url, body);
    await client.invalidateQueries({ queryKey: ['assessment', scheme.id] });
    onClose();
  });
  return (
    <Modal
      open
      title={parentId === null ? W.level1 : W.level2}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          indicator
            ? { ...indicator, gradeShares: indicator.gradeShares ?? DEFAULT_GRADE_SHARES }
            : {
                method: 'score',
                sort: siblings.length + 1,
                bodyId: scheme.bodies[0]?.id,
                gradeShares: DEFAULT_GRADE_SHARES,
              }
        }
      >
        <Form.Item name="name" label={W.indicatorName} {...zodItem(field.name)}>
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="maxPoints" label={f.maxPoints} {...zodItem(field.maxPoints)}>
              <InputNumber min={0.5} max={1000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="method" label={f.method}>
              <Select options={INDICATOR_METHODS.map((m) => ({ value: m, label: A.methods[m] }))} />
            </Form.Item>
          </Col>
        </Row>
        {parentId === null && (
          <Form.Item name="bodyId" label={f.bodyId} rules={[{ required: true, message: '不能为空' }]}>
            <Select options={scheme.bodies.map((b) => ({ value: b.id, label: b.name }))} />
          </Form.Item>
        )}
        {method === 'deduct' && (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item
                name="deductionPer"
                label={f.deductionPer}
                required
                rules={[...zodItem(field.deductionPer).rules, { required: true, message: '不能为空' }]}
              >
                <InputNumber min={0.5} max={1000} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="deductionCap" label={f.deductionCap} {...zodItem(field.deductionCap)}>
                <InputNumber min={0} max={1000} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="sourceKey" label={f.sourceKey}>
          <Select
            allowClear
            placeholder={W.noSource}
            options={scheme.recordSources
              .filter((s) => s.yields !== 'occurrences' || method === 'deduct')
              .map((s) => ({ value: s.key, label: s.label }))}
          />
        </Form.Item>
        {sourceKey === GRADE_SOURCE && (
          <Form.Item label={W.gradeShares} extra={W.gradeSharesHint}>
            <Row gutter={8}>
              {GRADE_KEYS.map((g) => (
                <Col span={6} key={g}>
                  <Form.Item
                    name={['gradeShares', g]}
                    label={zh.inspections.grades[g]}
                    {...zodItem(shares[g])}
                    style={{ marginBottom: 0 }}
                  >
                    <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Form.Item>
        )}
        <Form.Item name="ruleText" label={f.ruleText} {...zodItem(field.ruleText)}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="sort" label={f.sort}>
          <InputNumber min={0} max={999} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
