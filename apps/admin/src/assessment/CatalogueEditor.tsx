import AddIcon from '@mui/icons-material/Add';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, IconButton, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { useState, type KeyboardEvent } from 'react';
import { Button, Confirm, useCreate, useDelete, useGetList, useNotify, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { useApiAction } from '../common/useApiAction';
import { COPY_ASSESSMENT_CATALOGUE } from '../providers/operations';
import { catalogueStatus, nextSortOrder, previousCatalogueYear } from './catalogue';
import { CatalogueTotalBanner } from './CatalogueTotal';
import { parsePoints } from './scoreGrid';
import { useAssessmentYears } from './useAssessmentYears';

interface IndicatorRecord {
  id: string;
  year: number;
  name: string;
  maxPoints: number;
  sortOrder: number;
  description?: string | null;
  version: number;
}

interface Draft {
  name: string;
  maxPoints: string;
  sortOrder: string;
  description: string;
}

type DraftErrors = Partial<Record<keyof Draft, string>>;

const EMPTY_DRAFT: Draft = { name: '', maxPoints: '', sortOrder: '', description: '' };

const draftOf = (i: IndicatorRecord): Draft => ({ name: i.name, maxPoints: String(i.maxPoints), sortOrder: String(i.sortOrder), description: i.description ?? '' });

/** ASM-1 What the form checks before the API does: a name, maximum points above 0 and at most 1000. */
function checkDraft(draft: Draft): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.name.trim() === '') errors.name = 'ra.validation.required';
  else if (draft.name.trim().length > 200) errors.name = 'app.assessment.name_too_long';
  const max = parsePoints(draft.maxPoints);
  if (max === null) errors.maxPoints = 'ra.validation.required';
  else if (Number.isNaN(max) || max <= 0 || max > 1000) errors.maxPoints = 'app.assessment.max_points_range';
  const order = draft.sortOrder.trim() === '' ? null : Number(draft.sortOrder);
  if (order !== null && (!Number.isInteger(order) || order < 0)) errors.sortOrder = 'app.assessment.sort_order_whole';
  return errors;
}

function dataOf(draft: Draft) {
  return {
    name: draft.name.trim(),
    maxPoints: parsePoints(draft.maxPoints) ?? 0,
    ...(draft.sortOrder.trim() === '' ? {} : { sortOrder: Number(draft.sortOrder) }),
    description: draft.description.trim() === '' ? null : draft.description.trim(),
  };
}

interface SaveError {
  message?: string;
  body?: { errors?: Record<string, string> };
}

/** The inputs of one indicator, in a table row (editing or adding). */
const DraftCells = ({ draft, errors, onChange, onSubmit, onCancel, autoFocus }: { draft: Draft; errors: DraftErrors; onChange: (d: Draft) => void; onSubmit: () => void; onCancel?: () => void; autoFocus?: boolean }) => {
  const translate = useTranslate();
  const keyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      onSubmit();
    } else if (event.key === 'Escape' && onCancel) onCancel();
  };
  const field = (key: keyof Draft, label: string, props: Record<string, unknown> = {}) => (
    <TextField
      variant="outlined"
      size="small"
      fullWidth
      value={draft[key]}
      onChange={(e) => onChange({ ...draft, [key]: e.target.value })}
      onKeyDown={keyDown}
      error={Boolean(errors[key])}
      helperText={errors[key] ? translate(errors[key]!, { _: errors[key]! }) : undefined}
      placeholder={translate(label)}
      slotProps={{ htmlInput: { 'aria-label': translate(label) } }}
      {...props}
    />
  );
  return (
    <>
      <TableCell sx={{ width: 90 }}>{field('sortOrder', 'resources.assessmentIndicators.fields.sortOrder', { slotProps: { htmlInput: { inputMode: 'numeric', 'aria-label': translate('resources.assessmentIndicators.fields.sortOrder') } } })}</TableCell>
      <TableCell>{field('name', 'resources.assessmentIndicators.fields.name', { autoFocus })}</TableCell>
      <TableCell sx={{ width: 130 }}>{field('maxPoints', 'resources.assessmentIndicators.fields.maxPoints', { slotProps: { htmlInput: { inputMode: 'decimal', 'aria-label': translate('resources.assessmentIndicators.fields.maxPoints') } } })}</TableCell>
      <TableCell>{field('description', 'resources.assessmentIndicators.fields.description')}</TableCell>
    </>
  );
};

