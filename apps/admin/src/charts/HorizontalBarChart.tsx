import { Box } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import type { KeyboardEvent } from 'react';
import { linearScale, niceTicks } from './scale';

export interface Bar {
  id: string;
  label: string;
  value: number;
  /** `last`: red (末位); `award`: green (a target award); else the neutral colour */
  tone?: 'default' | 'last' | 'award';
}

interface Props {
  bars: readonly Bar[];
  /** the right end of the axis (1000 points) */
  max: number;
  /** a marked value, e.g. the 800-point line of MGT-2, with its caption */
  threshold?: { value: number; label: string } | null;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  /** the chart's accessible name */
  title: string;
  /** how a value is read out and written at the end of its bar */
  format?: (value: number) => string;
}

const ROW = 22;
const LABEL = 96;
const WIDTH = 640;
const TOP = 22;
const AXIS = 22;

/**
 * A horizontal bar chart in SVG: one bar per row from 0 to `max`, the value at its end, an
 * optional marked threshold (a dashed line), the selected bar outlined. A bar is clickable and
 * focusable (Enter) when `onSelect` is given.
 */
export const HorizontalBarChart = ({ bars, max, threshold, selectedId, onSelect, title, format = String }: Props) => {
  const theme = useTheme();
  const height = TOP + bars.length * ROW + AXIS;
  const x = linearScale([0, max], [LABEL, WIDTH - 44]);
  const colour = (tone: Bar['tone']) => (tone === 'last' ? theme.palette.error.main : tone === 'award' ? theme.palette.success.main : theme.palette.info.main);
  const keyDown = (id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect?.(id);
    }
  };
  return (
    <Box component="svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} sx={{ width: '100%', height: 'auto', display: 'block', fontFamily: theme.typography.fontFamily }}>
      {niceTicks(0, max, 5).map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={TOP - 4} y2={height - AXIS} stroke={theme.palette.divider} />
          <text x={x(tick)} y={height - 6} textAnchor="middle" fontSize={11} fill={theme.palette.text.secondary}>
            {tick}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const y = TOP + i * ROW;
        const selected = bar.id === selectedId;
        return (
          <g
            key={bar.id}
            onClick={onSelect ? () => onSelect(bar.id) : undefined}
            onKeyDown={onSelect ? keyDown(bar.id) : undefined}
            tabIndex={onSelect ? 0 : undefined}
            role={onSelect ? 'button' : undefined}
            aria-label={`${bar.label} ${format(bar.value)}`}
            aria-pressed={onSelect ? selected : undefined}
            style={{ cursor: onSelect ? 'pointer' : undefined, outline: 'none' }}
          >
            <rect x={0} y={y} width={WIDTH} height={ROW} fill={selected ? theme.palette.action.selected : 'transparent'} />
            <text x={LABEL - 6} y={y + ROW / 2 + 4} textAnchor="end" fontSize={12} fill={theme.palette.text.primary} fontWeight={selected ? 700 : 400}>
              {bar.label}
            </text>
            <rect
              x={x(0)}
              y={y + 4}
              width={Math.max(0, x(Math.min(bar.value, max)) - x(0))}
              height={ROW - 8}
              rx={2}
              fill={colour(bar.tone)}
              fillOpacity={selected ? 1 : 0.75}
              stroke={selected ? theme.palette.text.primary : 'none'}
            />
            <text x={x(Math.min(bar.value, max)) + 4} y={y + ROW / 2 + 4} fontSize={11} fill={theme.palette.text.secondary}>
              {format(bar.value)}
            </text>
          </g>
        );
      })}
      {threshold && (
        <g pointerEvents="none">
          <line x1={x(threshold.value)} x2={x(threshold.value)} y1={TOP - 6} y2={height - AXIS} stroke={theme.palette.error.main} strokeWidth={1.5} strokeDasharray="5 3" />
          <text x={x(threshold.value)} y={TOP - 9} textAnchor="middle" fontSize={11} fill={theme.palette.error.main}>
            {threshold.label}
          </text>
        </g>
      )}
    </Box>
  );
};
