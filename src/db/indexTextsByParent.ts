// Payload indexes a hasMany text field's table on (order, parent) only, so reading one document's values scans the
// whole table: every /v1 read of a delivery row (its topics, terms and dependencies) cost a scan of every row's
// values in the network (about 420 ms for a page of 10 at 3,000 posts). An index on (parent, order) makes it a
// lookup. Added through the adapters' afterSchemaInit, so pushed schemas and generated migrations both carry it.
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/** The hasMany text tables read on every delivery request. */
const textsTables = ['delivery_documents_texts']

const indexName = (table: string) => `${table}_parent_order_idx`

export const indexSqliteTextsByParent: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const name of textsTables)
    if (schema.tables[name])
      extendTable({
        extraConfig: (columns) => ({ parentOrder: sqliteIndex(indexName(name)).on(columns.parent, columns.order) }),
        table: schema.tables[name],
      })
  return schema
}

export const indexPostgresTextsByParent: PostgresSchemaHook = ({ extendTable, schema }) => {
  for (const name of textsTables)
    if (schema.tables[name])
      extendTable({
        extraConfig: (columns) => ({ parentOrder: pgIndex(indexName(name)).on(columns.parent, columns.order) }),
        table: schema.tables[name],
      })
  return schema
}
