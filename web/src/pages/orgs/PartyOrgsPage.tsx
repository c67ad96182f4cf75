import { Card, Checkbox, Flex, Input, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PARTY_ORG_TYPES, type PartyOrg, TERM_WARNING_MONTHS } from '../../../../common/orgs.js';
import { useListQuery } from '../../components/useListQuery.js';
import { zh } from '../../locale.js';
import CardList from './CardList.js';
import { t, typeName, useAreas, useIsPhone } from './shared.js';
import TermTag from './TermTag.js';
import UnitSelect from './UnitSelect.js';

const f = zh.fieldLabels;

/** 党组织: every unit's party organisations, filterable; the committee's 换届提醒 view. */
export default function PartyOrgsPage() {
  const isPhone = useIsPhone();
  const areas = useAreas();
  const list = useListQuery<PartyOrg>('/api/orgs/party-orgs');
  const { filters, setFilters } = list;
  const width = isPhone ? 'calc(50% - 4px)' : 160;
  const sorter = (key: string) => ({ sorter: true, sortOrder: list.sortOrderOf(key) });
  const term = (o: PartyOrg) => (
    <>
      {o.termEnd ?? t.common.none} <TermTag warning={o.termWarning} />
    </>
  );
  const unitLink = (o: PartyOrg) => <Link to={`/orgs/units/${o.unitId}`}>{o.unitName}</Link>;

  const columns: TableColumnsType<PartyOrg> = [
    { title: f.name, dataIndex: 'name', key: 'name', ...sorter('name') },
    { title: f.type, dataIndex: 'type', key: 'type', width: 100, render: (v) => <Tag>{typeName(v)}</Tag> },
    { title: f.unitId, key: 'unit', width: 220, ...sorter('unit'), render: (_, o) => unitLink(o) },
    { title: f.secretary, dataIndex: 'secretary', width: 100, render: (v) => v ?? t.common.none },
    {
      title: f.memberCount,
      dataIndex: 'memberCount',
      key: 'memberCount',
      width: 100,
      align: 'right',
      ...sorter('memberCount'),
    },
    { title: f.termEnd, key: 'termEnd', width: 200, ...sorter('termEnd'), render: (_, o) => term(o) },
  ];

  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t.partyOrgs.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t.partyOrgs.subtitle}</Typography.Paragraph>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Input.Search
          key={filters.q ?? ''}
          defaultValue={filters.q}
          allowClear
          placeholder={f.name}
          enterButton={zh.web.common.search}
          onSearch={(q) => setFilters({ q })}
          style={{ width: isPhone ? '100%' : 240 }}
        />
        <Select
          aria-label={f.type}
          value={filters.type}
          allowClear
          placeholder={t.partyOrgs.typeAll}
          style={{ width }}
          options={PARTY_ORG_TYPES.map((v) => ({ value: v, label: typeName(v) }))}
          onChange={(type) => setFilters({ type })}
        />
        <Select
          aria-label={f.areaId}
          value={filters.areaId ? Number(filters.areaId) : undefined}
          allowClear
          placeholder={t.units.areaAll}
          style={{ width }}
          options={(areas.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          onChange={(v) => setFilters({ areaId: v ? String(v) : undefined })}
        />
        <UnitSelect
          value={filters.unitId ? Number(filters.unitId) : undefined}
          onChange={(v) => setFilters({ unitId: v ? String(v) : undefined })}
          style={{ width: isPhone ? 'calc(50% - 4px)' : 240 }}
        />
        <Checkbox
          checked={filters.termEndingWithinMonths === String(TERM_WARNING_MONTHS)}
          onChange={(e) =>
            setFilters({ termEndingWithinMonths: e.target.checked ? String(TERM_WARNING_MONTHS) : undefined })
          }
        >
          {t.partyOrgs.termSoon(TERM_WARNING_MONTHS)}
        </Checkbox>
      </Flex>
      {isPhone ? (
        <CardList
          tableProps={list.tableProps}
          sort={{ field: filters.sort, order: filters.order }}
          emptyText={t.partyOrgs.empty}
          renderItem={(o) => (
            <Card size="small">
              <div>
                <Tag>{typeName(o.type)}</Tag>
                <Typography.Text strong>{o.name}</Typography.Text>
              </div>
              <div>{unitLink(o)}</div>
              <Typography.Text type="secondary">
                {f.secretary}：{o.secretary ?? t.common.none} · {zh.orgsWeb.detail.members(o.memberCount)}
              </Typography.Text>
              <div>
                {f.termEnd}：{term(o)}
              </div>
            </Card>
          )}
        />
      ) : (
        <Table<PartyOrg>
          {...list.tableProps}
          columns={columns}
          size="middle"
          scroll={{ x: 1000 }}
          locale={{ emptyText: t.partyOrgs.empty }}
        />
      )}
    </div>
  );
}
