import PaymentsIcon from '@mui/icons-material/Payments';
import { PayRecordCreate, PayRecordEdit } from './PayRecordCreate';
import { PayRecordList } from './PayRecordList';

/** PAY-1 pay records: entered by the subdistrict, read by the unit they belong to. */
export default {
  list: PayRecordList,
  create: PayRecordCreate,
  edit: PayRecordEdit,
  icon: PaymentsIcon,
};
