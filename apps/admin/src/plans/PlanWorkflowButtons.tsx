import { allowedPlanSteps, canAccess, type CommitmentMethod, type Fulfilment, type PlanStatus, type PlanStep, type ProgressStatus } from '@liangwei/domain';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import CampaignIcon from '@mui/icons-material/Campaign';
import GavelIcon from '@mui/icons-material/Gavel';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { Box, Typography } from '@mui/material';
import { DateInput, NumberInput, required, TextInput, useGetList, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { today } from '../common/today';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { notInFuture, textLimit } from '../common/validation';
import { PlanEnumInput, usePlanLabel } from './labels';
import { APPROVE_PLAN, COMMIT_PLAN, JUDGE_PLAN, RECORD_PROGRESS, RETURN_PLAN, SUBMIT_PLAN } from './operations';

/** TGT-2 The steps the viewer may take on the plan now, from the domain's state machine (ROLE-1/3). */
export function usePlanSteps(plan: RaRecord | undefined): PlanStep[] {
  const { viewer } = useViewer();
  if (!plan || !viewer || !canAccess(viewer, 'edit', 'annualPlans', String(plan.unitId))) return [];
  return allowedPlanSteps(plan.status as PlanStatus, viewer.role);
}

const percentRange = (value: unknown) => (typeof value === 'number' && (!Number.isInteger(value) || value < 0 || value > 100) ? 'app.plans.percent_range' : undefined);

/** TGT-2 The buttons of the plan's next step: submit; approve or return; commit publicly; judge. Progress is entered per item. */
export const PlanWorkflowButtons = () => {
  const plan = useRecordContext();
  const steps = usePlanSteps(plan);
  const run = useApiAction();
  const translate = useTranslate();
  const labelOf = usePlanLabel();
  const { data: items } = useGetList('planItems', { filter: { planId: plan?.id }, pagination: { page: 1, perPage: 100 }, sort: { field: 'sortOrder', order: 'ASC' } }, { enabled: !!plan && steps.includes('JUDGE') });
  if (!plan) return null;
  const id = String(plan.id);
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {steps.includes('SUBMIT') && (
        <ActionDialog label="app.plans.step.SUBMIT" icon={<SendIcon />} color="primary" intro={<Typography variant="body2">{translate('app.plans.submit_intro')}</Typography>} onSubmit={() => run(SUBMIT_PLAN, { id }, 'app.plans.done')} />
      )}
      {steps.includes('APPROVE') && (
        <ActionDialog label="app.plans.step.APPROVE" icon={<AssignmentTurnedInIcon />} color="primary" intro={<Typography variant="body2">{translate('app.plans.approve_intro')}</Typography>} onSubmit={() => run(APPROVE_PLAN, { id }, 'app.plans.done')} />
      )}
      {steps.includes('RETURN') && (
        <ActionDialog label="app.plans.step.RETURN" icon={<UndoIcon />} color="warning" defaultValues={{ comment: '' }} onSubmit={(v) => run(RETURN_PLAN, { id, comment: String(v.comment ?? '') }, 'app.plans.done')}>
          <TextInput source="comment" label="resources.annualPlans.fields.returnComment" validate={[required(), ...textLimit('AnnualPlan', 'returnComment')]} multiline minRows={3} fullWidth />
        </ActionDialog>
      )}
      {steps.includes('COMMIT') && (
        <ActionDialog
          label="app.plans.step.COMMIT"
          icon={<CampaignIcon />}
          color="primary"
          defaultValues={{ date: today(), how: 'PARTY_MEMBERS_ASSEMBLY', note: '' }}
          onSubmit={(v) => run(COMMIT_PLAN, { id, date: String(v.date), how: v.how as CommitmentMethod, note: String(v.note ?? '').trim() || null }, 'app.plans.done')}
        >
          <DateInput source="date" label="resources.annualPlans.fields.committedOn" validate={[required(), notInFuture]} />
          <PlanEnumInput source="how" name="commitmentMethod" label="resources.annualPlans.fields.commitmentMethod" validate={required()} />
          <TextInput source="note" label="resources.annualPlans.fields.commitmentNote" validate={textLimit('AnnualPlan', 'commitmentNote')} fullWidth />
        </ActionDialog>
      )}
      {steps.includes('JUDGE') && (
        <ActionDialog
          label="app.plans.step.JUDGE"
          icon={<GavelIcon />}
          color="secondary"
          defaultValues={{ overall: 'FULFILLED', note: '', ...Object.fromEntries((items ?? []).map((i) => [`f_${i.id}`, i.progressStatus === 'COMPLETED' ? 'FULFILLED' : 'PARTLY'])) }}
          onSubmit={(v) =>
            run(
              JUDGE_PLAN,
              { id, overall: v.overall as Fulfilment, note: String(v.note ?? '').trim() || null, items: (items ?? []).map((i) => ({ itemId: String(i.id), fulfilment: v[`f_${i.id}`] as Fulfilment, note: null })) },
              'app.plans.done',
            )
          }
        >
          {(items ?? []).map((i) => (
            <PlanEnumInput key={String(i.id)} source={`f_${i.id}`} name="fulfilment" label={`${labelOf('planItemKind', i.kind)}：${i.title}`} validate={required()} fullWidth />
          ))}
          <PlanEnumInput source="overall" name="fulfilment" label="resources.annualPlans.fields.overallFulfilment" validate={required()} />
          <TextInput source="note" label="resources.annualPlans.fields.judgementNote" validate={textLimit('AnnualPlan', 'judgementNote')} multiline fullWidth />
        </ActionDialog>
      )}
    </Box>
  );
};

/** TGT-2 Progress of one item of a committed plan (the unit, or the subdistrict for it). */
export const RecordProgressButton = ({ plan }: { plan: RaRecord | undefined; label?: string }) => {
  const item = useRecordContext();
  const steps = usePlanSteps(plan);
  const run = useApiAction();
  const labelOf = usePlanLabel();
  if (!item || !steps.includes('RECORD_PROGRESS')) return null;
  return (
    <ActionDialog
      label="app.plans.step.RECORD_PROGRESS"
      title="app.plans.progress_title"
      titleArgs={{ kind: labelOf('planItemKind', item.kind), title: item.title }}
      icon={<TrendingUpIcon />}
      defaultValues={{ status: item.progressStatus === 'NOT_STARTED' ? 'IN_PROGRESS' : item.progressStatus, percent: item.percent, date: today(), note: '' }}
      onSubmit={(v) =>
        run(RECORD_PROGRESS, { itemId: String(item.id), status: v.status as ProgressStatus, percent: Number(v.percent), date: String(v.date), note: String(v.note ?? '').trim() || null }, 'app.plans.progress_recorded')
      }
    >
      <PlanEnumInput source="status" name="progressStatus" label="resources.planItems.fields.progressStatus" validate={required()} />
      <NumberInput source="percent" label="resources.planItems.fields.percent" min={0} max={100} step={5} validate={[required(), percentRange]} />
      <DateInput source="date" label="resources.planProgressUpdates.fields.date" validate={[required(), notInFuture]} />
      <TextInput source="note" label="resources.planProgressUpdates.fields.note" validate={textLimit('PlanProgressUpdate', 'note')} multiline fullWidth />
    </ActionDialog>
  );
};
