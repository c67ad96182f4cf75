import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api.js';

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
          onFields.map((f) => ({ name: f.field.split('.'), errors: [f.message.replace(/^「[^」]*」/, '')] })),
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
