import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import { HonourCreate, HonourEdit } from './HonourCreate';
import { HonourList } from './HonourList';

/** PAY-6 honours and recommendations: recorded by the subdistrict, read by the unit concerned. */
export default {
  list: HonourList,
  create: HonourCreate,
  edit: HonourEdit,
  icon: EmojiEventsIcon,
};
