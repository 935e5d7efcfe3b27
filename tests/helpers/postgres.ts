// The machine's PostgreSQL for the tests that need it (TEST_DATABASE_URL; CI sets it), and a
// short-lived admin connection for creating and dropping each test's own schema.
import pg from "pg";

export const PG_URL = process.env.TEST_DATABASE_URL;

/** Runs `work` on a connection of its own, closed afterwards. */
export async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
