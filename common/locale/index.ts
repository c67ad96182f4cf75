import { core } from './zh-CN/core.js';
import { coreFields } from './zh-CN/fields.js';
import { orgs } from './zh-CN/orgs.js';
import { web } from './zh-CN/web.js';

/**
 * The one locale module: every Chinese phrase the server or the web shows comes from here.
 * Each domain keeps its phrases (and its field labels) in its own file under zh-CN/ and is merged in below.
 */
export const fieldLabels: Record<string, string> = { ...coreFields };

export const zh = { ...core, fieldLabels, orgs, web };

export function fieldLabel(path: string): string {
  const last =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? path;
  return fieldLabels[last] ?? last;
}
