import { useEffect, useState } from 'react';
import { useDataProvider, useLocation } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import { MY_WORK, type WorkItemData } from './operations';

/** The viewer's pending work, read again on every page change (a finished step lowers its count). */
export function useMyWork(): { items: WorkItemData[] | null; error: boolean } {
  const dataProvider = useDataProvider<AppDataProvider>();
  const location = useLocation();
  const [state, setState] = useState<{ items: WorkItemData[] | null; error: boolean }>({ items: null, error: false });
  useEffect(() => {
    let live = true;
    dataProvider
      .execute(MY_WORK, {})
      .then((data) => live && setState({ items: data.myWork, error: false }))
      .catch(() => live && setState((s) => ({ items: s.items, error: true })));
    return () => {
      live = false;
    };
  }, [dataProvider, location.pathname, location.search]);
  return state;
}
