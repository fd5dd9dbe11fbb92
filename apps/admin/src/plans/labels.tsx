import {
  commitmentMethodLabels,
  fulfilmentLabels,
  planItemKindLabels,
  planStatusLabels,
  planStepLabels,
  progressStatusLabels,
  enumValues,
  label,
  type Labels,
} from '@liangwei/domain';
import { Chip } from '@mui/material';
import { SelectInput, useFieldValue, useLocaleState, type SelectInputProps } from 'react-admin';

/** The plans module's enums (TGT-1/2), labelled from the domain in the console's language. */
export const planEnums = {
  planStatus: planStatusLabels,
  planStep: planStepLabels,
  commitmentMethod: commitmentMethodLabels,
  planItemKind: planItemKindLabels,
  progressStatus: progressStatusLabels,
  fulfilment: fulfilmentLabels,
} as const;
export type PlanEnum = keyof typeof planEnums;

export function useLang(): 'zh' | 'en' {
  const [locale] = useLocaleState();
  return locale === 'en' ? 'en' : 'zh';
}

/** A function that labels a value of one of the plans' enums in the current language. */
export function usePlanLabel(): (name: PlanEnum, value: string | null | undefined) => string {
  const lang = useLang();
  return (name, value) => (value ? label(planEnums[name] as Labels<string>, value, lang) : '');
}

export function planChoices(name: PlanEnum, lang: 'zh' | 'en'): { id: string; name: string }[] {
  const labels = planEnums[name] as Labels<string>;
  return enumValues(labels).map((id) => ({ id, name: label(labels, id, lang) }));
}

const STATUS_COLOURS: Record<string, 'default' | 'info' | 'warning' | 'success' | 'primary' | 'secondary' | 'error'> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  RETURNED: 'warning',
  APPROVED: 'primary',
  COMMITTED: 'success',
  JUDGED: 'secondary',
  NOT_STARTED: 'default',
  IN_PROGRESS: 'info',
  DELAYED: 'error',
  COMPLETED: 'success',
  FULFILLED: 'success',
  PARTLY: 'warning',
  NOT_FULFILLED: 'error',
};

/** An enum value of the record as a labelled chip. */
export const PlanEnumChip = ({ source, name }: { source: string; name: PlanEnum; label?: string }) => {
  const value = useFieldValue({ source }) as string | null | undefined;
  const text = usePlanLabel()(name, value);
  if (!value) return null;
  return <Chip size="small" label={text} color={STATUS_COLOURS[value] ?? 'default'} variant="outlined" />;
};

/** A select of one of the plans' enums. */
export const PlanEnumInput = ({ name, ...props }: Omit<SelectInputProps, 'choices'> & { name: PlanEnum }) => {
  const lang = useLang();
  return <SelectInput {...props} choices={planChoices(name, lang)} />;
};
