import { useCallback } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import type { TypedDocument } from '../providers/graphqlRequest';

interface ActionError {
  message?: string;
  body?: { errors?: Record<string, string>; stale?: boolean };
}

/** `ok`, or the field errors for the form (empty when the error was about no field). */
export type ActionResult<T = unknown> = { ok: true; data: T } | { ok: false; errors: Record<string, string> };

/**
 * Runs one of the API's custom mutations (`operations.ts`) for a dialog or a button: on success
 * it says so and refreshes the page's data; on failure the field errors of the API
 * (BAD_USER_INPUT) go back to the form, under the inputs, and any other reason (CONFLICT: a step
 * out of order, FORBIDDEN, ...) is notified.
 */
export function useApiAction() {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  return useCallback(
    async <TData, TVariables>(document: TypedDocument<TData, TVariables>, variables: TVariables, success: string): Promise<ActionResult<TData>> => {
      try {
        const data = await dataProvider.execute(document, variables);
        notify(success, { type: 'success' });
        refresh();
        return { ok: true, data };
      } catch (error) {
        const e = (error ?? {}) as ActionError;
        const fieldErrors = e.body?.errors ?? {};
        const reason = e.message ? translate(e.message, { _: e.message }) : translate('ra.notification.http_error');
        if (e.body?.stale) refresh();
        notify('app.error.action_failed', { type: 'error', messageArgs: { reason } });
        return { ok: false, errors: fieldErrors };
      }
    },
    [dataProvider, notify, refresh, translate],
  );
}
