import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, List, Modal, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Adoption, MechanismDetail } from '../../../../common/mechanisms.js';
import { api } from '../../api.js';
import FileUpload, { type UploadedFile } from '../../components/FileUpload.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { d, fl, options, ui } from '../documents/shared.js';

const REVIEW_COLORS: Record<string, string> = {
  none: 'default',
  submitted: 'blue',
  accepted: 'green',
  returned: 'orange',
};

/** A unit's sheet: every element with its status, evidence and review; report one at a time. */
export default function AdoptionSheet({ mechanism, unitId }: { mechanism: MechanismDetail; unitId: number }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Adoption | null>(null);
  const [form] = Form.useForm<{ status: string; evidence?: string; files: UploadedFile[] }>();
  const key = ['/api/mechanisms', mechanism.id, 'adoptions', unitId];
  const { data = [], isLoading } = useQuery({
    queryKey: key,
    queryFn: () => api.get<Adoption[]>(`/api/mechanisms/${mechanism.id}/adoptions`, { unitId }),
  });
  const { submit, busy } = useFormSubmit(
    form,
    async (v: { status: string; evidence?: string; files?: UploadedFile[] }) => {
      await api.post(`/api/mechanisms/${mechanism.id}/adoptions`, {
        elementId: editing?.elementId,
        unitId,
        status: v.status,
        evidence: v.evidence ?? null,
        fileIds: (v.files ?? []).map((f) => f.id),
        version: editing?.version ?? null,
      });
      message.success(ui.adoptionOk);
      setEditing(null);
      client.invalidateQueries({ queryKey: ['/api/mechanisms'] });
    },
  );
  const element = (id: number) => mechanism.elements.find((e) => e.id === id);
  const locked = (a: Adoption) =>
    a.reviewStatus === 'submitted' || (a.reviewStatus === 'accepted' && a.status === 'done');
  return (
    <>
      <List
        loading={isLoading}
        dataSource={data}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button
                key="edit"
                size="small"
                disabled={locked(a)}
                onClick={() => {
                  setEditing(a);
                  form.setFieldsValue({
                    status: a.status,
                    evidence: a.evidence ?? undefined,
                    files: a.files,
                  });
                }}
              >
                {ui.openSheet}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Typography.Text type="secondary">{element(a.elementId)?.groupName}</Typography.Text>
                  {element(a.elementId)?.name}
                </Space>
              }
              description={
                <Space wrap>
                  <Tag color={a.status === 'done' ? 'green' : a.status === 'in_progress' ? 'cyan' : 'red'}>
                    {d.adoptionStatuses[a.status]}
                  </Tag>
                  <Tag color={REVIEW_COLORS[a.reviewStatus]}>{d.reviewStatuses[a.reviewStatus]}</Tag>
                  {a.reviewStatus === 'returned' && a.reviewNote && (
                    <Typography.Text type="warning">{a.reviewNote}</Typography.Text>
                  )}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      <Modal
        open={editing !== null}
        title={editing ? element(editing.elementId)?.name : ''}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={ui.submitAdoption}
        cancelText={ui.cancel}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="status" label={ui.statusCol} rules={[{ required: true }]}>
            <Radio.Group options={options(d.adoptionStatuses)} optionType="button" />
          </Form.Item>
          <Form.Item name="evidence" label={fl.evidence} rules={[{ max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} />
          </Form.Item>
          <Form.Item name="files" label={fl.fileIds}>
            <FileUpload />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
