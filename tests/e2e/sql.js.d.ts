// The small part of sql.js the tests use (the package ships no types).
declare module 'sql.js' {
  interface QueryResult {
    columns: string[];
    values: unknown[][];
  }
  interface Database {
    exec(sql: string): QueryResult[];
    close(): void;
  }
  interface SqlJs {
    Database: new (data?: Uint8Array) => Database;
  }
  export default function initSqlJs(): Promise<SqlJs>;
}
