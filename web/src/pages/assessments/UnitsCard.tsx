import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import type { SchemeDetail } from '../../../../common/assessments.js';
import type { Unit } from '../../../../common/orgs.js';
import { api, type Page } from '../../api.js';
import { W } from './shared.js';

/** Units in scope, ranked within their category (the unit's 考核类别 at the time it is added). */
export default function UnitsCard({ scheme, editable }: { scheme: SchemeDetail; editable: boolean }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [picked, setPicked] = useState<number[]>(scheme.units.map((u) => u.unitId));
  const [busy, setBusy] = useState(false);
  const units = useQuery({
    queryKey: ['assessment-unit-options'],
    queryFn: () => api.get<Page<Unit>>('/api/orgs/units', { pageSize: 200, sort: 'sort' }),
    enabled: editable,
  });
  const save = async () => {
    setBusy(true);
    try {
      await api.put(`/api/assessments/schemes/${scheme.id}/units`, {
        unitIds: picked,
        version: scheme.version,
      });
      await client.invalidateQueries({ queryKey: ['assessment', scheme.id] });
      message.success('已保存');
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={`${W.units}（${scheme.units.length}）`}>
      {editable && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select
            id="scheme-units"
            mode="multiple"
            style={{ flex: 1, minWidth: 240 }}
            placeholder={W.pickUnits}
            optionFilterProp="label"
            maxTagCount="responsive"
            value={picked}
            onChange={setPicked}
            options={(units.data?.items ?? []).map((u) => ({
              value: u.id,
              label: `${u.name}（${u.category}）`,
            }))}
          />
          <Button onClick={() => setPicked((units.data?.items ?? []).map((u) => u.id))}>{W.allUnits}</Button>
          <Button type="primary" loading={busy} onClick={save} disabled={!picked.length}>
            {W.saveUnits}
          </Button>
        </Flex>
      )}
      <Table
        rowKey="unitId"
        size="small"
        dataSource={scheme.units}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: W.unit, dataIndex: 'name' },
          { title: W.category, dataIndex: 'category', width: 140, render: (c) => <Tag>{c}</Tag> },
        ]}
      />
    </Card>
  );
}
