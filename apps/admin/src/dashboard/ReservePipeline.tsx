import { enumValues, reserveStatusLabels, type ReserveStatus } from '@liangwei/domain';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { useGetList, useRedirect, useTranslate } from 'react-admin';
import { EnumValueChip } from '../common/EnumChip';

const statuses = enumValues(reserveStatusLabels);

const listOf = (status: ReserveStatus) => `/reserveCandidates?filter=${encodeURIComponent(JSON.stringify({ status }))}`;

/** One status of the pipeline with its count, linking to the filtered list. */
const StatusCount = ({ status }: { status: ReserveStatus }) => {
  const redirect = useRedirect();
  const { total, isPending } = useGetList('reserveCandidates', { pagination: { page: 1, perPage: 1 }, filter: { status } });
  return (
    <CardActionArea onClick={() => redirect(listOf(status))} sx={{ borderRadius: 1, px: 2, py: 1, width: 'auto', minWidth: 110, textAlign: 'center' }}>
      <Typography variant="h5" component="div" sx={{ textAlign: 'center' }}>
        {isPending ? '…' : (total ?? 0)}
      </Typography>
      <EnumValueChip enumName="reserveStatus" value={status} />
    </CardActionArea>
  );
};

/** RES-3 The reserve pipeline: how many candidacies stand at each step. */
export const ReservePipeline = () => {
  const translate = useTranslate();
  return (
    <Card>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, color: 'primary.main', mb: 1 }}>
          <HowToRegIcon />
          <Typography color="text.secondary">{translate('app.dashboard.pipeline')}</Typography>
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {statuses.map((status) => (
            <StatusCount key={status} status={status} />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
