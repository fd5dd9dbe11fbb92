import { canAccess } from '@liangwei/domain';
import { SelectInput, TextInput, useGetList } from 'react-admin';
import { useViewer } from '../common/useViewer';
import { LEADER_ROLES, leaderForHomeVisit } from './leaders';
import { textLimit } from '../common/validation';

/**
 * PAY-5 Who led a home visit: a subdistrict user (admins choose among the admin and analyst
 * users) or a leadership member by name.
 */
export const LeaderInputs = () => {
  const { viewer } = useViewer();
  const mayListUsers = canAccess(viewer, 'list', 'users');
  const { data } = useGetList('users', { pagination: { page: 1, perPage: 1000 }, sort: { field: 'username', order: 'ASC' } }, { enabled: mayListUsers });
  const leaders = (data ?? []).filter((u) => LEADER_ROLES.includes(String(u.role))).map((u) => ({ id: u.id, name: u.displayName || u.username }));
  return (
    <>
      {mayListUsers && <SelectInput source="ledById" label="resources.careEvents.fields.ledById" choices={leaders} validate={leaderForHomeVisit} helperText="app.care.leader_help" />}
      <TextInput source="ledByName" label="resources.careEvents.fields.ledByName" validate={[leaderForHomeVisit, ...textLimit('CareEvent', 'ledByName')]} helperText="app.care.leader_name_help" />
    </>
  );
};
