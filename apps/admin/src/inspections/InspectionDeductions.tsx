import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircle';
import { canAccess } from '@liangwei/domain';
import { Card, CardContent, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { graphqlRequest } from '../providers/graphqlRequest';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { APPLY_DEDUCTION, INSPECTION_DEDUCTIONS, type DeductionRow } from './operations';

/**
 * INS-3 Beside the score grid: the deductions the year's inspection findings propose, as evidence,
 * with a button that writes one into the score (once; a draft year only).
 */
export const InspectionDeductions = ({ year, editable }: { year: number; editable: boolean }) => {
  const translate = useTranslate();
  const run = useApiAction();
  const { viewer } = useViewer();
  const [rows, setRows] = useState<DeductionRow[]>([]);
  const refetch = useCallback(async () => {
    try {
      setRows((await graphqlRequest(INSPECTION_DEDUCTIONS, { year })).inspectionDeductions);
    } catch {
      setRows([]);
    }
  }, [year]);
  useEffect(() => {
    void refetch();
  }, [refetch]);
  if (rows.length === 0) return null;
  const mayApply = editable && canAccess(viewer, 'edit', 'assessmentScores');
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6">{translate('app.inspection.deductions_title', { year })}</Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.inspection.item.unit')}</TableCell>
              <TableCell>{translate('resources.inspectionFindings.fields.proposedIndicatorId')}</TableCell>
              <TableCell>{translate('resources.inspectionFindings.fields.proposedDeduction')}</TableCell>
              <TableCell>{translate('app.inspection.deduction_reason')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.unit.name}</TableCell>
                <TableCell>{r.indicator.name}</TableCell>
                <TableCell>−{r.points}</TableCell>
                <TableCell>{r.reason}</TableCell>
                <TableCell>
                  {r.applied ? (
                    <Chip size="small" color="success" label={translate('app.inspection.applied')} />
                  ) : !r.issued ? (
                    <Chip size="small" label={translate('app.inspection.not_issued')} />
                  ) : mayApply ? (
                    <Button
                      label="app.inspection.apply"
                      onClick={async () => {
                        const result = await run(APPLY_DEDUCTION, { findingId: r.id }, 'app.inspection.applied_done');
                        if (result.ok) await refetch();
                      }}
                    >
                      <RemoveCircleOutlineIcon />
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
