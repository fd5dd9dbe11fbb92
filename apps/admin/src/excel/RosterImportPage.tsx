import DownloadIcon from '@mui/icons-material/Download';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { ROSTER_COLUMNS } from '@liangwei/domain';
import { useEffect, useRef, useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { downloadFile, getJson, uploadFile, uploadForFile } from './excelApi';

interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
}

interface Counts extends KindCounts {
  rows: number;
  units: KindCounts;
  posts: KindCounts;
  cadres: KindCounts;
  appointments: KindCounts;
}

interface Problem {
  row: number;
  column: string | null;
  header: string | null;
  cell: string | null;
  message: string;
  messageZh: string;
}

interface CheckAnswer {
  ok?: boolean;
  counts?: Counts;
  problemCount?: number;
  problems?: Problem[];
  errors?: { message: string; extensions?: { messageZh?: string; problems?: Problem[]; problemCount?: number } }[];
}

interface Run {
  id: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  rowsTotal: number;
  rowsDone: number;
  rowsLeft: number;
  created: number;
  updated: number;
  unchanged: number;
  error: string | null;
  errorZh: string | null;
}

/**
 * The roster import (花名册导入): the template, the upload and its check (problems per row and
 * column, a marked copy of the file), then the import as a job with a progress bar (rows done,
 * rows left), polled until it has finished.
 */
