import { canAccess } from '@liangwei/domain';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Card, Chip, Table, TableBody, TableCell, TableContainer, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { Fragment, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Button, Link, Loading, Title, useDataProvider, useGetList, useLocaleState, useNotify, useParams, useTranslate } from 'react-admin';
import { EnumValueChip } from '../common/EnumChip';
import { enumKey } from '../common/enums';
import { useViewer } from '../common/useViewer';
import { labelLang } from '../i18n/i18nProvider';
import type { AppDataProvider } from '../providers/dataProvider';
import { SET_ASSESSMENT_SCORES } from '../providers/operations';
import { catalogueStatus } from './catalogue';
import { CatalogueTotalBanner } from './CatalogueTotal';
import {
  cellErrorsOf,
  columnSummary,
  fieldMessages,
  groupUnits,
  isDirty,
  mergeCells,
  moveFrom,
  rowPayload,
  rowSummary,
  savedCells,
  type CellErrors,
  type CellValue,
  type GridIndicator,
  type GridUnit,
  type Move,
} from './scoreGrid';
import { ScoreGridRow, type GridCallbacks } from './ScoreGridRow';
import { useAssessmentYears } from './useAssessmentYears';
import { InspectionDeductions } from '../inspections/InspectionDeductions';

interface ScoreRecord {
  id: string;
  unitId: string;
  indicatorId: string;
  points: number;
  note?: string | null;
}

interface SaveError {
  message?: string;
  body?: { errors?: Record<string, string>; graphQLErrors?: { message?: string; extensions?: { problems?: unknown; messageZh?: string } }[] };
}

const ALL = { page: 1, perPage: 1000 };

const without = <T,>(map: Record<string, T>, key: string): Record<string, T> => {
  if (!(key in map)) return map;
  const next = { ...map };
  delete next[key];
  return next;
};

/**
 * ASM-1/2 The score grid of a year: units (rows, villages then communities) × indicators
 * (columns). In a draft year an admin types the points; a deduction asks for its reason; row
 * totals and column checks are live; each unit's row is saved at once (`setAssessmentScores`, all
 * cells or none) and the API's field errors land on their cells. Published years and readers
 * (analysts, a unit its own row) see it read-only.
 */
