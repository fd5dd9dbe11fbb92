import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import type { TypedDocument } from '../providers/graphqlRequest';

export interface ApiQueryState<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
}

/**
 * Runs one of the API's queries and answers again whenever `variables` or `version` change (a page
 * passes the time react-admin last refreshed one of its records, so an action's refresh reloads it).
 */
export function useApiQuery<TData, TVariables>(document: TypedDocument<TData, TVariables>, variables: TVariables, version: unknown = 0, enabled = true): ApiQueryState<TData> {
  const dataProvider = useDataProvider<AppDataProvider>();
  const [state, setState] = useState<ApiQueryState<TData>>({ data: undefined, error: null, isPending: enabled });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    setState((s) => ({ ...s, isPending: true }));
    dataProvider.execute(document, JSON.parse(key) as TVariables).then(
      (data) => live && setState({ data, error: null, isPending: false }),
      (error: unknown) => live && setState({ data: undefined, error, isPending: false }),
    );
    return () => {
      live = false;
    };
  }, [dataProvider, document, key, version, enabled]);
  return state;
}
