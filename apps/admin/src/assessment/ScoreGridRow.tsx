import SaveIcon from '@mui/icons-material/Save';
import { Box, CircularProgress, IconButton, InputBase, TableCell, TableRow, Tooltip, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { memo, useMemo, type KeyboardEvent } from 'react';
import { useTranslate } from 'react-admin';
import {
  checkCell,
  mergeCells,
  moveOfKey,
  rowSummary,
  type CellErrors,
  type CellValue,
  type CellValues,
  type GridIndicator,
  type GridUnit,
  type Move,
} from './scoreGrid';

export interface GridCallbacks {
  onChange: (unitId: string, indicatorId: string, field: keyof CellValue, value: string) => void;
  onSave: (unitId: string) => void;
  onMove: (row: number, col: number, move: Move) => void;
  register: (row: number, col: number, input: HTMLInputElement | null) => void;
}

interface RowProps {
  unit: GridUnit;
  row: number;
  indicators: readonly GridIndicator[];
  saved: CellValues | undefined;
  edits: CellValues | undefined;
  errors: CellErrors | undefined;
  dirty: boolean;
  saving: boolean;
  editable: boolean;
  callbacks: GridCallbacks;
}

const EMPTY: CellValue = { points: '', note: '' };

/** The message of a cell: the API's (after a save) first, else what the grid itself sees wrong. */
function useCellMessage() {
  const translate = useTranslate();
  return (problem: string | null, maxPoints: number, server?: { points?: string; note?: string }) => {
    if (server?.points) return server.points;
    if (server?.note) return server.note;
    return problem ? translate(`app.scores.problem.${problem}`, { max: maxPoints }) : '';
  };
}

interface CellProps {
  unit: GridUnit;
  indicator: GridIndicator;
  row: number;
  col: number;
  value: CellValue;
  saved: CellValue | undefined;
  server: { points?: string; note?: string } | undefined;
  callbacks: GridCallbacks;
}

/**
 * ASM-1 One editable cell: the points, and under them the reason of a deduction (points below
 * the maximum). Enter / Shift+Enter go to the next / previous cell, the arrows up and down, Tab
 * goes through points and reasons in reading order, Ctrl+Enter saves the row.
 */
const EditableCell = ({ unit, indicator, row, col, value, saved, server, callbacks }: CellProps) => {
  const translate = useTranslate();
  const message = useCellMessage();
  const state = checkCell(value, indicator.maxPoints, saved);
  const pointsWrong = Boolean(server?.points) || (state.problem !== null && state.problem !== 'note_required');
  const noteWrong = Boolean(server?.note) || state.problem === 'note_required';
  const keyDown = (event: KeyboardEvent, withArrows: boolean) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      callbacks.onSave(unit.id);
      return;
    }
    const move = moveOfKey(event.key, event.shiftKey);
    if (!move || (!withArrows && move !== 'next' && move !== 'previous')) return;
    event.preventDefault();
    callbacks.onMove(row, col, move);
  };
  const box = (wrong: boolean) => ({
    width: '100%',
    border: 1,
    borderRadius: 1,
    borderColor: wrong ? 'error.main' : 'divider',
    bgcolor: (theme: { palette: { error: { main: string }; background: { paper: string } } }) => (wrong ? alpha(theme.palette.error.main, 0.08) : theme.palette.background.paper),
    '&.Mui-focused': { borderColor: wrong ? 'error.main' : 'info.main', boxShadow: 1 },
  });
  const label = `${unit.name} ${indicator.name}`;
  return (
    <TableCell sx={{ px: 0.5, py: 0.5, verticalAlign: 'top', minWidth: 96 }} data-problem={pointsWrong || noteWrong ? 'true' : undefined}>
      <Tooltip title={pointsWrong ? message(state.problem, indicator.maxPoints, server) : ''} placement="top" arrow>
        <InputBase
          value={value.points}
          onChange={(e) => callbacks.onChange(unit.id, indicator.id, 'points', e.target.value)}
          onKeyDown={(e) => keyDown(e, true)}
          onFocus={(e) => e.target.select()}
          inputRef={(el: HTMLInputElement | null) => callbacks.register(row, col, el)}
          error={pointsWrong}
          sx={{ ...box(pointsWrong), '& input': { textAlign: 'right', px: 1, py: 0.5, fontVariantNumeric: 'tabular-nums' } }}
          inputProps={{ 'aria-label': label, 'aria-invalid': pointsWrong, inputMode: 'decimal', autoComplete: 'off' }}
        />
      </Tooltip>
      {(state.deduction || value.note !== '' || server?.note) && (
        <Tooltip title={noteWrong ? message('note_required', indicator.maxPoints, server) : value.note} placement="bottom" arrow>
          <InputBase
            value={value.note}
            onChange={(e) => callbacks.onChange(unit.id, indicator.id, 'note', e.target.value)}
            onKeyDown={(e) => keyDown(e, false)}
            placeholder={translate('app.scores.note_placeholder')}
            error={noteWrong}
            sx={{ ...box(noteWrong), mt: 0.5, fontSize: 12, '& input': { px: 1, py: 0.25 } }}
            inputProps={{ 'aria-label': `${label} ${translate('app.scores.note')}`, 'aria-invalid': noteWrong, autoComplete: 'off' }}
          />
        </Tooltip>
      )}
    </TableCell>
  );
};

