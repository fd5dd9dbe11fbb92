import LinkIcon from '@mui/icons-material/Link';
import SwitchAccountIcon from '@mui/icons-material/SwitchAccount';
import { createElement } from 'react';
import { ReferenceField } from 'react-admin';
import { PostLabel } from '../posts/PostLabel';
import { SuccessionPairList } from './SuccessionPairList';
import { SuccessionPairShow } from './SuccessionPairShow';
import { SuccessionProposalList } from './SuccessionProposalList';

/** RES-1 pairs: made from the gaps page, released from the list (admins) */
export const successionPairs = {
  list: SuccessionPairList,
  show: SuccessionPairShow,
  icon: LinkIcon,
  recordRepresentation: createElement(ReferenceField, { source: 'postId', reference: 'posts', link: false }, createElement(PostLabel)),
};

/** RES-2 successor proposals: decided from the list (admins) */
export const successionProposals = {
  list: SuccessionProposalList,
  icon: SwitchAccountIcon,
};
