import { ASSESSMENT_FULL_MARKS } from '@liangwei/domain';
import { Box, Chip, LinearProgress, Typography } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';
import { catalogueStatus, type CatalogueStatus } from './catalogue';

const colorOf = (status: CatalogueStatus) => (status.state === 'complete' ? 'success' : status.state === 'over' ? 'error' : 'warning');

/** ASM-1 A year's catalogue total as a chip in a table: green at exactly 1000. */
export const CatalogueTotalChip = (_props: { label?: string; source?: string }) => {
  const total = useFieldValue({ source: 'catalogueTotal' }) as number | undefined;
  const translate = useTranslate();
  if (total == null) return null;
  const status = catalogueStatus([total]);
  return <Chip size="small" variant={status.state === 'complete' ? 'outlined' : 'filled'} color={colorOf(status)} label={translate('app.assessment.total_of', { total: status.total, full: ASSESSMENT_FULL_MARKS })} />;
};

/** ASM-1 The running total of the catalogue against 1000, shown big above the indicators. */
export const CatalogueTotalBanner = ({ status }: { status: CatalogueStatus }) => {
  const translate = useTranslate();
  const color = colorOf(status);
  const message =
    status.state === 'complete'
      ? translate('app.assessment.catalogue_complete')
      : status.state === 'short'
        ? translate('app.assessment.catalogue_short', { points: status.remaining })
        : translate('app.assessment.catalogue_over', { points: -status.remaining });
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 3, flexWrap: 'wrap', py: 1 }} data-testid="catalogue-total">
      <Box>
        <Typography variant="overline" color="text.secondary">
          {translate('app.assessment.catalogue_total')}
        </Typography>
        <Typography variant="h3" component="div" color={`${color}.main`} sx={{ lineHeight: 1.1, fontWeight: 500 }}>
          {status.total}
          <Typography component="span" variant="h5" color="text.secondary">
            {' '}
            / {ASSESSMENT_FULL_MARKS}
          </Typography>
        </Typography>
      </Box>
      <Box sx={{ flex: '1 1 240px', maxWidth: 480 }}>
        <LinearProgress variant="determinate" color={color} value={Math.min(100, (status.total / ASSESSMENT_FULL_MARKS) * 100)} sx={{ height: 10, borderRadius: 5 }} />
        <Typography variant="body2" color={`${color}.main`} sx={{ mt: 0.5 }}>
          {message}
        </Typography>
      </Box>
    </Box>
  );
};
