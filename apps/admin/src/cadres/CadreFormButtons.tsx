import DownloadIcon from '@mui/icons-material/Download';
import { Button, useRecordContext } from 'react-admin';
import { getToken } from '../providers/session';
import { PrintButtons } from '../common/PrintButtons';

/** A link the browser opens with the session's token (downloads cannot send a header). */
export function withToken(path: string): string {
  const token = getToken();
  return token ? `${path}?access_token=${encodeURIComponent(token)}` : path;
}

/** The cadre's appointment form: the .lrmx file and the printable form (PDF and Word). */
export const CadreFormButtons = () => {
  const cadre = useRecordContext();
  if (!cadre) return null;
  const id = encodeURIComponent(String(cadre.id));
  return (
    <>
      <Button component="a" href={withToken(`/lrmx/${id}.lrmx`)} label="app.cadre_form.download_lrmx">
        <DownloadIcon />
      </Button>
      <PrintButtons kind="appointment-form" id={cadre.id} />
    </>
  );
};
