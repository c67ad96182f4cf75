import { useQuery } from '@tanstack/react-query';
import { Grid } from 'antd';
import type { Me } from '../../../../common/auth.js';
import type { Area } from '../../../../common/orgs.js';
import { scopeFor } from '../../../../common/permissions.js';
import { api } from '../../api.js';
import { zh } from '../../locale.js';

export const t = zh.orgsWeb;
export const typeName = (type: string) => zh.orgs.partyOrgTypes[type] ?? type;

/** Phone width (below antd's md breakpoint): lists become cards, forms one column. */
export function useIsPhone() {
  const screens = Grid.useBreakpoint();
  return !screens.md;
}

export function useAreas() {
  return useQuery({ queryKey: ['/api/orgs/areas'], queryFn: () => api.get<Area[]>('/api/orgs/areas') });
}

export function useCategories() {
  return useQuery({
    queryKey: ['/api/orgs/categories'],
    queryFn: () => api.get<string[]>('/api/orgs/categories'),
  });
}

export function useDepartments() {
  return useQuery({
    queryKey: ['/api/orgs/departments'],
    queryFn: () => api.get<{ id: number; name: string }[]>('/api/orgs/departments'),
  });
}

/**
 * Whether the user may edit this unit's record and its party organisations: committee staff
 * everywhere, a unit admin only in their own unit (the server checks again).
 */
export function canEditUnit(me: Me | null | undefined, unitId: number) {
  if (!me) return false;
  const scope = scopeFor(me.roles, 'orgs.unit.edit');
  return scope === 'tenant' || (scope === 'unit' && me.unit?.id === unitId);
}

/** Whether the user may change every field of a unit (not only the contact fields). */
export function canEditAllUnitFields(me: Me | null | undefined) {
  return !!me && scopeFor(me.roles, 'orgs.write') === 'tenant';
}

/** The query keys every orgs page refreshes after a change. */
export const ORGS_KEYS = [
  '/api/orgs/units',
  '/api/orgs/party-orgs',
  '/api/orgs/areas',
  '/api/orgs/categories',
  'unit',
  'tree',
];

/**
 * Drops empty values before sending a form: the schemas read an absent optional field as null
 * and an absent counter as its default, while a cleared number input would send null.
 */
export function dropEmpty<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  ) as Partial<T>;
}
