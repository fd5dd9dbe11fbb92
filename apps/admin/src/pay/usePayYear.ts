import { useGetList } from 'react-admin';
import { thisYear } from '../common/today';

/** PAY-1 The latest year with pay records (the pay report's default), else last year. */
export function usePayYear(): { year: number; isPending: boolean } {
  const { data, isPending } = useGetList('payRecords', { pagination: { page: 1, perPage: 1 }, sort: { field: 'year', order: 'DESC' } });
  const year = data?.[0]?.year;
  return { year: typeof year === 'number' ? year : thisYear() - 1, isPending };
}
