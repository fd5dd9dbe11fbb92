import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Card, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from '@mui/material';
import { Button, Link, Loading, Title, useParams, useRedirect, useTranslate } from 'react-admin';
import { thisYear } from '../common/today';
import { useDateFormat } from '../common/DateText';
import { gql } from '../providers/graphqlRequest';
import { useGraphQL } from '../dutyReports/useGraphQL';

interface Item {
  date: string | null;
  title: string;
  detail: string | null;
  status: string | null;
}

interface Section {
  key: string;
  title: string;
  items: Item[];
}

const CADRE_EVIDENCE = gql<{ cadreEvidence: { year: number; cadre: { id: string; name: string; unit: { name: string } }; sections: Section[] } }, { cadreId: string; year: number }>(`
  query cadreEvidence($cadreId: ID!, $year: Int!) {
    cadreEvidence(cadreId: $cadreId, year: $year) { year cadre { id name unit { name } } sections { key title items { date title detail status } } }
  }
`);

/** The page of a cadre's evidence for a year. */
export function evidencePath(cadreId: string, year: number): string {
  return `/evidence/${encodeURIComponent(cadreId)}/${year}`;
}

/** Printing shows the page alone: no menu, bar or controls. */
const PRINT_CSS = `@media print {
  header, nav, .MuiDrawer-root, .RaSidebar-fixed, .RaAppBar-appBar, .no-print { display: none !important; }
  .RaLayout-content { padding: 0 !important; }
  .evidence-card { box-shadow: none !important; }
}`;

/**
 * TGT-5 The evidence for judging a cadre's year, every section the API registers, in its order:
 * each labelled by its key in the console's language (the API's Chinese title for a key the
 * console does not know yet), its items as a table. Printable with the browser's print.
 */
export const EvidencePage = () => {
  const translate = useTranslate();
  const format = useDateFormat();
  const redirect = useRedirect();
  const params = useParams();
  const cadreId = params.cadreId ?? '';
  const year = Number(params.year) || thisYear();
  const { data, loading, error } = useGraphQL(CADRE_EVIDENCE, cadreId ? { cadreId, year } : null);
  const evidence = data?.cadreEvidence;
  return (
    <Card className="evidence-card" sx={{ mt: 2, p: 2 }}>
      <style>{PRINT_CSS}</style>
      <Title title="app.evidence.title" />
      <Box className="no-print" sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
        <MuiTextField
          label={translate('app.evidence.year')}
          type="number"
          size="small"
          value={year}
          slotProps={{ htmlInput: { step: 1, min: 2000, max: 2100 } }}
          onChange={(e) => {
            const y = Number(e.target.value);
            if (Number.isInteger(y) && y >= 2000 && y <= 2100) redirect(evidencePath(cadreId, y));
          }}
        />
        <Button label="app.evidence.print" onClick={() => window.print()}>
          <PrintIcon />
        </Button>
      </Box>
      {error ? <Alert severity="error">{error}</Alert> : null}
      {loading ? <Loading /> : null}
      {evidence ? (
        <>
          <Typography variant="h5" component="h2" sx={{ mb: 2 }}>
            <Link to={`/cadres/${encodeURIComponent(evidence.cadre.id)}/show`}>{evidence.cadre.name}</Link>（{evidence.cadre.unit.name}）· {evidence.year} · {translate('app.evidence.title')}
          </Typography>
          {evidence.sections.map((s) => (
            <Box key={s.key} component="section" data-section={s.key} sx={{ mb: 3, breakInside: 'avoid' }}>
              <Typography variant="h6" component="h3">
                {translate(`app.evidence.section.${s.key}`, { _: s.title })}
              </Typography>
              {s.items.length === 0 ? (
                <Typography variant="body2" color="text.secondary">
                  {translate('app.evidence.empty')}
                </Typography>
              ) : (
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      {(['date', 'title', 'detail', 'status'] as const).map((c) => (
                        <TableCell key={c}>{translate(`app.evidence.column.${c}`)}</TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {s.items.map((item, i) => (
                      <TableRow key={i}>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.date(item.date)}</TableCell>
                        <TableCell>{format.inText(item.title)}</TableCell>
                        <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{format.inText(item.detail ?? '')}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.inText(item.status ?? '')}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </Box>
          ))}
        </>
      ) : null}
    </Card>
  );
};
