import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { Badge, Card, CardContent, Chip, List, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { Link, Title, useLocaleState, useTranslate } from 'react-admin';
import { useMyWork } from './useMyWork';

/**
 * "My work": what waits for the signed-in person, one line per kind (the sources of every module,
 * as the API counts them in the viewer's scope) with a link to the records and their action.
 */
export const MyWorkPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { items, error } = useMyWork();
  const total = (items ?? []).reduce((sum, item) => sum + item.count, 0);
  return (
    <Card sx={{ mt: 1 }}>
      <Title title={translate('app.work.title')} />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {items == null ? (error ? translate('app.work.error') : translate('ra.page.loading')) : total === 0 ? translate('app.work.nothing') : translate('app.work.summary', { count: total })}
        </Typography>
        <List dense aria-label={translate('app.work.title')}>
          {(items ?? []).map((item) => (
            <ListItemButton key={item.key} component={Link} to={item.link} disabled={item.count === 0} data-work={item.key}>
              <ListItemIcon>
                <Badge color={item.count > 0 ? 'error' : 'default'} badgeContent={item.count} showZero max={999}>
                  <AssignmentTurnedInIcon />
                </Badge>
              </ListItemIcon>
              <ListItemText primary={locale === 'en' ? item.labelEn : item.label} />
              {item.count > 0 ? <Chip size="small" label={translate('app.work.open')} /> : null}
            </ListItemButton>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