export const ScoreGridPage = () => {
  const params = useParams<{ year: string }>();
  const year = Number(params.year);
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { viewer } = useViewer();
  const { byYear, isPending: yearsPending } = useAssessmentYears();
  const yearRecord = byYear(year);

  const indicatorQuery = useGetList<GridIndicator & { id: string }>('assessmentIndicators', { filter: { year }, sort: { field: 'sortOrder', order: 'ASC' }, pagination: ALL });
  const unitQuery = useGetList<GridUnit & { id: string }>('units', { sort: { field: 'code', order: 'ASC' }, pagination: ALL });
  const scoreQuery = useGetList<ScoreRecord>('assessmentScores', { filter: { year }, sort: { field: 'unitId', order: 'ASC' }, pagination: ALL });

  const indicators = useMemo(() => indicatorQuery.data ?? [], [indicatorQuery.data]);
  const groups = useMemo(() => groupUnits(unitQuery.data ?? []), [unitQuery.data]);
  const units = useMemo(() => groups.flatMap((g) => g.units), [groups]);
  const saved = useMemo(() => savedCells(scoreQuery.data ?? []), [scoreQuery.data]);

  const [edits, setEdits] = useState<Record<string, Record<string, CellValue>>>({});
  const [errors, setErrors] = useState<Record<string, CellErrors>>({});
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());

  const editable = yearRecord?.status === 'DRAFT' && canAccess(viewer, 'edit', 'assessmentScores');

  // the callbacks read the latest state through refs, so that the rows stay memoised
  const [locale] = useLocaleState();
  const state = useRef({ edits, saved, indicators, units, refetch: scoreQuery.refetch, locale });
  useLayoutEffect(() => {
    state.current = { edits, saved, indicators, units, refetch: scoreQuery.refetch, locale };
  });
  const inputs = useRef(new Map<string, HTMLInputElement>());

  const save = useCallback(
    async (unitId: string) => {
      const { edits, saved, indicators, units, refetch } = state.current;
      const unit = units.find((u) => u.id === unitId);
      const cells = mergeCells(saved[unitId], edits[unitId]);
      if (!isDirty(saved[unitId], edits[unitId])) return;
      if (rowSummary(cells, indicators, saved[unitId]).invalid > 0) {
        notify('app.scores.fix_row', { type: 'warning', messageArgs: { unit: unit?.name } });
        return;
      }
      const { scores, indicatorIds } = rowPayload(cells, indicators);
      setSaving((s) => new Set(s).add(unitId));
      try {
        await dataProvider.execute(SET_ASSESSMENT_SCORES, { unitId, year, scores });
        await refetch();
        setEdits((e) => without(e, unitId));
        setErrors((e) => without(e, unitId));
        notify('app.scores.saved', { type: 'success', messageArgs: { unit: unit?.name } });
      } catch (error) {
        const e = (error ?? {}) as SaveError;
        const lang = labelLang(state.current.locale);
        const fieldErrors = fieldMessages(e.body?.graphQLErrors, lang, e.body?.errors ?? {});
        const messageZh = e.body?.graphQLErrors?.[0]?.extensions?.messageZh;
        const reason = lang === 'zh' && messageZh ? messageZh : translate(e.message ?? 'ra.notification.http_error', { _: e.message ?? '' });
        if (Object.keys(fieldErrors).length) {
          const placed = cellErrorsOf(fieldErrors, indicatorIds);
          setErrors((all) => ({ ...all, [unitId]: placed.cells }));
          notify('app.scores.not_saved_cells', { type: 'error', messageArgs: { unit: unit?.name, reason: placed.other.join('; ') || reason } });
        } else {
          notify('app.error.not_saved', { type: 'error', messageArgs: { reason } });
        }
      } finally {
        setSaving((s) => {
          const next = new Set(s);
          next.delete(unitId);
          return next;
        });
      }
    },
    [dataProvider, notify, translate, year],
  );

  const callbacks: GridCallbacks = useMemo(
    () => ({
      onChange: (unitId, indicatorId, field, value) => {
        setEdits((all) => {
          const row = all[unitId] ?? {};
          const base = row[indicatorId] ?? state.current.saved[unitId]?.[indicatorId] ?? { points: '', note: '' };
          return { ...all, [unitId]: { ...row, [indicatorId]: { ...base, [field]: value } } };
        });
        setErrors((all) => {
          const row = all[unitId];
          if (!row?.[indicatorId]) return all;
          return { ...all, [unitId]: without(row, indicatorId) };
        });
      },
      onSave: (unitId) => void save(unitId),
      onMove: (row: number, col: number, move: Move) => {
        const target = moveFrom({ row, col }, move, state.current.units.length, state.current.indicators.length);
        if (!target) return;
        const input = inputs.current.get(`${target.row}:${target.col}`);
        input?.focus();
        input?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      },
      register: (row, col, input) => {
        if (input) inputs.current.set(`${row}:${col}`, input);
        else inputs.current.delete(`${row}:${col}`);
      },
    }),
    [save],
  );

  // leaving the page (closing the tab, reloading) with rows not saved asks first
  const hasUnsaved = Object.keys(edits).length > 0;
  useEffect(() => {
    if (!hasUnsaved) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasUnsaved]);

  if (yearsPending || indicatorQuery.isPending || unitQuery.isPending || scoreQuery.isPending) return <Loading />;

  const status = catalogueStatus(indicators.map((i) => i.maxPoints));
  const rows = units.map((u) => mergeCells(saved[u.id], edits[u.id]));
  const unsaved = units.filter((u) => isDirty(saved[u.id], edits[u.id])).length;
  const readOnlyReason = !yearRecord
    ? 'app.scores.no_year'
    : yearRecord.status !== 'DRAFT'
      ? 'app.scores.read_only_published'
      : !canAccess(viewer, 'edit', 'assessmentScores')
        ? 'app.scores.read_only_role'
        : null;
  const columns = indicators.length + 2 + (editable ? 1 : 0);
  let row = -1;

  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('app.scores.title', { year })} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Button component={Link} label="app.scores.back_to_year" to={yearRecord ? `/assessmentYears/${yearRecord.id}/show` : '/assessmentYears'}>
          <ArrowBackIcon />
        </Button>
        <Typography variant="h5" component="h1">
          {translate('app.scores.title', { year })}
        </Typography>
        {yearRecord && <EnumValueChip enumName="assessmentYearStatus" value={yearRecord.status} />}
        {unsaved > 0 && <Chip color="warning" size="small" label={translate('app.scores.unsaved_rows', { smart_count: unsaved })} />}
      </Box>
      {readOnlyReason && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate(readOnlyReason, { year })}
        </Alert>
      )}
      {/* INS-3 deductions proposed by the inspections, as evidence beside the scores */}
      <InspectionDeductions year={year} editable={editable} />
      {editable && (
        <>
          {status.state !== 'complete' && <CatalogueTotalBanner status={status} />}
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('app.scores.keyboard_help')}
          </Typography>
        </>
      )}
      <Card>
        <TableContainer sx={{ maxHeight: 'calc(100vh - 230px)' }}>
          <Table stickyHeader size="small" aria-label={translate('app.scores.title', { year })}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ position: 'sticky', left: 0, zIndex: 3, minWidth: 110 }}>{translate('resources.assessmentScores.fields.unitId')}</TableCell>
                {indicators.map((indicator) => (
                  <TableCell key={indicator.id} align="center" sx={{ lineHeight: 1.3 }}>
                    <Box component="span" sx={{ display: 'block', fontWeight: 600 }}>
                      {indicator.name}
                    </Box>
                    <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: 12 }}>
                      {translate('app.scores.max', { max: indicator.maxPoints })}
                    </Box>
                  </TableCell>
                ))}
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Box component="span" sx={{ display: 'block', fontWeight: 600 }}>
                    {translate('app.scores.total')}
                  </Box>
                  <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: 12 }}>
                    {translate('app.scores.max', { max: status.total })}
                  </Box>
                </TableCell>
                {editable && <TableCell sx={{ width: 56 }} />}
              </TableRow>
            </TableHead>
            <TableBody>
              {groups.map((group) => (
                <Fragment key={group.kind}>
                  <TableRow>
                    <TableCell colSpan={columns} sx={{ bgcolor: 'action.selected', fontWeight: 600, py: 0.5 }}>
                      {translate(enumKey('unitKind', group.kind))} · {group.units.length}
                    </TableCell>
                  </TableRow>
                  {group.units.map((unit) => {
                    row += 1;
                    return (
                      <ScoreGridRow
                        key={unit.id}
                        unit={unit}
                        row={row}
                        indicators={indicators}
                        saved={saved[unit.id]}
                        edits={edits[unit.id]}
                        errors={errors[unit.id]}
                        dirty={isDirty(saved[unit.id], edits[unit.id])}
                        saving={saving.has(unit.id)}
                        editable={editable}
                        callbacks={callbacks}
                      />
                    );
                  })}
                </Fragment>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow>
                <TableCell sx={{ position: 'sticky', left: 0, bgcolor: 'background.paper' }}>{translate('app.scores.column_check')}</TableCell>
                {indicators.map((indicator) => {
                  const column = columnSummary(rows, indicator);
                  return (
                    <TableCell key={indicator.id} align="center">
                      <Box component="span" sx={{ display: 'block' }}>
                        {translate('app.scores.scored_of', { scored: column.scored, total: units.length })}
                      </Box>
                      {column.invalid > 0 && (
                        <Box component="span" sx={{ display: 'block', color: 'error.main' }}>
                          {translate('app.scores.invalid_cells', { smart_count: column.invalid })}
                        </Box>
                      )}
                    </TableCell>
                  );
                })}
                <TableCell colSpan={editable ? 2 : 1} />
              </TableRow>
            </TableFooter>
          </Table>
        </TableContainer>
        {indicators.length === 0 && (
          // only the subdistrict writes the catalogue: a unit is told it is not published yet, not to add indicators
          <Alert severity={canAccess(viewer, 'create', 'assessmentIndicators') ? 'warning' : 'info'} sx={{ m: 2 }}>
            {translate(canAccess(viewer, 'create', 'assessmentIndicators') ? 'app.scores.no_catalogue' : 'app.scores.no_catalogue_unit', { year })}
          </Alert>
        )}
      </Card>
    </Box>
  );
};
