import { useEffect, type ReactNode } from 'react';
import { AppBar, LoadingIndicator, LocalesMenuButton, Layout as RaLayout, TitlePortal, useTranslate } from 'react-admin';
import { WorkBadge } from '../work/WorkBadge';
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

/** The app bar: the page title, the "My work" badge, the language switch and the loading indicator. */
const AppBarWithWork = () => (
  <AppBar
    toolbar={
      <>
        <WorkBadge />
        <LocalesMenuButton />
        <LoadingIndicator />
      </>
    }
  >
    <TitlePortal />
  </AppBar>
);

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={Menu} appBar={AppBarWithWork}>
    <DocumentTitle />
    {children}
  </RaLayout>
);
