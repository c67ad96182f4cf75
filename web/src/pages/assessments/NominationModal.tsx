import { useQuery } from '@tanstack/react-query';
import { Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { type Award, awardUpdate, type ResultsOut } from '../../../../common/assessments.js';
import { ApiError, api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zodItem } from '../../components/zodRules.js';
import { W } from './shared.js';

interface Values {
  title: string;
  publicityDays: number;
  unitIds: number[];
}
const field = awardUpdate.shape;

/**
 * Changes a nomination before approval (title, 公示 days, the units); on a returned (已退回) award
 * it sends the list back to the leader. Only ranked, fully scored, not vetoed units are offered.
 */
export default function NominationModal({
  award,
  onClose,
  onSaved,
}: {
  award: Award;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const results = useQuery({
    queryKey: ['assessment-results', award.schemeId],
    queryFn: () => api.get<ResultsOut>(`/api/assessments/schemes/${award.schemeId}/results`),
  });
  const options = (results.data?.categories ?? []).map((c) => ({
    label: c.category,
    title: c.category,
    options: c.rows
      .filter((r) => r.complete && !r.vetoed && r.rank !== null)
      .map((r) => ({ value: r.unitId, label: `${r.rank}. ${r.unitName}（${r.total.toFixed(2)}）` })),
  }));
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    try {
      await api.put(`/api/assessments/awards/${award.id}`, { ...v, version: award.version });
    } catch (e) {
      // A refused unit is named as unitIds.N: show it on the one unit field.
      if (e instanceof ApiError)
        throw new ApiError(
          e.status,
          e.code,
          e.message,
          e.fields.map((f) => ({ ...f, field: f.field.replace(/^unitIds\.\d+$/, 'unitIds') })),
        );
      throw e;
    }
    onSaved();
  });
  return (
    <Modal
      open
      title={award.status === 'rejected' ? W.renominate : W.editNomination}
      okText={award.status === 'rejected' ? W.renominate : undefined}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          title: award.title,
          publicityDays: award.publicityDays,
          unitIds: award.entries.filter((e) => !e.withdrawn).map((e) => e.unitId),
        }}
      >
        <Form.Item name="title" label={W.awardTitle} {...zodItem(field.title)}>
          <Input />
        </Form.Item>
        <Form.Item name="publicityDays" label={W.publicityDays} {...zodItem(field.publicityDays)}>
          <InputNumber min={1} max={30} suffix="天" />
        </Form.Item>
        <Form.Item
          name="unitIds"
          label={W.nominatedUnits}
          extra={<Typography.Text type="secondary">{W.nominationHint}</Typography.Text>}
          {...zodItem(field.unitIds)}
        >
          <Select mode="multiple" loading={results.isLoading} options={options} optionFilterProp="label" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
