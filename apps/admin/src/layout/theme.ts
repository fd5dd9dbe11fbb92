import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** Chinese glyphs first from the fonts Chinese desktops have (and WenQuanYi on Linux). */
const fontFamily = [
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"PingFang SC"',
  '"Microsoft YaHei"',
  '"WenQuanYi Micro Hei"',
  '"Noto Sans CJK SC"',
  'sans-serif',
].join(',');

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { ...defaultTheme.palette, primary: { main: '#b71c1c' }, secondary: { main: '#8e0000' } },
  typography: { ...(defaultTheme.typography as object), fontFamily },
  components: {
    ...defaultTheme.components,
    MuiCssBaseline: {
      styleOverrides: {
        // Any width: the page's content may shrink below its tables' width, so a wide grid scrolls
        // inside its card instead of widening the page.
        '.RaLayout-appFrame, .RaLayout-contentWithSidebar': { maxWidth: '100vw' },
        '.RaLayout-content, #main-content, .RaList-main, .RaList-content': { minWidth: 0, maxWidth: '100%' },
        '.MuiTableContainer-root': { maxWidth: '100%', overflowX: 'auto' },
        // Phones (under 600 px): nothing wider than the screen; every list becomes a compact list —
        // one block per record, its values wrapping under each other, no header row, no columns
        // wider than the screen. Wide grids (score grid, three links) scroll inside their card.
        '@media (max-width: 599.95px)': {
          'html, body': { overflowX: 'hidden' },
          '.RaDataTable-table, .RaDatagrid-table': { display: 'block', width: '100%' },
          '.RaDataTable-table thead, .RaDatagrid-table thead': { display: 'none' },
          '.RaDataTable-table tbody, .RaDatagrid-table tbody': { display: 'block', width: '100%' },
          '.RaDataTable-table tbody tr, .RaDatagrid-table tbody tr': {
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'baseline',
            columnGap: '12px',
            padding: '8px 12px',
            borderBottom: '1px solid rgba(0, 0, 0, 0.12)',
            height: 'auto',
          },
          '.RaDataTable-table tbody td, .RaDatagrid-table tbody td': { display: 'block', border: 'none', padding: '2px 0', maxWidth: '100%', overflowWrap: 'anywhere', textAlign: 'left' },
          '.RaDataTable-table tbody td:first-of-type, .RaDatagrid-table tbody td:first-of-type': { flexBasis: '100%', fontWeight: 600 },
          '.RaDataTable-table tbody td.RaDataTable-rowCell:empty, .RaDatagrid-table tbody td:empty': { display: 'none' },
          '.MuiTableContainer-root': { maxWidth: '100vw', overflowX: 'auto' },
          '.RaList-main, .RaShow-main, .RaEdit-main, .RaCreate-main, .MuiCard-root': { maxWidth: '100%', minWidth: 0 },
          '.RaTopToolbar-root, .RaListToolbar-root': { flexWrap: 'wrap' },
        },
      },
    },
  },
};
