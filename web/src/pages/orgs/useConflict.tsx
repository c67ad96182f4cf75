import { App } from 'antd';
import { ApiError } from '../../api.js';
import { zh } from '../../locale.js';
import { t } from './shared.js';

/**
 * Wraps a save so a stale version (409) does not read as a plain error: the user is told that
 * someone else changed the record and may reload it (losing their edits) or keep editing.
 */
export function useConflictGuard(onReload: () => void) {
  const { modal } = App.useApp();
  return <T,>(save: (values: T) => Promise<unknown>) =>
    async (values: T) => {
      try {
        await save(values);
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          modal.confirm({
            title: t.common.conflictTitle,
            content: error.message || zh.errors.conflict,
            okText: t.common.reload,
            cancelText: t.common.keepEditing,
            onOk: onReload,
          });
          return;
        }
        throw error;
      }
    };
}
