import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TablePaginationConfig, TableProps } from 'antd';
import { useSearchParams } from 'react-router';
import { api, type Page } from '../api.js';
import { zh } from '../locale.js';

type Filters = Record<string, string | undefined>;

/**
 * A server-paged list whose page, size, sort, order and filters live in the URL, so a list can
 * be bookmarked, shared and returned to with the browser's back button. Pass the result's
 * `tableProps` to an antd Table; `setFilters` from the filter form.
 */
export function useListQuery<T>(
  url: string,
  options: { defaults?: Filters; pageSize?: number; enabled?: boolean } = {},
) {
  const [params, setParams] = useSearchParams();
  const filters: Filters = { ...options.defaults };
  for (const [k, v] of params.entries()) filters[k] = v;
  const page = Number(filters.page ?? 1) || 1;
  const pageSize = Number(filters.pageSize ?? options.pageSize ?? 20) || 20;
  const query = { ...filters, page, pageSize };
  const result = useQuery({
    queryKey: [url, query],
    queryFn: () => api.get<Page<T>>(url, query),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });

  const update = (next: Filters) => {
    const merged: Filters = { ...Object.fromEntries(params.entries()), ...next };
    const clean = Object.fromEntries(
      Object.entries(merged).filter(([, v]) => v !== undefined && v !== ''),
    ) as Record<string, string>;
    setParams(clean, { replace: true });
  };

  const onChange: TableProps<T>['onChange'] = (pagination: TablePaginationConfig, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    update({
      page: String(pagination.current ?? 1),
      pageSize: String(pagination.pageSize ?? pageSize),
      sort: s?.order ? String(s.field ?? s.columnKey) : undefined,
      order: s?.order ? (s.order === 'descend' ? 'desc' : 'asc') : undefined,
    });
  };

  return {
    ...result,
    filters,
    /** Sets filters and goes back to page 1; undefined or '' removes a filter. */
    setFilters: (next: Filters) => update({ ...next, page: '1' }),
    resetFilters: () => setParams({}, { replace: true }),
    /** antd `sortOrder` for a column key, so the header shows the URL's sort. */
    sortOrderOf: (key: string) =>
      filters.sort === key ? (filters.order === 'desc' ? ('descend' as const) : ('ascend' as const)) : null,
    tableProps: {
      loading: result.isFetching,
      dataSource: result.data?.items ?? [],
      rowKey: 'id',
      onChange,
      pagination: {
        current: page,
        pageSize,
        total: result.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total: number) => zh.web.common.total(total),
      },
    } satisfies TableProps<T>,
  };
}
