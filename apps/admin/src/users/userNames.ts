import { graphqlRequest } from '../providers/graphqlRequest';
import { USER_NAMES } from '../work/operations';

/**
 * The names shown for usernames stored on records (经办人, 确认人, 检查人, the audit log's user):
 * asked for in batches (every field rendered in the same tick goes into one request) and kept for
 * the session. A username the viewer may not resolve shows as it is.
 */
const known = new Map<string, Promise<string>>();
let pending: { username: string; resolve: (name: string) => void }[] = [];
let scheduled = false;

async function flush(): Promise<void> {
  const batch = pending;
  pending = [];
  scheduled = false;
  for (let i = 0; i < batch.length; i += 200) {
    const chunk = batch.slice(i, i + 200);
    try {
      const { userNames } = await graphqlRequest(USER_NAMES, { usernames: chunk.map((p) => p.username) });
      const names = new Map(userNames.map((u) => [u.username, u.name]));
      for (const p of chunk) p.resolve(names.get(p.username) ?? p.username);
    } catch {
      for (const p of chunk) {
        known.delete(p.username);
        p.resolve(p.username);
      }
    }
  }
}

export function displayNameOf(username: string): Promise<string> {
  const key = username.trim().toLowerCase();
  if (!key || key === 'system') return Promise.resolve(username);
  let name = known.get(key);
  if (!name) {
    name = new Promise<string>((resolve) => pending.push({ username: key, resolve }));
    known.set(key, name);
    if (!scheduled) {
      scheduled = true;
      setTimeout(() => void flush(), 0);
    }
  }
  return name;
}

/** Forgets the names (on logout: another user may resolve other names). */
export function forgetUserNames(): void {
  known.clear();
}
