import { postTitleLabels, type PostTitle } from '@liangwei/domain';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { enumKey } from '../common/enums';

/**
 * How a post reads: its title in the current language, and its own name when it says more than
 * the title (a name that is just the title, in either language, is not repeated).
 */
export function postLabel(translate: (key: string, options?: object) => string, post: Record<string, unknown>, locale: string): string {
  const title = typeof post.title === 'string' ? translate(enumKey('postTitle', post.title), { _: post.title }) : '';
  const name = typeof post.name === 'string' ? post.name.trim() : '';
  const labels = postTitleLabels[post.title as PostTitle];
  if (!name || name === title || name === labels?.zh || name === labels?.en) return title;
  return locale === 'en' ? `${title} (${name})` : `${title}（${name}）`;
}

export const PostLabel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return record ? <span>{postLabel(translate, record, locale)}</span> : null;
};
