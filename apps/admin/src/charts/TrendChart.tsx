import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { useTheme } from '@mui/material/styles';
import { linearScale, niceTicks, trendDomain } from './scale';

export interface TrendPoint {
  year: number;
  total: number;
  /** written under the year, e.g. "第3名" (text, or a component that writes text) */
  caption: ReactNode;
  /** marked red (末位) */
  alert?: boolean;
}

interface Props {
  points: readonly TrendPoint[];
  threshold?: { value: number; label: string } | null;
  title: string;
  top?: number;
}

const WIDTH = 420;
const HEIGHT = 200;
const LEFT = 40;
const RIGHT = 20;
const TOP = 20;
const BOTTOM = 40;

/** A small line chart of a unit's totals over the years, with its rank under each year and the threshold dashed. */
export const TrendChart = ({ points, threshold, title, top = 1000 }: Props) => {
  const theme = useTheme();
  const [lo, hi] = trendDomain(
    points.map((p) => p.total),
    threshold?.value ?? null,
    top,
  );
  const x = points.length > 1 ? linearScale([0, points.length - 1], [LEFT + 24, WIDTH - RIGHT - 24]) : () => (LEFT + WIDTH - RIGHT) / 2;
  const y = linearScale([lo, hi], [HEIGHT - BOTTOM, TOP]);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(p.total)}`).join(' ');
  return (
    <Box component="svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} sx={{ width: '100%', maxWidth: 560, height: 'auto', display: 'block', fontFamily: theme.typography.fontFamily }}>
      {niceTicks(lo, hi, 4).map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke={theme.palette.divider} />
          <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize={10} fill={theme.palette.text.secondary}>
            {tick}
          </text>
        </g>
      ))}
      {threshold && (
        <g>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(threshold.value)} y2={y(threshold.value)} stroke={theme.palette.error.main} strokeDasharray="5 3" strokeWidth={1.5} />
          <text x={WIDTH - RIGHT} y={y(threshold.value) - 4} textAnchor="end" fontSize={10} fill={theme.palette.error.main}>
            {threshold.label}
          </text>
        </g>
      )}
      <path d={path} fill="none" stroke={theme.palette.info.main} strokeWidth={2} />
      {points.map((p, i) => (
        <g key={p.year}>
          <circle cx={x(i)} cy={y(p.total)} r={4.5} fill={p.alert ? theme.palette.error.main : theme.palette.info.main} stroke={theme.palette.background.paper} strokeWidth={1.5} />
          <text x={x(i)} y={y(p.total) - 9} textAnchor="middle" fontSize={11} fontWeight={600} fill={p.alert ? theme.palette.error.main : theme.palette.text.primary}>
            {p.total}
          </text>
          <text x={x(i)} y={HEIGHT - BOTTOM + 16} textAnchor="middle" fontSize={11} fill={theme.palette.text.primary}>
            {p.year}
          </text>
          <text x={x(i)} y={HEIGHT - BOTTOM + 31} textAnchor="middle" fontSize={10} fill={p.alert ? theme.palette.error.main : theme.palette.text.secondary}>
            {p.caption}
          </text>
        </g>
      ))}
    </Box>
  );
};
