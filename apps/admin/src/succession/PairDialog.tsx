import { canAccess } from '@liangwei/domain';
import LinkIcon from '@mui/icons-material/Link';
import { Alert } from '@mui/material';
import { DateInput, Labeled, useGetList, ReferenceField, ReferenceInput, required, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { today } from '../common/today';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { PostLabel } from '../posts/PostLabel';
import { CREATE_SUCCESSION_PAIR } from '../providers/operations';

/** A reserve of the pool by name, marked when it backs another post already. */
const ReserveOption = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      <ReferenceField source="cadreId" reference="cadres" link={false} />
      {record.activePair ? ` · ${translate('app.succession.already_paired')}` : ''}
    </span>
  );
};

/** Says so when the unit has no reserve in the pool to pair with. */
const EmptyPoolNotice = ({ unitId }: { unitId: unknown }) => {
  const translate = useTranslate();
  const { total, isPending } = useGetList('reserveCandidates', { filter: { unitId, status: 'IN_POOL' }, pagination: { page: 1, perPage: 1 } });
  if (isPending || (total ?? 0) > 0) return null;
  return (
    <Alert severity="warning" sx={{ mt: 1 }}>
      {translate('app.succession.no_pool')}
    </Alert>
  );
};

/**
 * RES-1 一职一备: pairs a post without a reserve (the row: a post) with a reserve in the pool of
 * the same unit. Admins only.
 */
export const PairDialog = () => {
  const post = useRecordContext();
  const { viewer } = useViewer();
  const run = useApiAction();
  if (!post || !canAccess(viewer, 'create', 'successionPairs', String(post.unitId))) return null;
  return (
    <ActionDialog
      label="app.succession.pair"
      icon={<LinkIcon />}
      defaultValues={{ pairedOn: today() }}
      intro={
        <>
          <Labeled label="app.succession.post">
            <PostLabel />
          </Labeled>
          <EmptyPoolNotice unitId={post.unitId} />
        </>
      }
      onSubmit={(values) =>
        run(
          CREATE_SUCCESSION_PAIR,
          { postId: String(post.id), reserveCandidateId: String(values.reserveCandidateId ?? ''), pairedOn: (values.pairedOn as string) || null },
          'app.succession.paired',
        )
      }
    >
      <ReferenceInput
        source="reserveCandidateId"
        reference="reserveCandidates"
        filter={{ unitId: post.unitId, status: 'IN_POOL' }}
        sort={{ field: 'recommendedOn', order: 'ASC' }}
        perPage={100}
      >
        <SelectInput optionText={<ReserveOption />} validate={required()} label="app.succession.reserve" helperText="app.succession.pool_help" />
      </ReferenceInput>
      <DateInput source="pairedOn" label="resources.successionPairs.fields.pairedOn" validate={required()} />
    </ActionDialog>
  );
};
