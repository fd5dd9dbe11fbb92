import { useNotify, useRefresh, useTranslate } from 'react-admin';

interface SaveError {
  message?: string;
  status?: number;
  body?: { errors?: Record<string, unknown>; stale?: boolean };
}

/**
 * onError of the edit and create forms. Field errors from the API (BAD_USER_INPUT) are shown under
 * the inputs by react-admin. When someone else saved the record in between (CONFLICT on a stale
 * version) the record is reloaded, so the user sees what changed and can save again. Any other
 * error is notified as "not saved", with the server's reason.
 */
export function useSaveErrorHandler() {
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  return (error: unknown) => {
    const e = (error ?? {}) as SaveError;
    if (e.body?.errors && Object.keys(e.body.errors).length > 0) return;
    if (e.body?.stale) {
      notify('app.error.conflict', { type: 'error' });
      refresh();
      return;
    }
    const reason = e.message ? translate(e.message, { _: e.message }) : translate('ra.notification.http_error');
    notify('app.error.not_saved', { type: 'error', messageArgs: { reason } });
  };
}