export const RosterImportPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const chinese = locale !== 'en';
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [check, setCheck] = useState<CheckAnswer | null>(null);
  const [run, setRun] = useState<Run | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const fail = (e: unknown) => setError(translate('app.excel.request_failed', { reason: (e as Error).message }));
  const fileQuery = (dryRun: 0 | 1) => `/excel/roster-import?dryRun=${dryRun}&fileName=${encodeURIComponent(file?.name ?? '')}`;

  const template = async () => {
    setError(null);
    try {
      await downloadFile('/excel/roster-template.xlsx', '花名册导入模板.xlsx', chinese);
    } catch (e) {
      fail(e);
    }
  };

  const runCheck = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setRun(null);
    setCheck(null);
    try {
      const { body } = await uploadFile<CheckAnswer>(fileQuery(1), file, chinese);
      if (body.errors?.length) setError(chinese ? (body.errors[0]!.extensions?.messageZh ?? body.errors[0]!.message) : body.errors[0]!.message);
      else setCheck(body);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const poll = (id: string) => {
    timer.current = setTimeout(async () => {
      try {
        const { importRun } = await getJson<{ importRun: Run }>(`/excel/import-runs/${id}`, chinese);
        setRun(importRun);
        if (importRun.status === 'RUNNING') poll(id);
        else setBusy(false);
      } catch (e) {
        fail(e);
        setBusy(false);
      }
    }, 500);
  };

  const commit = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const { body } = await uploadFile<CheckAnswer & { importRun?: Run }>(fileQuery(0), file, chinese);
      if (body.importRun) {
        setRun(body.importRun);
        poll(body.importRun.id);
        return;
      }
      const first = body.errors?.[0];
      if (first?.extensions?.problems) setCheck({ ok: false, problems: first.extensions.problems, problemCount: first.extensions.problemCount });
      setError(first ? (chinese ? (first.extensions?.messageZh ?? first.message) : first.message) : null);
      setBusy(false);
    } catch (e) {
      fail(e);
      setBusy(false);
    }
  };

  const annotated = async () => {
    if (!file) return;
    try {
      await uploadForFile(`/excel/roster-import/annotated.xlsx?fileName=${encodeURIComponent(file.name)}`, file, '检查结果.xlsx', chinese);
    } catch (e) {
      fail(e);
    }
  };

  const columnName = (p: Problem) => {
    if (!p.column) return translate('app.excel.whole_row');
    const column = ROSTER_COLUMNS.find((c) => c.key === p.column);
    return column ? (chinese ? column.header.zh : column.header.en) : (p.header ?? p.column);
  };
  const problems = check?.problems ?? [];
  const kinds = ['units', 'posts', 'cadres', 'appointments'] as const;

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.excel.import_title" />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="body2">{translate('app.excel.import_intro')}</Typography>
          <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Button variant="outlined" startIcon={<DownloadIcon />} onClick={template}>
              {translate('app.excel.download_template')}
            </Button>
            <Button variant="outlined" component="label" startIcon={<UploadFileIcon />} disabled={busy}>
              {translate('app.excel.choose_file')}
              <input
                ref={input}
                hidden
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setCheck(null);
                  setRun(null);
                  setError(null);
                }}
              />
            </Button>
            <Typography variant="body2" color="text.secondary">
              {file?.name ?? translate('app.excel.no_file')}
            </Typography>
          </Stack>
          <Stack direction="row" spacing={2}>
            <Button variant="contained" startIcon={<FactCheckIcon />} disabled={!file || busy} onClick={runCheck}>
              {translate('app.excel.check')}
            </Button>
            <Button variant="contained" color="success" disabled={!file || busy || check?.ok !== true} onClick={commit}>
              {translate('app.excel.commit')}
            </Button>
            {problems.length > 0 && (
              <Button variant="text" startIcon={<DownloadIcon />} onClick={annotated}>
                {translate('app.excel.annotated')}
              </Button>
            )}
          </Stack>
          {busy && !run && <LinearProgress />}
          {error && <Alert severity="error">{error}</Alert>}
          {check?.ok && check.counts && (
            <Alert severity="success">
              {translate('app.excel.check_ok', { rows: check.counts.rows, created: check.counts.created, updated: check.counts.updated, unchanged: check.counts.unchanged })}
            </Alert>
          )}
          {check?.counts && (
            <Table size="small" sx={{ maxWidth: 520 }}>
              <TableHead>
                <TableRow>
                  <TableCell />
                  <TableCell align="right">{translate('app.excel.counts_created')}</TableCell>
                  <TableCell align="right">{translate('app.excel.counts_updated')}</TableCell>
                  <TableCell align="right">{translate('app.excel.counts_unchanged')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {kinds.map((kind) => (
                  <TableRow key={kind}>
                    <TableCell>{translate(`app.excel.counts_${kind}`)}</TableCell>
                    <TableCell align="right">{check.counts![kind].created}</TableCell>
                    <TableCell align="right">{check.counts![kind].updated}</TableCell>
                    <TableCell align="right">{check.counts![kind].unchanged}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {problems.length > 0 && (
            <Box>
              <Alert severity="warning" sx={{ mb: 1 }}>
                {translate('app.excel.check_problems', { count: check?.problemCount ?? problems.length })}
                {(check?.problemCount ?? 0) > problems.length ? ` ${translate('app.excel.problems_shown', { shown: problems.length })}` : ''}
              </Alert>
              <Table size="small" aria-label={translate('app.excel.problem')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('app.excel.row')}</TableCell>
                    <TableCell>{translate('app.excel.column')}</TableCell>
                    <TableCell>{translate('app.excel.cell')}</TableCell>
                    <TableCell>{translate('app.excel.problem')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {problems.map((p, i) => (
                    <TableRow key={`${p.row}-${p.column}-${i}`}>
                      <TableCell>{p.row}</TableCell>
                      <TableCell>{columnName(p)}</TableCell>
                      <TableCell>{p.cell ?? ''}</TableCell>
                      <TableCell>{chinese ? p.messageZh : p.message}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
          {run && (
            <Box>
              {run.status === 'RUNNING' && (
                <>
                  <Typography variant="body2" gutterBottom>
                    {translate('app.excel.running', { done: run.rowsDone, left: run.rowsLeft })}
                  </Typography>
                  <LinearProgress variant="determinate" value={run.rowsTotal > 0 ? (100 * run.rowsDone) / run.rowsTotal : 0} aria-valuetext={translate('app.excel.running', { done: run.rowsDone, left: run.rowsLeft })} />
                </>
              )}
              {run.status === 'SUCCEEDED' && <Alert severity="success">{translate('app.excel.succeeded', { rows: run.rowsTotal, created: run.created, updated: run.updated, unchanged: run.unchanged })}</Alert>}
              {run.status === 'FAILED' && <Alert severity="error">{translate('app.excel.failed', { reason: (chinese ? run.errorZh : run.error) ?? '' })}</Alert>}
            </Box>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
