import { Alert, Box, Card, CardContent, Chip, Divider, Typography } from '@mui/material';
import { useState } from 'react';
import { DataTable, List, Loading, SelectInput, useGetList, useGetOne, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { HorizontalBarChart } from '../charts/HorizontalBarChart';
import { EnumInput } from '../common/EnumInput';
import { useViewer } from '../common/useViewer';
import { yearOf } from '../providers/ruleQueries';
import { roundPoints } from './scoreGrid';
import { tiedRanks, useRankLabel } from './ranks';
import { UnitHeading, UnitItemScores, UnitTrend } from './UnitResults';
import { useAssessmentYears, yearChoices } from './useAssessmentYears';
import { ExcelReportActions } from '../excel/ExcelExportButton';

interface RankingRecord {
  id: string;
  unitId: string;
  name: string;
  year: number;
  total: number;
  rank: number;
  isLast: boolean;
  published: boolean;
}

const DEFAULT_THRESHOLD = 800;

/** MGT-2 the year's last-place threshold (800 points unless the year's parameter says otherwise) */
export function useThreshold(year: number): number {
  const { data } = useGetList('policyParameters', { filter: { year }, pagination: { page: 1, perPage: 100 } });
  const value = data?.find((p) => p.id === 'lastPlaceThreshold')?.value;
  return typeof value === 'number' ? value : DEFAULT_THRESHOLD;
}

const LastChip = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<RankingRecord>();
  const translate = useTranslate();
  if (!record?.isLast) return null;
  return <Chip size="small" color="error" label={translate('app.ranking.last')} />;
};

const Total = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<RankingRecord>();
  if (!record) return null;
  return <span style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>{roundPoints(record.total)}</span>;
};

/** The table, the chart of totals and the selected unit's trend and item scores. */
const RankingContent = () => {
  const translate = useTranslate();
  const rankLabel = useRankLabel();
  const { data, filterValues, isPending } = useListContext<RankingRecord>();
  const { ownUnitId } = useViewer();
  const [chosen, setChosen] = useState<string | null>(null);
  const year = yearOf(filterValues.year);
  const threshold = useThreshold(year);
  const { data: awards } = useGetList('targetAwards', { filter: { year }, pagination: { page: 1, perPage: 100 } });
  const rows = data ?? [];
  const awarded = new Set((awards ?? []).map((a) => String(a.unitId)));
  const selectedId = chosen && rows.some((r) => r.id === chosen) ? chosen : rows.some((r) => r.id === ownUnitId) ? ownUnitId : (rows[0]?.id ?? null);
  const selected = rows.find((r) => r.id === selectedId);
  // ASM-3 ties share a rank and read 并列
  const tied = tiedRanks(rows);
  if (isPending) return null;
  if (rows.length === 0) {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('app.ranking.empty', { year })}
      </Alert>
    );
  }
  const draft = rows.some((r) => !r.published);
  return (
    <Box sx={{ p: 2 }}>
      {draft && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('app.ranking.draft', { year })}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(360px, 5fr) 7fr' }, gap: 2, alignItems: 'start' }}>
        <Card variant="outlined">
          <DataTable
            bulkActionButtons={false}
            rowClick={(id) => {
              setChosen(String(id));
              return false;
            }}
            rowSx={(record) => (record.id === selectedId ? { bgcolor: 'action.selected' } : {})}
          >
            <DataTable.Col source="rank" disableSort align="right" render={(r: RankingRecord) => rankLabel(r.rank, tied.has(r.rank))} />
            <DataTable.Col source="name" label="resources.assessmentRanking.fields.unit" disableSort />
            <DataTable.Col source="total" disableSort align="right">
              <Total />
            </DataTable.Col>
            <DataTable.Col source="isLast" label="resources.assessmentRanking.fields.isLast" disableSort>
              <LastChip />
            </DataTable.Col>
          </DataTable>
        </Card>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="subtitle1" gutterBottom>
                {translate('app.ranking.chart_title', { year })}
              </Typography>
              <HorizontalBarChart
                title={translate('app.ranking.chart_title', { year })}
                max={1000}
                threshold={{ value: threshold, label: translate('app.ranking.threshold', { points: threshold }) }}
                bars={rows.map((r) => ({ id: r.id, label: r.name, value: roundPoints(r.total), tone: r.isLast ? 'last' : awarded.has(r.id) ? 'award' : 'default' }))}
                selectedId={selectedId}
                onSelect={setChosen}
              />
              <Box sx={{ display: 'flex', gap: 2, mt: 1, flexWrap: 'wrap' }}>
                <Chip size="small" color="success" variant="outlined" label={translate('app.ranking.legend_award')} />
                <Chip size="small" color="error" variant="outlined" label={translate('app.ranking.legend_last')} />
              </Box>
            </CardContent>
          </Card>
          {selected && (
            <Card variant="outlined" data-testid="unit-results">
              <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
                <UnitHeading name={selected.name} rank={selected.rank} total={selected.total} isLast={selected.isLast} tied={tied.has(selected.rank)} />
                <Typography variant="subtitle2" color="text.secondary">
                  {translate('app.ranking.trend')}
                </Typography>
                <UnitTrend unitId={selected.unitId} unitName={selected.name} threshold={threshold} />
                <Divider />
                <Typography variant="subtitle2" color="text.secondary">
                  {translate('app.ranking.item_scores_of', { year })}
                </Typography>
                <UnitItemScores unitId={selected.unitId} year={year} />
              </CardContent>
            </Card>
          )}
        </Box>
      </Box>
    </Box>
  );
};

/**
 * ASM-3 The ranking of a year within a kind (competition ranking: ties share a rank), the last
 * units marked, a bar chart of the totals with the 800-point line (MGT-2), and for the unit
 * clicked its trend over the years and its item scores. A unit user sees every unit's published
 * total and rank, and only its own item scores (ASM-2); drafts only reach the subdistrict.
 */
export const RankingPage = () => {
  const { years, defaultYear, isPending } = useAssessmentYears();
  const { ownUnitId } = useViewer();
  const { data: ownUnit, isPending: unitPending } = useGetOne('units', { id: ownUnitId ?? '' }, { enabled: Boolean(ownUnitId) });
  if (isPending || (ownUnitId && unitPending)) return <Loading />;
  const filters = [
    <SelectInput key="year" source="year" choices={yearChoices(years)} alwaysOn label="resources.assessmentRanking.fields.year" />,
    <EnumInput key="kind" source="kind" enumName="unitKind" alwaysOn label="resources.assessmentRanking.fields.kind" />,
  ];
  return (
    <List
      resource="assessmentRanking"
      title="app.ranking.title"
      filters={filters}
      filterDefaultValues={{ year: defaultYear, kind: ownUnit?.kind ?? 'VILLAGE' }}
      perPage={1000}
      pagination={false}
      exporter={false}
      actions={<ExcelReportActions />}
      storeKey={false}
      empty={false}
    >
      <RankingContent />
    </List>
  );
};