/** A cell of a published year or of a reader: the points, and the reason of a deduction. */
const ReadOnlyCell = ({ value, maxPoints }: { value: CellValue | undefined; maxPoints: number }) => {
  const state = checkCell(value, maxPoints);
  return (
    <TableCell align="right" sx={{ verticalAlign: 'top', minWidth: 80 }}>
      <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }} color={state.deduction ? 'warning.dark' : 'text.primary'}>
        {value?.points || '—'}
      </Typography>
      {value?.note && (
        <Tooltip title={value.note}>
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', maxWidth: 140, ml: 'auto', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {value.note}
          </Typography>
        </Tooltip>
      )}
    </TableCell>
  );
};

/** ASM-1/2 One unit's row: its cells, the live total, and (editing) its save button. */
export const ScoreGridRow = memo(function ScoreGridRow({ unit, row, indicators, saved, edits, errors, dirty, saving, editable, callbacks }: RowProps) {
  const translate = useTranslate();
  const cells = useMemo(() => mergeCells(saved, edits), [saved, edits]);
  const summary = rowSummary(cells, indicators, saved);
  const over = summary.total > 1000;
  return (
    <TableRow hover data-unit={unit.id} sx={dirty ? { '& > td:first-of-type': { boxShadow: (theme) => `inset 4px 0 0 ${theme.palette.warning.main}` } } : undefined}>
      <TableCell component="th" scope="row" sx={{ position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper', whiteSpace: 'nowrap', fontWeight: 500 }}>
        {unit.name}
      </TableCell>
      {indicators.map((indicator, col) =>
        editable ? (
          <EditableCell
            key={indicator.id}
            unit={unit}
            indicator={indicator}
            row={row}
            col={col}
            value={cells[indicator.id] ?? EMPTY}
            saved={saved?.[indicator.id]}
            server={errors?.[indicator.id]}
            callbacks={callbacks}
          />
        ) : (
          <ReadOnlyCell key={indicator.id} value={cells[indicator.id]} maxPoints={indicator.maxPoints} />
        ),
      )}
      <TableCell align="right" sx={{ verticalAlign: 'top', whiteSpace: 'nowrap' }} data-testid={`row-total-${unit.id}`}>
        <Typography component="span" variant="body1" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }} color={over ? 'error.main' : 'text.primary'} className="row-total">
          {summary.total}
        </Typography>
        {!summary.complete && (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            {translate('app.scores.scored_of', { scored: summary.scored, total: indicators.length })}
          </Typography>
        )}
        {summary.invalid > 0 && (
          <Typography variant="caption" color="error.main" sx={{ display: 'block' }}>
            {translate('app.scores.invalid_cells', { smart_count: summary.invalid })}
          </Typography>
        )}
      </TableCell>
      {editable && (
        <TableCell sx={{ verticalAlign: 'top', px: 0.5 }}>
          <Tooltip title={translate('app.scores.save_row', { unit: unit.name })}>
            <span>
              <IconButton
                color={dirty ? 'primary' : 'default'}
                disabled={!dirty || saving}
                onClick={() => callbacks.onSave(unit.id)}
                aria-label={translate('app.scores.save_row', { unit: unit.name })}
                size="small"
                tabIndex={dirty ? 0 : -1}
              >
                {saving ? <CircularProgress size={18} /> : <SaveIcon fontSize="small" />}
              </IconButton>
            </span>
          </Tooltip>
          {dirty && !saving && (
            <Box component="span" sx={{ display: 'block', fontSize: 11, color: 'warning.dark', textAlign: 'center' }}>
              {translate('app.scores.unsaved')}
            </Box>
          )}
        </TableCell>
      )}
    </TableRow>
  );
});
