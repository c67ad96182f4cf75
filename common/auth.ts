import { z } from 'zod';
import './validation.js';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const changePasswordBody = z.object({
  oldPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const meResponse = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  tenant: z.object({ id: z.number(), name: z.string(), shortName: z.string() }),
  unit: z.object({ id: z.number(), name: z.string() }).nullable(),
  scope: z.object({
    ledAreaIds: z.array(z.number()),
    unitAreaId: z.number().nullable(),
    departmentId: z.number().nullable(),
  }),
  passwordExpired: z.boolean(),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meResponse>;
