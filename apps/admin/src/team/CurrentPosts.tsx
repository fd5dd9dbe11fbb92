import { createContext, useContext, type ReactNode } from 'react';
import { useListContext, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { today } from '../common/today';
import { postLabel } from '../posts/PostLabel';
import { CADRES_POSTS, type CadrePosts } from './operations';
import { useApiQuery } from './useApiQuery';

const Context = createContext<Map<string, CadrePosts> | null>(null);

/** The appointments of the list's cadres in one request (the API reads them in one statement). */
export const CurrentPostsProvider = ({ children }: { children: ReactNode }) => {
  const { data, dataUpdatedAt } = useListContext() as ReturnType<typeof useListContext> & { dataUpdatedAt?: number };
  const ids = (data ?? []).map((r) => String(r.id));
  const { data: posts } = useApiQuery(CADRES_POSTS, { ids, perPage: Math.max(1, ids.length) }, dataUpdatedAt, ids.length > 0);
  const byId = new Map((posts?.allCadres ?? []).map((c) => [c.id, c]));
  return <Context.Provider value={byId}>{children}</Context.Provider>;
};

/** SEL-2 The posts the cadre holds today, or "none". */
export const CurrentPostField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const byId = useContext(Context);
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record || !byId) return null;
  const cadre = byId.get(String(record.id));
  if (!cadre) return null;
  const day = today();
  const open = cadre.appointments.filter((a) => a.startDate <= day && (a.endDate == null || day < a.endDate));
  if (open.length === 0) return <span>{translate('app.team.no_post')}</span>;
  return <span>{open.map((a) => postLabel(translate, { ...a.post }, locale)).join('、')}</span>;
};
