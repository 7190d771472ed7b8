/**
 * A D1Database that adds up what D1 bills for — `meta.rows_read` and `meta.rows_written` of
 * every statement — while the real code runs on it unchanged. `first()` and `raw()` report no
 * meta, so they are answered from `all()`, which runs the same statement (`raw()`'s arrays are
 * its objects' values, in the order of the SELECT, as D1's own `raw()` makes them from objects).
 */
export interface Meter {
  queries: number;
  rowsRead: number;
  rowsWritten: number;
}

class MeteredStatement implements D1PreparedStatement {
  constructor(
    readonly inner: D1PreparedStatement,
    private readonly meter: Meter,
  ) {}

  count(meta: D1Meta): void {
    this.meter.queries++;
    this.meter.rowsRead += meta.rows_read;
    this.meter.rowsWritten += meta.rows_written;
  }

  bind(...values: unknown[]): D1PreparedStatement {
    return new MeteredStatement(this.inner.bind(...values), this.meter);
  }

  first<T = unknown>(colName: string): Promise<T | null>;
  first<T = Record<string, unknown>>(): Promise<T | null>;
  async first<T>(colName?: string): Promise<T | null> {
    const result = await this.all<Record<string, unknown>>();
    const row = result.results[0];
    if (row === undefined) return null;
    return (colName === undefined ? row : row[colName]) as T;
  }

  async run<T = Record<string, unknown>>(): Promise<D1Result<T>> {
    const result = await this.inner.run<T>();
    this.count(result.meta);
    return result;
  }

  async all<T = Record<string, unknown>>(): Promise<D1Result<T>> {
    const result = await this.inner.all<T>();
    this.count(result.meta);
    return result;
  }

  raw<T = unknown[]>(options: { columnNames: true }): Promise<[string[], ...T[]]>;
  raw<T = unknown[]>(options?: { columnNames?: false }): Promise<T[]>;
  async raw<T>(options?: { columnNames?: boolean }): Promise<T[] | [string[], ...T[]]> {
    if (options?.columnNames) throw new Error('raw() with column names: the Worker does not use it');
    const { results } = await this.all<Record<string, unknown>>();
    return results.map((row) => Object.values(row) as T);
  }
}

export function meteredD1(db: D1Database): { db: D1Database; meter: Meter } {
  const meter: Meter = { queries: 0, rowsRead: 0, rowsWritten: 0 };
  const unwrap = (s: D1PreparedStatement): D1PreparedStatement => (s instanceof MeteredStatement ? s.inner : s);
  const metered: D1Database = {
    prepare: (query) => new MeteredStatement(db.prepare(query), meter),
    async batch<T>(statements: D1PreparedStatement[]) {
      const results = await db.batch<T>(statements.map(unwrap));
      for (const r of results) {
        meter.queries++;
        meter.rowsRead += r.meta.rows_read;
        meter.rowsWritten += r.meta.rows_written;
      }
      return results;
    },
    exec: () => Promise.reject(new Error('exec() is not metered; the Worker does not use it')),
    withSession: () => {
      throw new Error('sessions are not metered; the Worker does not use them');
    },
    dump: () => db.dump(),
  };
  return { db: metered, meter };
}
