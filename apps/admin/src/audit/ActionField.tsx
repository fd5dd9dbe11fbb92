import { useFieldValue, useTranslate } from 'react-admin';
import { resourceOfType } from './entityTypes';

const MUTATION = /^(create|update|delete)([A-Z]\w*)$/;

/**
 * The mutation an audit entry records, in words: `updateCadre` → 修改干部 / Updated cadre;
 * other actions (`login`, `system`) through `app.audit.action.*`, else as they are.
 */
export const ActionField = ({ source = 'action' }: { source?: string; label?: string }) => {
  const value = useFieldValue({ source }) as string | undefined;
  const translate = useTranslate();
  if (!value) return null;
  const m = MUTATION.exec(value);
  const resource = m ? resourceOfType(m[2]!) : undefined;
  if (m && resource) {
    return (
      <span>
        {translate('app.audit.mutation', {
          operation: translate(`app.audit.operation.${m[1]!.toUpperCase()}`),
          resource: translate(`resources.${resource}.name`, { smart_count: 1 }),
        })}
      </span>
    );
  }
  return <span>{translate(`app.audit.action.${value}`, { _: value })}</span>;
};
