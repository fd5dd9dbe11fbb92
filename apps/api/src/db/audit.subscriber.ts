import { ChangeSetType, helper, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { AuditEntry, type AuditChange } from '../audit/audit-entry.entity';
import { currentActor } from './request-context';

/** Fields whose values never go into the audit log. */
const REDACTED = new Set(['passwordHash']);
/** Bookkeeping fields that every change touches. */
const SKIPPED = new Set(['version', 'updatedAt', 'createdAt', 'tokenVersion', 'nameSort']);

function show(value: unknown, isDate = false): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  // SQLite's change sets carry instants as epoch milliseconds: show them like every other instant
  if (isDate && typeof value === 'number') return new Date(value).toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function changesOf(cs: ChangeSet<object>): AuditChange[] {
  const entityType = cs.meta.className;
  const entityId = String(cs.getPrimaryKey() ?? (cs.entity as { id?: string }).id);
  const operation = cs.type === ChangeSetType.CREATE ? 'CREATE' : cs.type === ChangeSetType.DELETE ? 'DELETE' : 'UPDATE';
  // a deletion's change set has no original data of its own: the entity's loaded state is what is removed
  const removed = cs.type === ChangeSetType.DELETE ? helper(cs.entity).__originalEntityData : undefined;
  const before = (cs.originalEntity ?? removed ?? {}) as Record<string, unknown>;
  const after = (cs.type === ChangeSetType.DELETE ? {} : cs.payload) as Record<string, unknown>;
  const fields = cs.type === ChangeSetType.DELETE ? Object.keys(before) : Object.keys(after);
  const isDate = (field: string) => (cs.meta.properties as Record<string, { runtimeType?: string } | undefined>)[field]?.runtimeType === 'Date';
  return fields
    .filter((field) => !SKIPPED.has(field) && !(cs.type === ChangeSetType.CREATE && after[field] == null))
    .map((field) => ({
      entityType,
      entityId,
      operation,
      field,
      before: REDACTED.has(field) ? (before[field] == null ? null : '[redacted]') : cs.type === ChangeSetType.CREATE ? null : show(before[field], isDate(field)),
      after: REDACTED.has(field) ? (after[field] == null ? null : '[redacted]') : show(after[field], isDate(field)),
    }));
}

function unitIdOf(entity: object): string | null {
  const e = entity as { unit?: { id?: string } | null; id?: string };
  if (e.unit?.id) return e.unit.id;
  return null;
}

/**
 * Audit in the same transaction: every flush that changes data (one per mutation) writes exactly
 * one AuditEntry naming the actor, the mutation, its main entity (the first changed one) and every
 * changed field of every entity, before and after. A bulk load counts its rows instead; changes the
 * transaction wrote with plain SQL are handed over by the actor (`writtenBySql`) and listed too.
 */
export class AuditSubscriber implements EventSubscriber {
  async onFlush(args: FlushEventArgs): Promise<void> {
    const changeSets = args.uow.getChangeSets().filter((cs) => !(cs.entity instanceof AuditEntry));
    if (changeSets.length === 0) return;
    const actor = currentActor();
    const main = changeSets[0]!;
    const entry = new AuditEntry();
    if (actor?.now) entry.at = actor.now;
    entry.userId = actor?.userId ?? null;
    entry.username = actor?.username ?? 'system';
    entry.action = actor?.action ?? 'system';
    entry.entityType = main.meta.className;
    entry.entityId = String(main.getPrimaryKey() ?? (main.entity as { id?: string }).id);
    entry.unitId = main.meta.className === 'Unit' ? entry.entityId : unitIdOf(main.entity);
    entry.changes = actor?.bulk
      ? [{ entityType: '*', entityId: '*', operation: 'CREATE', field: 'rows', before: null, after: String(changeSets.length) }]
      : changeSets.flatMap((cs) => changesOf(cs as ChangeSet<object>));
    // what the same transaction wrote with plain SQL (the roster import): one entry for all of it
    if (actor?.writtenBySql) {
      entry.changes = entry.changes.concat(actor.writtenBySql);
      actor.writtenBySql = undefined;
    }
    args.em.persist(entry);
    args.uow.computeChangeSet(entry);
  }
}
