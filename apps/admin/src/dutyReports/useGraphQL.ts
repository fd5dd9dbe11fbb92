import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { graphqlRequest, type TypedDocument } from '../providers/graphqlRequest';

/**
 * Runs a query of the API while its variables stay the same (again when they change), for pages
 * that show one rule query: the data, whether it is loading, and the error in the user's words.
 */
export function useGraphQL<TData, TVariables>(document: TypedDocument<TData, TVariables>, variables: TVariables | null): { data: TData | null; loading: boolean; error: string | null } {
  const translate = useTranslate();
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ key: string | null; data: TData | null; error: string | null }>({ key: null, data: null, error: null });
  useEffect(() => {
    if (variables === null) return;
    const controller = new AbortController();
    graphqlRequest(document, variables, { signal: controller.signal }).then(
      (data) => setState({ key, data, error: null }),
      (error: unknown) => {
        if ((error as Error)?.name === 'AbortError') return;
        setState({ key, data: null, error: translate((error as Error)?.message || 'ra.notification.http_error', { _: (error as Error)?.message }) });
      },
    );
    return () => controller.abort();
    // the variables are compared by value (key), the document by identity
  }, [document, key]);
  const current = state.key === key;
  return { data: current ? state.data : null, loading: variables !== null && !current, error: current ? state.error : null };
}
