import { comparePostsOfficially, uniquePostOptionTexts } from '@liangwei/domain';
import { SelectInput, useLocaleState, type SelectInputProps } from 'react-admin';
import { labelLang } from '../i18n/i18nProvider';
import { today } from '../common/today';
import { POST_CHOICES } from './operations';
import { useApiQuery } from './useApiQuery';

/**
 * A post drop-down: each post reads as unit · title (and its own name) · holder or vacant, vacant
 * posts first, then in official order; two posts that would read alike get their number, so no two
 * labels are the same.
 */
export function PostChoiceInput({ unitId, source = 'postId', ...props }: { unitId: string | null | undefined; source?: string } & Omit<SelectInputProps, 'choices' | 'source'>) {
  const [locale] = useLocaleState();
  const { data, isPending } = useApiQuery(POST_CHOICES, { unitId: unitId ?? null, asOf: today() }, 0, !!unitId);
  const posts = [...(data?.allPosts ?? [])].sort((a, b) => Number(!!a.currentHolder) - Number(!!b.currentHolder) || comparePostsOfficially(a, b));
  const texts = uniquePostOptionTexts(
    posts.map((p) => ({ id: p.id, title: p.title, name: p.name, unitName: p.unit?.name, holderName: p.currentHolder?.name ?? null })),
    labelLang(locale),
  );
  const choices = posts.map((p) => ({ id: p.id, name: texts.get(p.id) ?? p.name }));
  return <SelectInput source={source} choices={choices} optionText="name" isPending={!!unitId && isPending} {...props} />;
}
