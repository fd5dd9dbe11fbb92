import WorkIcon from '@mui/icons-material/Work';
import { createElement } from 'react';
import { PostCreate } from './PostCreate';
import { PostEdit } from './PostEdit';
import { PostLabel } from './PostLabel';
import { PostList } from './PostList';
import { PostShow } from './PostShow';

export default {
  list: PostList,
  show: PostShow,
  edit: PostEdit,
  create: PostCreate,
  icon: WorkIcon,
  recordRepresentation: createElement(PostLabel),
};
