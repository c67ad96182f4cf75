import { zh } from '../../common/locale/index.js';

export interface FieldError {
  field: string;
  message: string;
}

/** An error the client is meant to see: a status, a stable code, and a Chinese message. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

export const badRequest = (message: string, fields: FieldError[] = []) =>
  new AppError(400, 'VALIDATION', message, fields);
/**
 * A rule a service checks on one request field. The message names the field by the shared label
 * table; the HTTP error handler renames it with the title the route's schema gives the field
 * (`relabel`), so the answer says 「承诺单位」 where the form says 承诺单位.
 */
export class FieldRuleError extends AppError {
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(400, 'VALIDATION', `${zh.errors.fieldPrefix(labelOf(field))}${rule}`, [{ field, message: rule }]);
  }
  relabel(label: string): AppError {
    return new AppError(400, 'VALIDATION', `${zh.errors.fieldPrefix(label)}${this.rule}`, this.fields);
  }
}
export const fieldError = (field: string, message: string) => new FieldRuleError(field, message);
export const unauthenticated = (message: string = zh.errors.unauthenticated) =>
  new AppError(401, 'UNAUTHENTICATED', message);
export const forbidden = (message: string = zh.errors.forbidden) => new AppError(403, 'FORBIDDEN', message);
export const notFound = (message: string = zh.errors.notFound) => new AppError(404, 'NOT_FOUND', message);
export const conflict = (message: string = zh.errors.conflict) => new AppError(409, 'CONFLICT', message);

function labelOf(field: string): string {
  return zh.fieldLabels[field] ?? field;
}
