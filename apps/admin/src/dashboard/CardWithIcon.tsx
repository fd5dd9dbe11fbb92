import type { ComponentType, ReactNode } from 'react';
import { Box, Card, CardActionArea, Typography } from '@mui/material';
import { useRedirect } from 'react-admin';

interface Props {
  icon: ComponentType<{ fontSize?: 'large' }>;
  to: string;
  title: string;
  value: ReactNode;
}

/** A dashboard figure: an icon, a caption and a number, linking to the list it counts. */
export const CardWithIcon = ({ icon: Icon, to, title, value }: Props) => {
  const redirect = useRedirect();
  return (
    <Card sx={{ flex: '1 1 220px', minWidth: 220 }}>
      <CardActionArea onClick={() => redirect(to)}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 2 }}>
          <Box sx={{ color: 'primary.main', display: 'flex' }}>
            <Icon fontSize="large" />
          </Box>
          <Box sx={{ textAlign: 'right', flex: 1 }}>
            <Typography color="text.secondary">{title}</Typography>
            <Typography variant="h4" component="div">
              {value}
            </Typography>
          </Box>
        </Box>
      </CardActionArea>
    </Card>
  );
};
