import type { Trx } from '../db/connection.js';
import type { Deps } from '../platform/deps.js';
import type { Random } from './random.js';

/** What the foundation demo made, handed to each module's demo step. */
export interface DemoContext {
  deps: Deps;
  trx: Trx;
  tenantId: number;
  random: Random;
  departments: { id: number; name: string }[];
  areas: { id: number; name: string; leaderUserId: number; liaisonDepartmentId: number }[];
  units: {
    id: number;
    code: string;
    name: string;
    shortName: string;
    category: string;
    areaId: number;
    isWindow: boolean;
  }[];
  users: {
    committeeLeaderId: number;
    staffIds: number[];
    /** Staff by department id (the liaison department of an area is one of these). */
    staffByDepartment: Map<number, number[]>;
    areaLeaderIds: number[];
    unitAdminByUnit: Map<number, number>;
    evaluatorIds: number[];
  };
}

/** A module's demo data: runs inside the demo transaction after the foundation step. */
export type DemoStep = { name: string; run(ctx: DemoContext): Promise<void> };
