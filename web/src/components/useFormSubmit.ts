import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api.js';

/**
 * The antd name path of a server field path: list positions are numbers (`phases.1.key` →
 * `['phases', 1, 'key']`), as Form.List names its fields; a string '1' would match no field.
 */
export function namePathOf(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Submits a form and puts the server's per-field messages on the fields they name, so a 400
 * reads in the form exactly where the user has to act; other errors show as a message.
 */
export function useFormSubmit<T>(form: FormInstance, action: (values: T) => Promise<unknown>) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const submit = async (values: T) => {
    setBusy(true);
    try {
      await action(values);
    } catch (error) {
      if (error instanceof ApiError && error.fields.length) {
        const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
        const onFields = error.fields.filter((f) => known.has(f.field.split('.')[0]));
        form.setFields(
          onFields.map((f) => ({
            name: namePathOf(f.field),
            errors: [f.message.replace(/^「[^」]*」/, '')],
          })),
        );
        if (onFields.length < error.fields.length) message.error(error.message);
      } else {
        message.error(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setBusy(false);
    }
  };
  return { submit, busy };
}
