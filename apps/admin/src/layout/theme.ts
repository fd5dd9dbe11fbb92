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
};
