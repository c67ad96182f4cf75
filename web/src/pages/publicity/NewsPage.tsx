import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Drawer, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { NewsItem } from '../../../../common/publications.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import { useListQuery } from '../../components/useListQuery.js';
import SafeHtml from '../public/SafeHtml.js';
import NewsForm from './NewsForm.js';
import { common, p, ui, useIsPhone } from './shared.js';

/** 新闻 for the 机关党建网站: drafts, then 发布 (on the public site at once) or 撤回. */
export default function NewsPage() {
  const { data: me } = useMe();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const client = useQueryClient();
  const manager = canDo(me, 'publications.manage');
  const publisher = canDo(me, 'publications.publish');
  const list = useListQuery<NewsItem>('/api/publications/news', { defaults: { order: 'desc' } });
  const [editing, setEditing] = useState<NewsItem | 'new' | null>(null);
  const [reading, setReading] = useState<NewsItem | null>(null);
  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      await client.invalidateQueries({ queryKey: ['/api/publications/news'] });
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Card
      title={p.pages.news}
      extra={
        <Space wrap>
          <a href="/public" target="_blank" rel="noreferrer">
            {p.pages.publicSite}
          </a>
          {manager && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {ui.newNews}
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        {(manager || publisher) && (
          <Select
            allowClear
            placeholder={ui.status}
            value={list.filters.status}
            onChange={(v) => list.setFilters({ status: v })}
            options={Object.entries(p.newsStatuses).map(([value, label]) => ({ value, label }))}
            style={{ width: 120 }}
          />
        )}
        <Input.Search
          allowClear
          placeholder={ui.title}
          defaultValue={list.filters.q}
          onSearch={(q) => list.setFilters({ q })}
          style={{ width: 220 }}
        />
      </Space>
      <Table<NewsItem>
        {...list.tableProps}
        size="middle"
        scroll={{ x: isPhone ? 720 : undefined }}
        locale={{ emptyText: ui.noNews }}
        columns={[
          {
            key: 'title',
            title: ui.title,
            render: (_v, n) => <Typography.Link onClick={() => setReading(n)}>{n.title}</Typography.Link>,
          },
          {
            key: 'link',
            title: ui.linkType,
            width: 220,
            render: (_v, n) => (n.linkType ? `${p.linkTypes[n.linkType]}：${n.linkTitle ?? ''}` : '—'),
          },
          {
            key: 'status',
            title: ui.status,
            width: 90,
            render: (_v, n) => (
              <Tag color={n.status === 'published' ? 'green' : 'default'}>{p.newsStatuses[n.status]}</Tag>
            ),
          },
          {
            key: 'publishedAt',
            title: ui.publishedAt,
            width: 120,
            render: (_v, n) => n.publishedAt?.slice(0, 10) ?? '—',
          },
          {
            key: 'actions',
            title: common.actions,
            width: 200,
            render: (_v, n) => (
              <Space>
                {manager && n.status === 'draft' && (
                  <Button size="small" onClick={() => setEditing(n)}>
                    {common.edit}
                  </Button>
                )}
                {publisher && n.status === 'draft' && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() =>
                      act(
                        () => api.post(`/api/publications/news/${n.id}/publish`, { version: n.version }),
                        ui.published,
                      )
                    }
                  >
                    {ui.publishNews}
                  </Button>
                )}
                {publisher && n.status === 'published' && (
                  <Button
                    size="small"
                    onClick={() =>
                      act(
                        () => api.post(`/api/publications/news/${n.id}/unpublish`, { version: n.version }),
                        common.saved,
                      )
                    }
                  >
                    {ui.unpublish}
                  </Button>
                )}
                {manager && n.status === 'draft' && (
                  <Popconfirm
                    title={common.confirmDelete}
                    onConfirm={() => act(() => api.del(`/api/publications/news/${n.id}`), common.deleted)}
                  >
                    <Button size="small" danger>
                      {common.delete}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Drawer
        open={reading !== null}
        onClose={() => setReading(null)}
        title={reading?.title}
        size={isPhone ? '100%' : 680}
      >
        {reading?.coverFileId && (
          <img
            src={`/api/files/${reading.coverFileId}`}
            alt=""
            style={{ maxWidth: '100%', marginBottom: 12 }}
          />
        )}
        {reading && <SafeHtml html={reading.bodyHtml} />}
      </Drawer>
      <NewsForm value={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
