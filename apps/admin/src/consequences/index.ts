import GavelIcon from '@mui/icons-material/Gavel';
import { ConsequenceList } from './ConsequenceList';

/** MGT-2 consequences: proposed on publishing, confirmed or dismissed by an admin; a unit reads its own. */
export default {
  list: ConsequenceList,
  icon: GavelIcon,
};
