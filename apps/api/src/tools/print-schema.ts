import { printSchema } from 'graphql';
import { createSchema } from '../graphql/schema';

/** Prints the GraphQL schema; `schema.graphql` is this output, checked by a test to be current. */
export async function schemaText(): Promise<string> {
  return `${printSchema(await createSchema())}\n`;
}

if (require.main === module) {
  schemaText().then((text) => process.stdout.write(text));
}
