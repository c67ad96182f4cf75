import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import { NEWS_LINK_TYPES, type NewsItem } from '../../../../common/publications.js';
import { api, type Page } from '../../api.js';
import FileUpload, { type UploadedFile } from '../../components/FileUpload.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import RichTextEditor from './RichTextEditor.js';
import { common, p, ui, useIsPhone } from './shared.js';

interface Values {
  title: string;
  summary?: string;
  bodyHtml: string;
  cover: UploadedFile[];
  linkType?: string;
  linkId?: number;
}

const LINK_SOURCES: Record<string, { url: string; label: (r: Record<string, unknown>) => string }> = {
  studyDay: { url: '/api/learning/study-days', label: (r) => `${r.heldOn} ${r.theme}` },
  studyMaterial: { url: '/api/learning/materials', label: (r) => String(r.title) },
  readingActivity: { url: '/api/learning/activities', label: (r) => `${r.heldOn} ${r.unitName} ${r.title}` },
  briefing: { url: '/api/publications/briefings', label: (r) => `${r.seriesName} ${r.title}` },
};

/** Write a news post: cover image, summary, body (simple formatting kept, the rest removed), and the activity it reports. */
export default function NewsForm({
  value,
  onClose,
}: {
  value: NewsItem | 'new' | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  const linkType = Form.useWatch('linkType', form);
  const source = linkType ? LINK_SOURCES[linkType] : null;
  const links = useQuery({
    queryKey: [source?.url, 'news-link'],
    queryFn: () => api.get<Page<Record<string, unknown>>>(source!.url, { pageSize: 200, order: 'desc' }),
    enabled: !!source,
  });
  useEffect(() => {
    if (value === 'new') form.resetFields();
    else if (value)
      form.setFieldsValue({
        title: value.title,
        summary: value.summary ?? undefined,
        bodyHtml: value.bodyHtml,
        cover: value.coverFileId
          ? [{ id: value.coverFileId, originalName: ui.cover, size: 0, mime: 'image/*' }]
          : [],
        linkType: value.linkType ?? undefined,
        linkId: value.linkId ?? undefined,
      });
  }, [value, form]);
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    const body = {
      title: v.title,
      summary: v.summary,
      bodyHtml: v.bodyHtml,
      coverFileId: v.cover?.[0]?.id ?? null,
      linkType: v.linkType ?? null,
      linkId: v.linkType ? (v.linkId ?? null) : null,
    };
    if (value === 'new') await api.post('/api/publications/news', body);
    else if (value) await api.put(`/api/publications/news/${value.id}`, { ...body, version: value.version });
    message.success(common.saved);
    await client.invalidateQueries({ queryKey: ['/api/publications/news'] });
    onClose();
  });
  return (
    <Drawer
      open={value !== null}
      onClose={onClose}
      title={value === 'new' ? ui.newNews : ui.editNews}
      size={isPhone ? '100%' : 720}
      destroyOnHidden
      extra={
        <Button type="primary" loading={busy} onClick={() => form.submit()}>
          {common.save}
        </Button>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ cover: [] }}>
        <Form.Item name="title" label={ui.title} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="summary" label={ui.summary} rules={[{ max: 300 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="bodyHtml"
          label={ui.body}
          extra={ui.bodyHint}
          rules={[{ required: true, max: 100000 }]}
        >
          <RichTextEditor />
        </Form.Item>
        <Form.Item name="cover" label={ui.cover}>
          <FileUpload accept=".png,.jpg,.jpeg,.gif,.webp" max={1} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="linkType" label={ui.linkType}>
            <Select
              allowClear
              style={{ width: 180 }}
              onChange={() => form.setFieldValue('linkId', undefined)}
              options={NEWS_LINK_TYPES.map((k) => ({ value: k, label: p.linkTypes[k] }))}
            />
          </Form.Item>
          {source && (
            <Form.Item name="linkId" label={ui.linkId} rules={[{ required: true }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: isPhone ? 280 : 380 }}
                loading={links.isLoading}
                options={(links.data?.items ?? []).map((r) => ({
                  value: Number(r.id),
                  label: source.label(r),
                }))}
              />
            </Form.Item>
          )}
        </Space>
      </Form>
    </Drawer>
  );
}
