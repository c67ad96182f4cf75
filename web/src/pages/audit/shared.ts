import type { z } from 'zod';
import type { auditRow } from '../../../../common/audit.js';
import { zh } from '../../locale.js';

export type AuditRow = z.infer<typeof auditRow>;
export const t = zh.users.audit;

export const actionName = (action: string) => t.actionNames[action] ?? action;
export const resultColor: Record<string, string> = { success: 'green', failure: 'orange', denied: 'red' };
export const rolesOf = (actorRole: string | null) =>
  actorRole
    ? actorRole
        .split(',')
        .map((r) => zh.roles[r] ?? r)
        .join('、')
    : '';

/** The stored JSON detail, pretty-printed (or as stored when it is not JSON). */
export function prettyDetail(detail: string | null) {
  if (!detail) return null;
  try {
    return JSON.stringify(JSON.parse(detail), null, 2);
  } catch {
    return detail;
  }
}

/** 对象: the object type in Chinese where known, with its id. */
export const objectOf = (r: AuditRow) =>
  r.objectType ? `${t.objectTypes[r.objectType] ?? r.objectType}${r.objectId ? ` #${r.objectId}` : ''}` : '—';
