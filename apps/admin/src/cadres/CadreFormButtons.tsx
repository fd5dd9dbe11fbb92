import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Button, useRecordContext } from 'react-admin';
import { getToken } from '../providers/session';

/** A link the browser opens with the session's token (downloads cannot send a header). */
export function withToken(path: string): string {
  const token = getToken();
  return token ? `${path}?access_token=${encodeURIComponent(token)}` : path;
}

/** The cadre's appointment form: the .lrmx file and the printable form (Word). */
export const CadreFormButtons = () => {
  const cadre = useRecordContext();
  if (!cadre) return null;
  const id = encodeURIComponent(String(cadre.id));
  return (
    <>
      <Button component="a" href={withToken(`/lrmx/${id}.lrmx`)} label="app.cadre_form.download_lrmx">
        <DownloadIcon />
      </Button>
      <Button component="a" href={withToken(`/documents/appointment-form/${id}.docx`)} target="_blank" rel="noopener" label="app.cadre_form.print_form">
        <PrintIcon />
      </Button>
    </>
  );
};
