import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Link, Menu, Title, useCanAccess, useTranslate } from 'react-admin';
import { authFetch } from '../providers/graphqlRequest';

interface FileResult {
  fileName: string;
  ok: boolean;
  cadreId?: string;
  cadreName?: string;
  changed?: boolean;
  reason?: string;
}

interface ImportAnswer {
  imported: number;
  failed: number;
  files: FileResult[];
  errors?: { message: string; extensions?: { messageZh?: string } }[];
}

/** Imports appointment forms (.lrmx, or a .zip of several) and shows the outcome of every file. */
export const LrmxImportPage = () => {
  const translate = useTranslate();
  const [file, setFile] = useState<File | null>(null);
  const [running, setRunning] = useState(false);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const zh = translate('app.cadre_form.title') === '任免审批表';

  const start = async () => {
    if (!file) return;
    setRunning(true);
    setError(null);
    setAnswer(null);
    try {
      const res = await authFetch('/lrmx/import', { method: 'POST', headers: { 'x-file-name': encodeURIComponent(file.name) }, body: file });
      const json = (await res.json()) as ImportAnswer;
      if (!res.ok || json.errors) setError((zh ? json.errors?.[0]?.extensions?.messageZh : undefined) ?? json.errors?.[0]?.message ?? res.statusText);
      else setAnswer(json);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.cadre_form.import_title" />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('app.cadre_form.import_hint')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
          <Button variant="outlined" component="label" startIcon={<UploadFileIcon />}>
            {translate('app.cadre_form.import_choose')}
            <input hidden type="file" accept=".lrmx,.zip" data-testid="lrmx-file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </Button>
          <Typography variant="body2">{file?.name ?? ''}</Typography>
          <Button variant="contained" disabled={!file || running} onClick={() => void start()}>
            {translate(running ? 'app.cadre_form.import_running' : 'app.cadre_form.import_start')}
          </Button>
        </Box>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
        {answer && (
          <Box sx={{ mt: 2 }}>
            <Alert severity={answer.failed ? 'warning' : 'success'}>{translate('app.cadre_form.import_result', { imported: answer.imported, failed: answer.failed })}</Alert>
            <Table size="small" sx={{ mt: 1 }}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.cadre_form.import_file')}</TableCell>
                  <TableCell>{translate('app.cadre_form.import_cadre')}</TableCell>
                  <TableCell>{translate('app.cadre_form.import_outcome')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {answer.files.map((f, i) => (
                  <TableRow key={`${f.fileName}-${i}`}>
                    <TableCell>{f.fileName}</TableCell>
                    <TableCell>{f.cadreId ? <Link to={`/cadres/${f.cadreId}/show`}>{f.cadreName}</Link> : ''}</TableCell>
                    <TableCell>
                      {f.ok ? translate(f.changed ? 'app.cadre_form.import_changed' : 'app.cadre_form.import_unchanged') : `${translate('app.cadre_form.import_failed')}：${f.reason ?? ''}`}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

/** The menu's item of the import page, for those who may edit cadres. */
export const LrmxImportMenuItem = () => {
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'cadres' });
  if (!canAccess) return null;
  return <Menu.Item to="/lrmx-import" primaryText="app.cadre_form.menu_import" leftIcon={<UploadFileIcon />} />;
};
