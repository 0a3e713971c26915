/**
 * A Parquet file as the grid the in-memory engine reads (`--engine memory` on Parquet): the
 * column names as the header row, every cell as text the way a CSV would hold it. A TIMESTAMP is
 * written as wall-clock text, a TIMESTAMPTZ as its instant in UTC (`…Z`: memory sees it in the
 * report's zone and orders it by instant, as DuckDB does), dates as YYYY-MM-DD, so both engines
 * read the same moments.
 */
import type { CellValue } from '../../core/types';
import { DIALECTS } from '../../core/attribution/sql';
import { loadDuckDb } from './load';

const text = DIALECTS.duckdb.text;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function parquetGrid(file: string): Promise<CellValue[][]> {
  const duckdb = loadDuckDb();
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const source = `read_parquet(${text(file)})`;
    const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`))
      .getRowObjects()
      .map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
    const cells = described.map(({ name, type }) => {
      const c = quote(name);
      if (type.startsWith('TIMESTAMP WITH TIME ZONE'))
        return `strftime(timezone('UTC', ${c}), '%Y-%m-%d %H:%M:%SZ')`;
      if (type.startsWith('TIMESTAMP'))
        return `strftime(CAST(${c} AS TIMESTAMP), '%Y-%m-%d %H:%M:%S')`;
      return `CAST(${c} AS VARCHAR)`;
    });
    const reader = await connection.runAndReadAll(
      `SELECT ${cells.map((c, i) => `COALESCE(${c}, '') AS c${i}`).join(', ')} FROM ${source}`,
    );
    const rows = reader.getRows().map((row) => row.map((v) => String(v ?? '')));
    return [described.map((d) => d.name), ...rows];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
