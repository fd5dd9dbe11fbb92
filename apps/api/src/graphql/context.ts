import type { EntityManager } from '@mikro-orm/core';
import type { IsoDate, Viewer } from '@liangwei/domain';
import type { EntityLoaders } from './loaders';
import type { AuthService } from '../auth/auth.service';

/** What every resolver gets: the request's own EntityManager (scoped to the viewer), the viewer, the clock read once. */
export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  userId: string | null;
  username: string | null;
  /** The request's instant and its calendar date in China (UTC+8). */
  now: Date;
  today: IsoDate;
  ip: string;
  loaders: EntityLoaders;
  auth: AuthService;
}
