import CheckIcon from '@mui/icons-material/Check';
import { Box, Chip, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { AutocompleteInput, Link, List, Loading, NumberInput, ReferenceInput, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { roundPoints } from '../assessment/scoreGrid';
import { RankText } from '../assessment/ranks';
import { EnumValueChip } from '../common/EnumChip';
import { enumKey } from '../common/enums';
import { useAssessmentYears } from '../assessment/useAssessmentYears';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { formatYuan } from '../common/Yuan';
import type { ThreeLinksRowData } from '../providers/operations';
import { evidencePath } from '../evidence/EvidencePage';
import { ExcelReportActions } from '../excel/ExcelExportButton';
import { useDateFormat } from '../common/DateText';

type Row = ThreeLinksRowData & { id: string };

/** TGT-6 The three links and the evidence they draw on: the column groups of the table. */
export const GROUPS = [
  { key: 'cadre', columns: ['unit', 'cadre', 'posts'] },
  { key: 'assessment', columns: ['assessmentTotal', 'assessmentRank'] },
  { key: 'pay', columns: ['realisationAward', 'pay', 'allowanceDue'] },
  { key: 'awards', columns: ['targetAward', 'honours'] },
  { key: 'appointment', columns: ['consequences', 'inReservePool', 'exit'] },
] as const;

/** the columns whose content may wrap (lists); the others stay on one line */
const WRAPPING = new Set(['honours', 'consequences']);

const Muted = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" color="text.secondary" component="span">
    {children}
  </Typography>
);

/** One cadre's line, cell by cell. */
const Cells = ({ row }: { row: Row }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const format = useDateFormat();
  const yuan = (v: number | null | undefined) => (v == null ? <Muted>—</Muted> : <span style={{ whiteSpace: 'nowrap' }}>{formatYuan(v, locale)}</span>);
  const cells: Record<string, ReactNode> = {
    unit: row.unit.name,
    cadre: (
      <Stack spacing={0.25}>
        <Link to={`/cadres/${row.cadre.id}/show`} onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}>
          {row.cadre.name}
        </Link>
        {/* TGT-5 the evidence of the cadre's year */}
        <Link to={evidencePath(String(row.cadre.id), row.year)} variant="caption" className="evidence-link">
          {translate('app.evidence.of_cadre')}
        </Link>
      </Stack>
    ),
    posts: (
      <Stack spacing={0.25}>
        {row.posts.map((p) => (
          <span key={p}>{translate(enumKey('postTitle', p), { _: p })}</span>
        ))}
      </Stack>
    ),
    assessmentTotal: row.assessmentTotal == null ? <Muted>{translate('app.three_links.not_published')}</Muted> : roundPoints(row.assessmentTotal),
    assessmentRank:
      row.assessmentRank == null ? (
        <Muted>—</Muted>
      ) : (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <span>
            <RankText year={row.year} kind={row.unit.kind} rank={row.assessmentRank} />
          </span>
          {row.assessmentLast && <Chip size="small" color="error" label={translate('app.ranking.last')} />}
        </Stack>
      ),
    realisationAward: yuan(row.realisationAward),
    pay:
      row.pay == null ? (
        <Muted>{translate('app.three_links.no_pay')}</Muted>
      ) : (
        <Tooltip title={row.payFloor == null ? translate('app.pay.floor_unknown') : translate('app.three_links.floor', { floor: formatYuan(row.payFloor, locale) })}>
          <Box component="span" sx={{ color: row.payBelowFloor ? 'error.main' : undefined, fontWeight: row.payBelowFloor ? 600 : undefined, whiteSpace: 'nowrap' }}>
            {formatYuan(row.pay, locale)}
            {row.payBelowFloor && ` · ${translate('app.pay.below_floor')}`}
          </Box>
        </Tooltip>
      ),
    allowanceDue:
      row.allowanceMonthsPassed + row.allowanceMonthsFailed === 0 && row.allowanceDue === 0 ? (
        <Muted>—</Muted>
      ) : (
        <Box>
          {yuan(row.allowanceDue)}
          <Typography variant="caption" sx={{ display: 'block' }} color={row.allowanceMonthsFailed ? 'error.main' : 'text.secondary'}>
            {translate('app.three_links.months', { passed: row.allowanceMonthsPassed, failed: row.allowanceMonthsFailed })}
          </Typography>
        </Box>
      ),
    targetAward: row.targetAward == null ? <Muted>—</Muted> : <Chip size="small" color="success" label={formatYuan(row.targetAward, locale)} />,
    honours: row.honours.length ? (
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {row.honours.map((h) => (
          <Tooltip key={h.id} title={`${format.date(h.date)} ${h.description ?? ''}`}>
            <span>
              <EnumValueChip enumName="honourKind" value={h.kind} />
            </span>
          </Tooltip>
        ))}
      </Stack>
    ) : (
      <Muted>—</Muted>
    ),
    consequences: row.consequences.length ? (
      <Stack spacing={0.5}>
        {row.consequences.map((c) => (
          <Box key={c.id} sx={{ display: 'flex', gap: 0.5, alignItems: 'center', whiteSpace: 'nowrap' }}>
            <span>{c.year}</span>
            <EnumValueChip enumName="consequenceKind" value={c.kind} />
            <EnumValueChip enumName="consequenceStatus" value={c.status} variant="outlined" />
          </Box>
        ))}
      </Stack>
    ) : (
      <Muted>—</Muted>
    ),
    inReservePool: row.inReservePool ? <CheckIcon color="success" fontSize="small" aria-label={translate('ra.boolean.true')} /> : null,
    exit: row.exit ? <EnumValueChip enumName="exitKind" value={row.exit.kind} /> : null,
  };
  return (
    <>
      {GROUPS.flatMap((g, gi) =>
        g.columns.map((c, ci) => (
          <TableCell key={c} className={`column-${c}`} sx={{ verticalAlign: 'top', whiteSpace: WRAPPING.has(c) ? undefined : 'nowrap', ...(ci === 0 && gi > 0 ? { borderLeft: 1, borderLeftColor: 'divider' } : {}) }}>
            {cells[c]}
          </TableCell>
        )),
      )}
    </>
  );
};

