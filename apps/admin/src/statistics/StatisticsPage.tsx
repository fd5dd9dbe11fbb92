import { TeamDimension, type UnitKind } from '@liangwei/domain';
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button as MuiButton, Card, CardContent, Link as MuiLink, MenuItem, Table, TableBody, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Title, useGetList, useLocaleState, useNotify, useRedirect, useTranslate } from 'react-admin';
import { HorizontalBarChart } from '../charts/HorizontalBarChart';
import { enumKey } from '../common/enums';
import { today } from '../common/today';
import { useViewer } from '../common/useViewer';
import { authFetch } from '../providers/graphqlRequest';
import { formatDate } from '../common/dates';
import { TEAM_STATISTICS, type Bucket, type StatisticsVariables } from '../team/operations';
import { useApiQuery } from '../team/useApiQuery';
import { AgePyramid } from './AgePyramid';
import { PeopleDialog, type PeopleQuery } from './PeopleDialog';

const percent = (value: number | null | undefined, locale: string) =>
  value == null ? '—' : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { style: 'percent', maximumFractionDigits: 1 }).format(value);

/** Downloads the statistics as .xlsx (the API builds the workbook with the "as of" date). */
async function downloadWorkbook(scope: StatisticsVariables): Promise<void> {
  const params = new URLSearchParams();
  if (scope.asOf) params.set('asOf', scope.asOf);
  if (scope.unitId) params.set('unitId', scope.unitId);
  if (scope.kind) params.set('kind', scope.kind);
  const response = await authFetch(`/excel/team-statistics.xlsx?${params.toString()}`);
  if (!response.ok) throw new Error(String(response.status));
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `班子结构统计-${scope.asOf ?? today()}.xlsx`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

const Figure = ({ label, value, onClick }: { label: string; value: ReactNode; onClick?: () => void }) => (
  <Card sx={{ flex: '1 1 160px', minWidth: 160 }}>
    <CardContent>
      <Typography color="text.secondary">{label}</Typography>
      <Typography variant="h4" component="div">
        {onClick ? (
          <MuiLink component="button" variant="h4" underline="hover" onClick={onClick}>
            {value}
          </MuiLink>
        ) : (
          value
        )}
      </Typography>
    </CardContent>
  </Card>
);

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card sx={{ flex: '1 1 420px', minWidth: 320 }}>
    <CardContent>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/**
 * ORG-3 RES-4 RES-1 The two-committee teams on a date: size and average age, the age pyramid by
 * gender, education and Party membership shares, ethnicity, college-graduate officials, reserves,
 * vacancies and 一职一备 coverage per unit. Every number opens the people behind it; the whole
 * can be downloaded as .xlsx. A unit user sees its own unit.
 */
export const StatisticsPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const redirect = useRedirect();
  const { allUnits } = useViewer();
  const [asOf, setAsOf] = useState(today());
  const [kind, setKind] = useState<UnitKind | ''>('');
  const [unitId, setUnitId] = useState('');
  const [people, setPeople] = useState<PeopleQuery | null>(null);
  const { data: units } = useGetList('units', { pagination: { page: 1, perPage: 1000 }, sort: { field: 'name', order: 'ASC' } }, { enabled: allUnits });
  const scope: StatisticsVariables = { asOf: asOf || null, unitId: unitId || null, kind: kind || null };
  const { data, isPending, error } = useApiQuery(TEAM_STATISTICS, scope, 0, !!asOf);
  const stats = data?.teamStatistics;
  const lang = locale === 'en' ? 'en' : 'zh';
  const labelOf = (b: Bucket) => (lang === 'en' ? b.labelEn : b.label);
  const open = (dimension: TeamDimension, b: Bucket) => setPeople({ dimension, key: b.key, label: labelOf(b) });
  const share = (value: number) => (stats?.teamSize ? `${value}（${percent(value / stats.teamSize, locale)}）` : String(value));
  const bars = (dimension: TeamDimension, buckets: Bucket[]) => (
    <HorizontalBarChart
      title={translate(`app.statistics.dimension.${dimension}`)}
      bars={buckets.map((b) => ({ id: b.key, label: labelOf(b), value: b.count }))}
      max={Math.max(1, stats?.teamSize ?? 1)}
      format={share}
      onSelect={(key) => open(dimension, buckets.find((b) => b.key === key)!)}
    />
  );
  const bucketTable = (dimension: TeamDimension | null, buckets: Bucket[]) => (
    <Table size="small">
      <TableBody>
        {buckets.map((b) => (
          <TableRow key={b.key}>
            <TableCell>{labelOf(b)}</TableCell>
            <TableCell align="right">
              {dimension && b.count > 0 ? (
                <MuiLink component="button" underline="hover" onClick={() => open(dimension, b)}>
                  {b.count}
                </MuiLink>
              ) : (
                b.count
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
  const download = () => downloadWorkbook(scope).catch(() => notify('app.statistics.download_failed', { type: 'error' }));
  const female = translate(enumKey('gender', 'FEMALE'));
  const male = translate(enumKey('gender', 'MALE'));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2 }} data-testid="statistics-page">
      <Title title={translate('app.statistics.title')} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          type="date"
          size="small"
          label={translate('app.statistics.as_of')}
          value={asOf}
          onChange={(e) => setAsOf(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        {allUnits ? (
          <>
            <TextField select size="small" sx={{ minWidth: 140 }} label={translate('resources.units.fields.kind')} value={kind} onChange={(e) => setKind(e.target.value as UnitKind | '')}>
              <MenuItem value="">{translate('app.statistics.all_kinds')}</MenuItem>
              <MenuItem value="VILLAGE">{translate(enumKey('unitKind', 'VILLAGE'))}</MenuItem>
              <MenuItem value="COMMUNITY">{translate(enumKey('unitKind', 'COMMUNITY'))}</MenuItem>
            </TextField>
            <TextField select size="small" sx={{ minWidth: 180 }} label={translate('app.statistics.unit')} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
              <MenuItem value="">{translate('app.statistics.all_units')}</MenuItem>
              {(units ?? []).map((u) => (
                <MenuItem key={u.id} value={String(u.id)}>
                  {String(u.name)}
                </MenuItem>
              ))}
            </TextField>
          </>
        ) : null}
        <MuiButton variant="outlined" startIcon={<DownloadIcon />} onClick={download}>
          {translate('app.statistics.download')}
        </MuiButton>
        {stats ? <Typography color="text.secondary">{translate('app.statistics.as_of_text', { date: formatDate(stats.asOf, locale) })}</Typography> : null}
      </Box>
      {error ? <Alert severity="error">{translate('app.statistics.load_failed')}</Alert> : null}
      {isPending && !stats ? <Typography>…</Typography> : null}
      {stats ? (
        <>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <Figure label={translate('app.statistics.team_size')} value={stats.teamSize} />
            <Figure label={translate('app.statistics.average_age')} value={stats.averageAge == null ? '—' : stats.averageAge.toFixed(1)} />
            <Figure label={translate('app.statistics.posts')} value={stats.posts} />
            <Figure label={translate('app.statistics.vacancies')} value={stats.vacancies} onClick={() => redirect('/posts')} />
            <Figure label={translate('app.statistics.coverage')} value={percent(stats.coverage, locale)} onClick={() => redirect('/succession-gaps')} />
          </Box>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <Section title={translate('app.statistics.pyramid')}>
              <AgePyramid
                title={translate('app.statistics.pyramid')}
                buckets={stats.byAgeBandAndGender}
                bands={stats.byAgeBand.map((b) => ({ key: b.key, label: labelOf(b) }))}
                femaleLabel={female}
                maleLabel={male}
                onSelect={(key) => {
                  const bucket = stats.byAgeBandAndGender.find((b) => b.key === key) ?? { key, label: key, labelEn: key, count: 0 };
                  open(TeamDimension.AGE_BAND_AND_GENDER, bucket);
                }}
              />
              {bucketTable(TeamDimension.AGE_BAND, stats.byAgeBand)}
            </Section>
            <Section title={translate('app.statistics.dimension.EDUCATION')}>{bars(TeamDimension.EDUCATION, stats.byEducation)}</Section>
            <Section title={translate('app.statistics.dimension.PARTY_MEMBERSHIP')}>{bars(TeamDimension.PARTY_MEMBERSHIP, stats.byPartyMembership)}</Section>
            <Section title={translate('app.statistics.dimension.GENDER')}>{bucketTable(TeamDimension.GENDER, stats.byGender)}</Section>
            <Section title={translate('app.statistics.dimension.ETHNICITY')}>{bucketTable(TeamDimension.ETHNICITY, stats.byEthnicity)}</Section>
            <Section title={translate('app.statistics.dimension.COLLEGE_GRADUATE_OFFICIAL')}>{bucketTable(TeamDimension.COLLEGE_GRADUATE_OFFICIAL, stats.byCollegeGraduateOfficial)}</Section>
            <Section title={translate('app.statistics.reserves_by_status')}>{bucketTable(null, stats.reservesByStatus)}</Section>
            <Section title={translate('app.statistics.reserves_by_source')}>{bucketTable(null, stats.reservesBySource)}</Section>
          </Box>
          {stats.byUnit && stats.byUnit.length > 0 ? (
            <Section title={translate('app.statistics.coverage_by_unit')}>
              <HorizontalBarChart
                title={translate('app.statistics.coverage_by_unit')}
                bars={stats.byUnit.map((u) => ({ id: u.unitId, label: u.unit.name, value: Math.round((u.coverage ?? 0) * 1000) / 10, tone: (u.coverage ?? 0) >= 1 ? 'award' : 'default' }))}
                max={100}
                format={(v) => `${v}%`}
                onSelect={(id) => redirect('show', 'units', id)}
              />
            </Section>
          ) : null}
        </>
      ) : null}
      <PeopleDialog query={people} scope={scope} onClose={() => setPeople(null)} />
    </Box>
  );
};
