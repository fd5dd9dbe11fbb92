import { useEffect, useState } from 'react';
import DescriptionIcon from '@mui/icons-material/Description';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { Button, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Stack } from '@mui/material';
import { gql, graphqlRequest } from '../providers/graphqlRequest';
import { getToken } from '../providers/session';

type Format = 'pdf' | 'docx';

const DOCUMENT_FORMATS = gql<{ documentFormats: string[] }>('query documentFormats { documentFormats }');

let formats: Promise<string[]> | null = null;

/** The formats the server prints in (asked once per page load): Word always, PDF when Chromium is installed. */
function documentFormats(): Promise<string[]> {
  formats ??= graphqlRequest(DOCUMENT_FORMATS, {}).then(
    (d) => d.documentFormats,
    () => {
      formats = null;
      return ['pdf', 'docx'];
    },
  );
  return formats;
}

/** The file name of a download from its `Content-Disposition` (`filename*=UTF-8''…`). */
export function filenameOf(disposition: string | null, fallback: string): string {
  const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (!match) return fallback;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return fallback;
  }
}

/** The error of a refused download, in the user's language (`messageZh` in Chinese). */
async function errorText(response: Response, chinese: boolean): Promise<string | null> {
  try {
    const body = (await response.json()) as { errors?: { message?: string; extensions?: { messageZh?: string } }[] };
    const error = body.errors?.[0];
    return (chinese ? error?.extensions?.messageZh : null) ?? error?.message ?? null;
  } catch {
    return null;
  }
}

/**
 * A record's printed document as PDF and Word (`GET /documents/<kind>/<id>.pdf|.docx`): downloaded
 * with the session's token and saved under the server's file name. When the server cannot make PDF
 * the PDF button says so (use Word); a refused download shows the server's reason.
 */
export function PrintButtons({ kind, id }: { kind: string; id: string | number | undefined | null }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [available, setAvailable] = useState<string[] | null>(null);
  const [busy, setBusy] = useState<Format | null>(null);
  useEffect(() => {
    let live = true;
    void documentFormats().then((f) => live && setAvailable(f));
    return () => {
      live = false;
    };
  }, []);
  if (id == null || id === '') return null;

  const pdfMissing = available !== null && !available.includes('pdf');
  const download = async (format: Format) => {
    if (format === 'pdf' && pdfMissing) {
      notify('app.print.pdf_unavailable', { type: 'warning' });
      return;
    }
    setBusy(format);
    try {
      const token = getToken();
      const response = await fetch(`/documents/${encodeURIComponent(kind)}/${encodeURIComponent(String(id))}.${format}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
      if (!response.ok) {
        const reason = (await errorText(response, locale !== 'en')) ?? translate('ra.notification.http_error');
        notify('app.print.failed', { type: 'error', messageArgs: { reason } });
        return;
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filenameOf(response.headers.get('content-disposition'), `${kind}.${format}`);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      notify('app.print.failed', { type: 'error', messageArgs: { reason: translate('ra.notification.http_error') } });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Button
        label="app.print.pdf"
        onClick={() => void download('pdf')}
        disabled={busy !== null}
        title={pdfMissing ? translate('app.print.pdf_unavailable') : undefined}
        variant="outlined"
        size="small"
      >
        <PictureAsPdfIcon />
      </Button>
      <Button label="app.print.docx" onClick={() => void download('docx')} disabled={busy !== null} variant="outlined" size="small">
        <DescriptionIcon />
      </Button>
    </Stack>
  );
}