/** One indicator: read, or edited in place; deleted after confirming (a draft year, no scores yet). */
const IndicatorRow = ({ indicator, editable, onChanged }: { indicator: IndicatorRecord; editable: boolean; onChanged: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [confirming, setConfirming] = useState(false);
  const [update, { isPending: saving }] = useUpdate();
  const [remove, { isPending: deleting }] = useDelete();

  const failed = (error: unknown) => {
    const e = (error ?? {}) as SaveError;
    if (e.body?.errors && Object.keys(e.body.errors).length) setErrors(e.body.errors as DraftErrors);
    else notify('app.error.not_saved', { type: 'error', messageArgs: { reason: translate(e.message ?? 'ra.notification.http_error', { _: e.message }) } });
  };

  const save = () => {
    if (!draft) return;
    const problems = checkDraft(draft);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    update(
      'assessmentIndicators',
      { id: indicator.id, data: { ...dataOf(draft), version: indicator.version }, previousData: indicator },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setDraft(null);
          notify('app.assessment.indicator_saved', { type: 'success' });
          onChanged();
        },
        onError: failed,
      },
    );
  };

  const doDelete = () =>
    remove(
      'assessmentIndicators',
      { id: indicator.id, previousData: indicator },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setConfirming(false);
          notify('app.assessment.indicator_deleted', { type: 'success' });
          onChanged();
        },
        onError: (error) => {
          setConfirming(false);
          failed(error);
        },
      },
    );

  if (draft) {
    return (
      <TableRow>
        <DraftCells draft={draft} errors={errors} onChange={setDraft} onSubmit={save} onCancel={() => setDraft(null)} autoFocus />
        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
          <Tooltip title={translate('ra.action.save')}>
            <span>
              <IconButton color="primary" onClick={save} disabled={saving} aria-label={translate('ra.action.save')}>
                <CheckIcon />
              </IconButton>
            </span>
          </Tooltip>
          <Tooltip title={translate('ra.action.cancel')}>
            <IconButton onClick={() => setDraft(null)} aria-label={translate('ra.action.cancel')}>
              <CloseIcon />
            </IconButton>
          </Tooltip>
        </TableCell>
      </TableRow>
    );
  }
  return (
    <TableRow hover>
      <TableCell>{indicator.sortOrder}</TableCell>
      <TableCell>{indicator.name}</TableCell>
      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {indicator.maxPoints}
      </TableCell>
      <TableCell>
        <Typography variant="body2" color="text.secondary">
          {indicator.description}
        </Typography>
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {editable && (
          <>
            <Tooltip title={translate('ra.action.edit')}>
              <IconButton
                size="small"
                onClick={() => {
                  setErrors({});
                  setDraft(draftOf(indicator));
                }}
                aria-label={`${translate('ra.action.edit')} ${indicator.name}`}
              >
                <EditIcon fontSize="small" />
              </IconButton>
            </Tooltip>
            <Tooltip title={translate('ra.action.delete')}>
              <IconButton size="small" color="error" onClick={() => setConfirming(true)} aria-label={`${translate('ra.action.delete')} ${indicator.name}`}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Tooltip>
            <Confirm
              isOpen={confirming}
              loading={deleting}
              title="app.assessment.delete_indicator_title"
              content="app.assessment.delete_indicator_content"
              translateOptions={{ name: indicator.name }}
              onConfirm={doDelete}
              onClose={() => setConfirming(false)}
            />
          </>
        )}
      </TableCell>
    </TableRow>
  );
};