/** The table with its two header rows: the groups (the three links and the evidence), then the columns. */
const ThreeLinksTable = () => {
  const translate = useTranslate();
  const { data, isPending, filterValues } = useListContext<Row>();
  if (isPending) return null;
  const rows = data ?? [];
  const highlighted = filterValues.cadreId ? String(filterValues.cadreId) : null;
  return (
    // the first column (the cadre) stays in view while the wide grid scrolls inside its card
    <TableContainer sx={{ '& tbody td:first-of-type, & thead tr:last-of-type th:first-of-type': { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper' } }}>
      <Table size="small" aria-label={translate('app.three_links.title')}>
        <TableHead>
          <TableRow>
            {GROUPS.map((g, gi) => (
              <TableCell key={g.key} colSpan={g.columns.length} align="center" sx={{ fontWeight: 700, bgcolor: gi === 0 ? undefined : 'action.hover', ...(gi > 0 ? { borderLeft: 1, borderLeftColor: 'divider' } : {}) }}>
                {translate(`app.three_links.group.${g.key}`)}
              </TableCell>
            ))}
          </TableRow>
          <TableRow>
            {GROUPS.flatMap((g, gi) =>
              g.columns.map((c, ci) => (
                <TableCell key={c} sx={{ whiteSpace: 'nowrap', ...(ci === 0 && gi > 0 ? { borderLeft: 1, borderLeftColor: 'divider' } : {}) }}>
                  {translate(`resources.threeLinks.fields.${c}`)}
                </TableCell>
              )),
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} hover selected={row.id === highlighted} data-cadre={row.id}>
              <Cells row={row} />
            </TableRow>
          ))}
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={GROUPS.reduce((n, g) => n + g.columns.length, 0)}>
                <Muted>{translate('ra.navigation.no_results')}</Muted>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
};

/** The link from a cadre's page to the cadre's line of the year. */
export function threeLinksPath(cadre: { id: unknown; unitId?: unknown }, year: number): string {
  return `/three-links?filter=${encodeURIComponent(JSON.stringify({ year, unitId: cadre.unitId, cadreId: cadre.id }))}`;
}

/**
 * TGT-6 三挂钩: for a year, every cadre on a team with the results that feed the three links —
 * pay (realisation award, pay against its floor, post allowance), awards (target award, honours)
 * and appointment decisions (consequences, the reserve pool, exit) — beside the assessment they
 * draw on. Filtered by unit, or opened on one cadre from the cadre's page.
 */
export const ThreeLinksPage = () => {
  const { allUnits } = useViewer();
  const { defaultYear, isPending } = useAssessmentYears();
  if (isPending) return <Loading />;
  const filters = [
    <NumberInput key="year" source="year" alwaysOn step={1} label="resources.threeLinks.fields.year" />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn label="resources.threeLinks.fields.unitId" />] : []),
    <ReferenceInput key="cadreId" source="cadreId" reference="cadres" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} label="resources.threeLinks.fields.cadre" />
    </ReferenceInput>,
  ];
  return (
    <List resource="threeLinks" title="app.three_links.title" filters={filters} filterDefaultValues={{ year: defaultYear }} perPage={50} exporter={false} actions={<ExcelReportActions />} storeKey={false} empty={false}>
      <ThreeLinksTable />
    </List>
  );
};
