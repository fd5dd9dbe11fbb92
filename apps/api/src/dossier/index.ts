/** 一村一档: the unit's dossier, registered as the printed document `unit-dossier`. */
import './dossier';

export { unitDossier } from './dossier';
export { inspectionFindingsSection } from './findings';
