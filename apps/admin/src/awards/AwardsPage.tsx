import { Box, Card, Typography } from '@mui/material';
import { DataTable, List, ListBase, Loading, Pagination, SelectInput, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { roundPoints } from '../assessment/scoreGrid';
import { RankText } from '../assessment/ranks';
import { useAssessmentYears, yearChoices } from '../assessment/useAssessmentYears';
import { EnumChip } from '../common/EnumChip';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { YuanField } from '../common/Yuan';
import { ExcelReportActions } from '../excel/ExcelExportButton';

const Heading = ({ title, help }: { title: string; help: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ px: 2, pt: 2, pb: 1 }}>
      <Typography variant="h6">{translate(title)}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(help)}
      </Typography>
    </Box>
  );
};

const Points = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  return record ? <span style={{ fontVariantNumeric: 'tabular-nums' }}>{roundPoints(Number(record.total))}</span> : null;
};

/** ASM-3 The awarded unit's rank in its kind, 并列 when shared. */
const Rank = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const { filterValues } = useListContext();
  if (!record) return null;
  return <RankText year={Number(filterValues.year)} kind={String(record.kind)} rank={Number(record.rank)} />;
};

/** PAY-4 The awarded main leader: the cadre (linked) or, when no longer visible, the name recorded on publishing. */
const Recipient = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const name = (record.recipient as { name?: string } | null)?.name ?? record.recipientName;
  return name ? <span>{name}</span> : <Typography variant="body2" color="text.secondary">{translate('app.awards.no_recipient')}</Typography>;
};

/** PAY-3 every cadre's realisation award of the same year (and unit) */
const RealisationAwards = () => {
  const { filterValues } = useListContext();
  return (
    <ListBase resource="realisationAwards" filter={{ year: filterValues.year, unitId: filterValues.unitId }} disableSyncWithLocation perPage={25}>
      <DataTable bulkActionButtons={false} rowClick={(id) => `/cadres/${id}/show`}>
        <DataTable.Col source="unit.name" label="resources.realisationAwards.fields.unit" disableSort />
        <DataTable.Col source="name" label="resources.realisationAwards.fields.cadre" disableSort />
        <DataTable.Col source="total" disableSort align="right">
          <Points />
        </DataTable.Col>
        <DataTable.Col source="amount" disableSort align="right">
          <YuanField source="amount" />
        </DataTable.Col>
      </DataTable>
      <Pagination rowsPerPageOptions={[25, 50, 100, 1000]} />
    </ListBase>
  );
};

/**
 * PAY-4 / PAY-3 The awards of a published year: the target assessment award of the main leaders
 * of the top villages and communities (ties at the boundary all qualify), and every cadre's
 * realisation award by the unit's total.
 */
export const AwardsPage = () => {
  const { years, defaultYear, isPending } = useAssessmentYears();
  const { allUnits } = useViewer();
  if (isPending) return <Loading />;
  const filters = [
    <SelectInput key="year" source="year" choices={yearChoices(years.filter((y) => y.status === 'PUBLISHED'))} alwaysOn label="resources.targetAwards.fields.year" />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn label="resources.targetAwards.fields.unitId" />] : []),
  ];
  return (
    <List
      resource="targetAwards"
      title="app.awards.title"
      filters={filters}
      filterDefaultValues={{ year: defaultYear }}
      perPage={1000}
      pagination={false}
      exporter={false}
      actions={<ExcelReportActions />}
      storeKey={false}
      empty={false}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', xl: '1fr 1fr' }, gap: 2, alignItems: 'start', p: { xl: 1 } }}>
        <Card variant="outlined">
          <Heading title="app.awards.target_title" help="app.awards.target_help" />
          <DataTable bulkActionButtons={false} rowClick={(_id, _resource, record) => (record.cadreId ? `/cadres/${record.cadreId}/show` : false)}>
            <DataTable.Col source="kind" disableSort>
              <EnumChip source="kind" enumName="unitKind" />
            </DataTable.Col>
            <DataTable.Col source="rank" disableSort align="right">
              <Rank />
            </DataTable.Col>
            <DataTable.Col source="unit.name" label="resources.targetAwards.fields.unit" disableSort />
            <DataTable.Col source="total" disableSort align="right">
              <Points />
            </DataTable.Col>
            <DataTable.Col source="recipient" disableSort>
              <Recipient />
            </DataTable.Col>
            <DataTable.Col source="minimumAmount" disableSort align="right">
              <YuanField source="minimumAmount" />
            </DataTable.Col>
          </DataTable>
        </Card>
        <Card variant="outlined">
          <Heading title="app.awards.realisation_title" help="app.awards.realisation_help" />
          <RealisationAwards />
        </Card>
      </Box>
    </List>
  );
};