/** The last row: a new indicator, added with Enter or the button. */
const AddRow = ({ year, sortOrder, onChanged }: { year: number; sortOrder: number; onChanged: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [create, { isPending }] = useCreate();
  const add = () => {
    const problems = checkDraft(draft);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    create(
      'assessmentIndicators',
      { data: { year, sortOrder, ...dataOf(draft) } },
      {
        onSuccess: () => {
          setDraft(EMPTY_DRAFT);
          notify('app.assessment.indicator_added', { type: 'success' });
          onChanged();
        },
        onError: (error) => {
          const e = (error ?? {}) as SaveError;
          if (e.body?.errors && Object.keys(e.body.errors).length) setErrors(e.body.errors as DraftErrors);
          else notify('app.error.not_saved', { type: 'error', messageArgs: { reason: translate(e.message ?? 'ra.notification.http_error', { _: e.message }) } });
        },
      },
    );
  };
  return (
    <TableRow sx={{ bgcolor: 'action.hover' }}>
      <DraftCells draft={draft} errors={errors} onChange={setDraft} onSubmit={add} />
      <TableCell align="right">
        <Button label="app.assessment.add_indicator" onClick={add} disabled={isPending} variant="contained" size="small">
          <AddIcon />
        </Button>
      </TableCell>
    </TableRow>
  );
};

/** ASM-1 Starts an empty draft catalogue from the latest earlier year's. */
const CopyCatalogue = ({ year, fromYear, onChanged }: { year: number; fromYear: number; onChanged: () => void }) => {
  const run = useApiAction();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const copy = async () => {
    setBusy(true);
    const result = await run(COPY_ASSESSMENT_CATALOGUE, { fromYear, toYear: year }, 'app.assessment.catalogue_copied');
    setBusy(false);
    if (result.ok) onChanged();
  };
  return (
    <Alert
      severity="info"
      action={
        <Button label="app.assessment.copy_from" onClick={copy} disabled={busy} variant="contained" size="small">
          <ContentCopyIcon />
        </Button>
      }
      sx={{ mb: 2 }}
    >
      {translate('app.assessment.catalogue_empty', { year: fromYear })}
    </Alert>
  );
};

/**
 * ASM-1 A year's indicator catalogue (考核指标): the running total against 1000 shown big, the
 * indicators in order, edited, added and deleted in place while the year is a draft and the
 * viewer an admin; an empty draft can start from the latest earlier year's catalogue.
 */
export const CatalogueEditor = ({ year, editable }: { year: number; editable: boolean }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { years } = useAssessmentYears();
  const { data, isPending } = useGetList<IndicatorRecord>('assessmentIndicators', {
    filter: { year },
    sort: { field: 'sortOrder', order: 'ASC' },
    pagination: { page: 1, perPage: 1000 },
  });
  const indicators = data ?? [];
  const status = catalogueStatus(indicators.map((i) => i.maxPoints));
  const fromYear = previousCatalogueYear(years, year);
  // the year's own total (the years list, the publish check) changes with the catalogue
  const changed = () => refresh();
  return (
    <Box sx={{ width: '100%' }}>
      <CatalogueTotalBanner status={status} />
      {!isPending && indicators.length === 0 && editable && fromYear !== null && <CopyCatalogue year={year} fromYear={fromYear} onChanged={changed} />}
      <Table size="small" aria-label={translate('app.assessment.catalogue')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 90 }}>{translate('resources.assessmentIndicators.fields.sortOrder')}</TableCell>
            <TableCell>{translate('resources.assessmentIndicators.fields.name')}</TableCell>
            <TableCell align="right" sx={{ width: 130 }}>
              {translate('resources.assessmentIndicators.fields.maxPoints')}
            </TableCell>
            <TableCell>{translate('resources.assessmentIndicators.fields.description')}</TableCell>
            <TableCell sx={{ width: 120 }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {indicators.map((indicator) => (
            <IndicatorRow key={indicator.id} indicator={indicator} editable={editable} onChanged={changed} />
          ))}
          {!isPending && indicators.length === 0 && !editable && (
            <TableRow>
              <TableCell colSpan={5}>
                <Typography variant="body2" color="text.secondary">
                  {translate('app.assessment.no_indicators')}
                </Typography>
              </TableCell>
            </TableRow>
          )}
          {editable && <AddRow year={year} sortOrder={nextSortOrder(indicators)} onChanged={changed} />}
        </TableBody>
      </Table>
    </Box>
  );
};
