import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useDateFormat } from '../common/DateText';

interface Item {
  unitName: string;
  cadreName: string | null;
  category: string;
  severity: string;
  facts: string;
  requiredRectification: string;
  deadline: string | null;
}

/** INS-1 The findings as written in the notice: text only, the same for every unit (ROLE-3). */
export const NoticeItems = (_props: { label?: string }) => {
  const record = useRecordContext<{ items?: Item[] }>();
  const translate = useTranslate();
  const format = useDateFormat();
  const items = record?.items ?? [];
  if (items.length === 0) return <span>{translate('app.inspection.no_items')}</span>;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {['unit', 'cadre', 'category', 'facts', 'required', 'deadline'].map((k) => (
            <TableCell key={k}>{translate(`app.inspection.item.${k}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((i, n) => (
          <TableRow key={n}>
            <TableCell>{i.unitName}</TableCell>
            <TableCell>{i.cadreName ?? '—'}</TableCell>
            <TableCell>
              {i.category}（{i.severity}）
            </TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{i.facts}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{i.requiredRectification}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{i.deadline ? format.date(i.deadline) : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
