import { useRecordContext } from 'react-admin';
import { PrintButtons } from '../common/PrintButtons';

/** 一村一档: the unit's dossier, printed as PDF or Word. */
export const DossierButton = () => {
  const unit = useRecordContext();
  if (!unit) return null;
  return <PrintButtons kind="unit-dossier" id={unit.id} />;
};
