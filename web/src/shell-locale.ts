import { core } from '../../common/locale/zh-CN/core.js';
import { menus } from '../../common/locale/zh-CN/menus.js';
import { web } from '../../common/locale/zh-CN/web.js';

/**
 * The phrases the shell needs on the first screen (menu, layout, errors), from the same locale files as
 * `zh` but without the modules' page phrases, so that the first screen does not load the whole locale.
 * Pages (lazy chunks) import `zh` from ./locale.js.
 */
export const shellZh = { ...core, web, menus };
