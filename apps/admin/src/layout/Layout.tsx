import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, useTranslate } from 'react-admin';
import { Menu } from './Menu';

/** The browser tab shows the application's name in the current language. */
const DocumentTitle = () => {
  const translate = useTranslate();
  useEffect(() => {
    document.title = translate('app.title');
  }, [translate]);
  return null;
};

/** The application's name in the current language (the title of pages that have none of their own). */
export const AppTitle = () => {
  const translate = useTranslate();
  return <span>{translate('app.title')}</span>;
};

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={Menu}>
    <DocumentTitle />
    {children}
  </RaLayout>
);
