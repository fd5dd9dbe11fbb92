import { seesAllUnits, type Viewer } from '@liangwei/domain';
import { usePermissions } from 'react-admin';

/** The signed-in viewer (the auth provider's permissions) and what it means for the UI. */
export function useViewer() {
  const { permissions, isPending } = usePermissions<Viewer | null>();
  const viewer = permissions ?? null;
  return {
    viewer,
    isPending,
    /** subdistrict roles see every unit: they get unit filters and unit inputs (ROLE-1, ROLE-2) */
    allUnits: viewer ? seesAllUnits(viewer) : false,
    /** a unit user's own unit (ROLE-3) */
    ownUnitId: viewer?.unitId ?? null,
  };
}
