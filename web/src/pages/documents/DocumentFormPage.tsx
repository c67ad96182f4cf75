import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useNavigate, useParams } from 'react-router';
import type { DocumentDetail } from '../../../../common/documents.js';
import { api } from '../../api.js';
import { useMe } from '../../auth.js';
import FileUpload, { type UploadedFile } from '../../components/FileUpload.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { d, fl, options, TargetFields, targetOut, ui } from './shared.js';

interface Values {
  kind: string;
  orgCode: string;
  title: string;
  recipientsText?: string;
  blocks: { kind: string; text: string }[];
  attachmentNotes: string[];
  files: UploadedFile[];
  signature: string;
  writtenOn: dayjs.Dayjs;
  copyTo?: string;
  target: { mode: string; areaId?: number; category?: string; unitIds?: number[] };
}

/** 拟制/修改 a draft document: 文种, 机关代字, title, 主送, body paragraphs, 附件, 署名 and 成文日期. */
export default function DocumentFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data: me } = useMe();
  const existing = useQuery({
    queryKey: ['/api/documents', id],
    queryFn: () => api.get<DocumentDetail>(`/api/documents/${id}`),
    enabled: Boolean(id),
  });
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    const body = {
      ...v,
      files: undefined,
      fileIds: (v.files ?? []).map((f) => f.id),
      writtenOn: v.writtenOn.format('YYYY-MM-DD'),
      attachmentNotes: v.attachmentNotes ?? [],
      target: targetOut(v.target),
    };
    const res = id
      ? await api.put<{ id: number }>(`/api/documents/${id}`, { ...body, version: existing.data?.version })
      : await api.post<{ id: number }>('/api/documents', body);
    message.success(ui.saved);
    await client.invalidateQueries({ queryKey: ['/api/documents'] });
    navigate(`/documents/${res.id}`);
  });
  if (id && !existing.data) return <Card loading />;
  const doc = existing.data;
  const initial: Partial<Values> = doc
    ? {
        ...doc,
        recipientsText: doc.recipientsText ?? undefined,
        copyTo: doc.copyTo ?? undefined,
        writtenOn: dayjs(doc.writtenOn),
        files: doc.files,
        target: {
          ...doc.target,
          areaId: doc.target.areaId ?? undefined,
          category: doc.target.category ?? undefined,
        },
      }
    : {
        kind: 'notice',
        orgCode: '市直工委',
        blocks: [{ kind: 'p', text: '' }],
        attachmentNotes: [],
        files: [],
        recipientsText: '市直机关各党组织',
        signature: me?.tenant.name,
        writtenOn: dayjs(),
        target: { mode: 'all', unitIds: [] },
      };
  return (
    <Card title={id ? ui.editDocument : ui.newDocument}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} style={{ maxWidth: 900 }}>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="kind" label={ui.kind} rules={[{ required: true }]}>
              <Select options={options(d.kinds)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name="orgCode"
              label={fl.orgCode}
              rules={[
                { required: true },
                { pattern: /^[\u4e00-\u9fa5A-Za-z]{1,12}$/, message: '只能填写汉字或字母' },
              ]}
            >
              <Input maxLength={12} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="writtenOn" label={fl.writtenOn} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={fl.title} rules={[{ required: true, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="recipientsText" label={fl.recipientsText} rules={[{ max: 300 }]}>
          <Input />
        </Form.Item>
        <TargetFields />
        <Typography.Title level={5}>{ui.blocks}</Typography.Title>
        <Typography.Paragraph type="secondary">{ui.blockHint}</Typography.Paragraph>
        <Form.List name="blocks">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <div
                  key={field.key}
                  style={{ display: 'flex', gap: 8, alignItems: 'flex-start', flexWrap: 'wrap' }}
                >
                  <Form.Item
                    name={[field.name, 'kind']}
                    rules={[{ required: true }]}
                    style={{ marginBottom: 12 }}
                  >
                    <Select
                      aria-label={ui.blockKind}
                      options={options(d.blockKinds)}
                      style={{ width: 150 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'text']}
                    rules={[{ required: true, max: 5000 }]}
                    style={{ flex: '1 1 260px', marginBottom: 12 }}
                  >
                    <Input.TextArea aria-label={ui.blockText} autoSize={{ minRows: 2, maxRows: 10 }} />
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={ui.remove}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                  />
                </div>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'p', text: '' })}
                style={{ marginBottom: 16 }}
              >
                {ui.addBlock}
              </Button>
            </>
          )}
        </Form.List>
        <Form.List name="attachmentNotes">
          {(fields, { add, remove }) => (
            <Form.Item label={fl.attachmentNotes}>
              {fields.map((field, i) => (
                <Space key={field.key} align="start" style={{ display: 'flex' }}>
                  <span style={{ lineHeight: '32px' }}>{i + 1}.</span>
                  <Form.Item name={field.name} rules={[{ required: true, max: 200 }]}>
                    <Input style={{ width: 360, maxWidth: '70vw' }} />
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={ui.remove}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add('')}>
                {ui.addAttachment}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="files" label={ui.uploadedFiles}>
          <FileUpload />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="signature" label={fl.signature} rules={[{ required: true, max: 100 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="copyTo" label={fl.copyTo} rules={[{ max: 300 }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            {ui.save}
          </Button>
          <Button onClick={() => navigate(-1)}>{ui.cancel}</Button>
        </Space>
      </Form>
    </Card>
  );
}
