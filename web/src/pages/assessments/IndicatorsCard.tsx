import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Indicator, SchemeDetail } from '../../../../common/assessments.js';
import { api } from '../../api.js';
import { zh } from '../../locale.js';
import IndicatorModal from './IndicatorModal.js';
import { A, W } from './shared.js';

type Row = Indicator & { children?: Row[] };

/** The indicator tree: level-1 indicators (with their scoring body) and their level-2 indicators. */
export default function IndicatorsCard({ scheme, editable }: { scheme: SchemeDetail; editable: boolean }) {
  const [editing, setEditing] = useState<{ indicator: Indicator | null; parentId: number | null } | null>(
    null,
  );
  const client = useQueryClient();
  const { message } = App.useApp();
  const rows: Row[] = scheme.indicators
    .filter((i) => i.parentId === null)
    .map((root) => {
      const children = scheme.indicators.filter((i) => i.parentId === root.id);
      return children.length ? { ...root, children } : { ...root };
    });
  const bodyName = (id: number | null) => scheme.bodies.find((b) => b.id === id)?.name;
  const sourceLabel = (key: string | null) => scheme.recordSources.find((s) => s.key === key)?.label;
  const remove = async (i: Indicator) => {
    try {
      await api.del(`/api/assessments/schemes/${scheme.id}/indicators/${i.id}`);
      await client.invalidateQueries({ queryKey: ['assessment', scheme.id] });
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Card
      size="small"
      title={W.indicators}
      extra={
        editable && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ indicator: null, parentId: null })}
          >
            {W.addLevel1}
          </Button>
        )
      }
    >
      <Table<Row>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        expandable={{ defaultExpandAllRows: true }}
        locale={{ emptyText: W.noIndicators }}
        scroll={{ x: 640 }}
        columns={[
          {
            title: zh.fieldLabels.name,
            dataIndex: 'name',
            render: (v, i) => (
              <div>
                {v}
                {i.ruleText && (
                  <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                    {i.ruleText}
                  </Typography.Paragraph>
                )}
              </div>
            ),
          },
          { title: zh.fieldLabels.maxPoints, dataIndex: 'maxPoints', width: 70, align: 'right' },
          {
            title: zh.fieldLabels.method,
            width: 170,
            render: (_, i) =>
              i.method === 'deduct' ? (
                <span>
                  {A.methods.deduct}
                  <br />
                  <Typography.Text type="secondary">
                    {W.perOccurrence(i.deductionPer ?? 0, i.deductionCap)}
                  </Typography.Text>
                </span>
              ) : i.children ? null : (
                A.methods.score
              ),
          },
          {
            title: W.bodies,
            width: 110,
            render: (_, i) => (i.parentId === null ? bodyName(i.bodyId) : null),
          },
          {
            title: W.source,
            width: 150,
            render: (_, i) => (i.sourceKey ? <Tag color="blue">{sourceLabel(i.sourceKey)}</Tag> : null),
          },
          ...(editable
            ? [
                {
                  title: zh.web.common.actions,
                  width: 170,
                  render: (_: unknown, i: Row) => (
                    <Space size={0} wrap>
                      {i.parentId === null && (
                        <Button
                          size="small"
                          type="link"
                          onClick={() => setEditing({ indicator: null, parentId: i.id })}
                        >
                          {W.addLevel2}
                        </Button>
                      )}
                      <Button
                        size="small"
                        type="link"
                        onClick={() => setEditing({ indicator: i, parentId: i.parentId })}
                      >
                        {zh.web.common.edit}
                      </Button>
                      <Popconfirm title={zh.web.common.confirmDelete} onConfirm={() => remove(i)}>
                        <Button size="small" type="link" danger>
                          {zh.web.common.delete}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <IndicatorModal
          scheme={scheme}
          indicator={editing.indicator}
          parentId={editing.parentId}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
