import { graphQLTypeOf } from '../providers/graphQLTypes';

/** The react-admin resource of a GraphQL type name (`Cadre` → `cadres`), if it is one of ours. */
export function resourceOfType(type: string): string | undefined {
  return Object.entries(graphQLTypeOf).find(([, t]) => t === type)?.[0];
}

/** Choices of the entity type filter. */
export function entityTypeChoices() {
  return Object.entries(graphQLTypeOf)
    .filter(([resource]) => resource !== 'auditEntries')
    .map(([resource, type]) => ({ id: type, name: `resources.${resource}.name` }));
}
