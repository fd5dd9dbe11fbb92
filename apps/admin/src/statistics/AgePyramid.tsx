import { Box } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import type { Bucket } from '../team/operations';

interface Props {
  /** the age-band × gender buckets (`<band>:<gender>`) */
  buckets: readonly Bucket[];
  /** the bands' labels in order, youngest first */
  bands: readonly { key: string; label: string }[];
  femaleLabel: string;
  maleLabel: string;
  title: string;
  onSelect: (key: string) => void;
}

const ROW = 28;
const WIDTH = 640;
const MID = WIDTH / 2;
const LABEL = 90;
const TOP = 24;

/** ORG-3 The team's age pyramid: one row per age band (oldest on top), women to the left, men to the right; a bar opens its people. */
export const AgePyramid = ({ buckets, bands, femaleLabel, maleLabel, title, onSelect }: Props) => {
  const theme = useTheme();
  const count = (key: string) => buckets.find((b) => b.key === key)?.count ?? 0;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const half = MID - LABEL / 2 - 30;
  const rows = [...bands].reverse();
  const height = TOP + rows.length * ROW + 8;
  const bar = (key: string, value: number, side: 'left' | 'right', y: number, label: string) => {
    const width = (value / max) * half;
    const x = side === 'left' ? MID - LABEL / 2 - width : MID + LABEL / 2;
    return (
      <g
        key={key}
        role="button"
        tabIndex={0}
        aria-label={`${label} ${value}`}
        onClick={() => onSelect(key)}
        onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && (event.preventDefault(), onSelect(key))}
        style={{ cursor: 'pointer' }}
      >
        <rect x={side === 'left' ? LABEL / 2 : MID + LABEL / 2} y={y} width={half + 20} height={ROW} fill="transparent" />
        <rect x={x} y={y + 4} width={Math.max(width, value > 0 ? 2 : 0)} height={ROW - 8} rx={2} fill={side === 'left' ? theme.palette.secondary.main : theme.palette.info.main} fillOpacity={0.8} />
        <text x={side === 'left' ? x - 4 : x + width + 4} y={y + ROW / 2 + 4} textAnchor={side === 'left' ? 'end' : 'start'} fontSize={12} fill={theme.palette.text.secondary}>
          {value}
        </text>
      </g>
    );
  };
  return (
    <Box component="svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} sx={{ width: '100%', maxWidth: 720, height: 'auto', display: 'block', fontFamily: theme.typography.fontFamily }}>
      <text x={MID - LABEL / 2 - 4} y={14} textAnchor="end" fontSize={12} fill={theme.palette.text.primary}>
        {femaleLabel}
      </text>
      <text x={MID + LABEL / 2 + 4} y={14} fontSize={12} fill={theme.palette.text.primary}>
        {maleLabel}
      </text>
      {rows.map((band, i) => {
        const y = TOP + i * ROW;
        return (
          <g key={band.key}>
            <text x={MID} y={y + ROW / 2 + 4} textAnchor="middle" fontSize={12} fill={theme.palette.text.primary}>
              {band.label}
            </text>
            {bar(`${band.key}:FEMALE`, count(`${band.key}:FEMALE`), 'left', y, `${band.label} ${femaleLabel}`)}
            {bar(`${band.key}:MALE`, count(`${band.key}:MALE`), 'right', y, `${band.label} ${maleLabel}`)}
          </g>
        );
      })}
    </Box>
  );
};
