import { z } from 'zod';
import { dbVersion, id, isoDate, optionalText, pageQuery, phone, text } from './validation.js';

export const PARTY_ORG_TYPES = ['party_group', 'org_committee', 'general_branch', 'branch'] as const;
export type PartyOrgType = (typeof PARTY_ORG_TYPES)[number];

export const areaInput = z.object({
  name: text(50),
  leaderUserId: id.nullish().transform((v) => v ?? null),
  liaisonDepartmentId: id.nullish().transform((v) => v ?? null),
  sort: z.number().int().min(0).max(9999).default(0),
});
export const areaUpdate = areaInput.extend({ version: dbVersion });
export const area = z.object({
  id: z.number(),
  name: z.string(),
  leaderUserId: z.number().nullable(),
  leaderName: z.string().nullable(),
  liaisonDepartmentId: z.number().nullable(),
  liaisonDepartmentName: z.string().nullable(),
  unitCount: z.number(),
  sort: z.number(),
  version: z.number(),
});
export type Area = z.infer<typeof area>;

export const unitInput = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9_-]+$/, '只能包含字母、数字、下划线和连字符'),
  name: text(100),
  shortName: optionalText(50),
  category: text(50),
  areaId: id.nullish().transform((v) => v ?? null),
  isWindow: z.boolean().default(false),
  contact: optionalText(50),
  phone: phone.transform((v) => v ?? null),
  sort: z.number().int().min(0).max(99999).default(0),
});
export const unitUpdate = unitInput.extend({ version: dbVersion });
export const unit = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  category: z.string(),
  areaId: z.number().nullable(),
  areaName: z.string().nullable(),
  isWindow: z.boolean(),
  contact: z.string().nullable(),
  phone: z.string().nullable(),
  sort: z.number(),
  partyOrgCount: z.number(),
  memberCount: z.number(),
  version: z.number(),
});
export type Unit = z.infer<typeof unit>;

export const UNIT_SORTS = ['sort', 'name', 'code', 'category', 'area', 'memberCount'] as const;
export const unitListQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(50).optional(),
  areaId: id.optional(),
  category: z.string().trim().max(50).optional(),
  isWindow: z.enum(['true', 'false']).optional(),
  sort: z.enum(UNIT_SORTS).default('sort'),
});
export type UnitListQuery = z.infer<typeof unitListQuery>;

/** Unit pickers: every unit in reach (up to UNIT_OPTIONS_MAX), names only, no paging. */
export const UNIT_OPTIONS_MAX = 2000;
export const unitOptionsQuery = z.object({
  q: z.string().trim().max(50).optional(),
  areaId: id.optional(),
  category: z.string().trim().max(50).optional(),
  limit: z.coerce.number().int().min(1).max(UNIT_OPTIONS_MAX).default(UNIT_OPTIONS_MAX),
});
export type UnitOptionsQuery = z.infer<typeof unitOptionsQuery>;
export const unitOption = z.object({
  id: z.number(),
  name: z.string(),
  areaId: z.number().nullable(),
  category: z.string(),
});
export type UnitOption = z.infer<typeof unitOption>;

const partyOrgFields = {
  unitId: id,
  parentId: id.nullish().transform((v) => v ?? null),
  name: text(100),
  type: z.enum(PARTY_ORG_TYPES),
  categoryCode: optionalText(20),
  foundedOn: isoDate.nullish().transform((v) => v ?? null),
  termStart: isoDate.nullish().transform((v) => v ?? null),
  termEnd: isoDate.nullish().transform((v) => v ?? null),
  secretary: optionalText(50),
  contact: optionalText(50),
  phone: phone.transform((v) => v ?? null),
  memberCount: z.number().int().min(0).max(100000).default(0),
};
export const partyOrgInput = z.object(partyOrgFields);
export const partyOrgUpdate = z.object({ ...partyOrgFields, version: dbVersion });
export const partyOrg = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  parentId: z.number().nullable(),
  name: z.string(),
  type: z.enum(PARTY_ORG_TYPES),
  categoryCode: z.string().nullable(),
  foundedOn: z.string().nullable(),
  termStart: z.string().nullable(),
  termEnd: z.string().nullable(),
  secretary: z.string().nullable(),
  contact: z.string().nullable(),
  phone: z.string().nullable(),
  memberCount: z.number(),
  /** The term ends within the warning window (6 months by default) or has already ended. */
  termWarning: z.enum(['none', 'ending', 'ended']),
  version: z.number(),
});
export type PartyOrg = z.infer<typeof partyOrg>;

export const PARTY_ORG_SORTS = ['name', 'termEnd', 'memberCount', 'unit'] as const;
export const partyOrgListQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(50).optional(),
  unitId: id.optional(),
  areaId: id.optional(),
  type: z.enum(PARTY_ORG_TYPES).optional(),
  termEndingWithinMonths: z.coerce.number().int().min(0).max(36).optional(),
  sort: z.enum(PARTY_ORG_SORTS).default('name'),
});
export type PartyOrgListQuery = z.infer<typeof partyOrgListQuery>;

export const department = z.object({ id: z.number(), name: z.string() });
export const TERM_WARNING_MONTHS = 6;

/** Whether a term end date is past, or within `months` of `today` (both YYYY-MM-DD). */
export function termWarningOf(
  termEnd: string | null,
  today: string,
  months = TERM_WARNING_MONTHS,
): PartyOrg['termWarning'] {
  if (!termEnd) return 'none';
  if (termEnd < today) return 'ended';
  return termEnd <= addMonths(today, months) ? 'ending' : 'none';
}

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

// ---- Excel import (POST /api/orgs/import) ----------------------------------------------------

export const importQuery = z.object({
  /** true (default): check the file and report what would change, writing nothing. */
  dryRun: z.enum(['true', 'false']).default('true'),
});
const sheetCounts = z.object({ units: z.number().int(), partyOrgs: z.number().int() });
export const importRowError = z.object({
  sheet: z.string(),
  /** The row number Excel shows; 1 is the header row. */
  row: z.number().int(),
  /** The column header as in the template (without the *), or '' for a whole-row error. */
  column: z.string(),
  message: z.string(),
});
/**
 * The outcome of an import. All-or-nothing: when `errors` is not empty nothing was written (the
 * counts then say what the valid rows would have done). The same file twice → all `unchanged`.
 */
export const importResult = z.object({
  dryRun: z.boolean(),
  created: sheetCounts,
  updated: sheetCounts,
  unchanged: sheetCounts,
  errors: z.array(importRowError),
});
export type ImportRowError = z.infer<typeof importRowError>;
export type ImportResult = z.infer<typeof importResult>;
