import LinkIcon from '@mui/icons-material/Link';
import { Button, Link, useRecordContext } from 'react-admin';
import { useAssessmentYears } from '../assessment/useAssessmentYears';
import { threeLinksPath } from './ThreeLinksPage';

/** TGT-6 From a cadre's page to the cadre's line of the three links (the latest published year). */
export const ThreeLinksButton = () => {
  const cadre = useRecordContext();
  const { defaultYear } = useAssessmentYears();
  if (!cadre) return null;
  return (
    <Button component={Link} to={threeLinksPath(cadre, defaultYear)} label="app.three_links.of_cadre">
      <LinkIcon />
    </Button>
  );
};
