// Copies one real published post's database rows (the post, its relationships and arrays) many times over, in
// batched transactions: the delivery API then reads posts shaped exactly like ones that went through the workflow,
// without paying the workflow's hooks for each of them. Versions are not copied: /v1 reads only the live rows.
import type { Payload } from 'payload'

import { eq } from 'drizzle-orm'
import { randomUUID } from 'node:crypto'

import type { Progress } from '@/seed/progress'

export type Row = Record<string, unknown>
export type Table = Record<string, unknown>
/** The few drizzle calls the bench's bulk inserts make, on either SQL adapter. */
export type Drizzle = {
  insert: (table: Table) => { values: (rows: Row[]) => Promise<unknown> }
  select: () => { from: (table: Table) => { where: (condition: unknown) => Promise<Row[]> } }
  transaction: <T>(run: (tx: Drizzle) => Promise<T>) => Promise<T>
}

/** One copy to insert; `id` is chosen by the caller, so its delivery row can be written after. */
export type PostCopy = {
  authorId: string
  clinicId: string
  id: string
  publishedAt: Date
  slug: string
  title: string
}

/** The posts table, and every table whose rows belong to a post (relationships, arrays), with its parent column. */
const childTablesOf = (tables: Record<string, Table>) =>
  Object.entries(tables)
    .filter(([name]) => name.startsWith('posts_'))
    .map(([name, table]) => ({ name, parentKey: 'parent' in table ? 'parent' : '_parentID', table }))

/** Posts per transaction; the progress bar moves once per batch. */
export const postsPerBatch = 250

export const bulkInsertPosts = async ({
  copies,
  payload,
  progress,
  templateId,
}: {
  copies: PostCopy[]
  payload: Payload
  progress: Progress
  templateId: string
}) => {
  const db = payload.db as unknown as { drizzle: Drizzle; tables: Record<string, Table> }
  const posts = db.tables.posts
  const children = childTablesOf(db.tables)
  const [template] = await db.drizzle
    .select()
    .from(posts)
    .where(eq(posts.id as never, templateId))
  if (!template) throw new Error(`The template post ${templateId} has no row in the posts table.`)
  const templateChildren = await Promise.all(
    children.map(async (child) => ({
      ...child,
      rows: await db.drizzle
        .select()
        .from(child.table)
        .where(eq(child.table[child.parentKey] as never, templateId)),
    })),
  )

  for (let start = 0; start < copies.length; start += postsPerBatch) {
    const batch = copies.slice(start, start + postsPerBatch)
    const postRows: Row[] = []
    const childRows = templateChildren.map(() => [] as Row[])
    for (const copy of batch) {
      const { id } = copy
      const at = copy.publishedAt.toISOString()
      postRows.push({
        ...template,
        author: copy.authorId,
        clinic: copy.clinicId,
        createdAt: at,
        id,
        publishedAt: at,
        slug: copy.slug,
        title: copy.title,
        updatedAt: at,
      })
      templateChildren.forEach((child, index) => {
        for (const row of child.rows) {
          // Relationship rows have serial ids, array rows text ids: a fresh one either way.
          const { id: _id, ...rest } = row
          childRows[index].push({
            ...rest,
            [child.parentKey]: id,
            ...(typeof row.id === 'string' ? { id: randomUUID() } : {}),
          })
        }
      })
    }
    await db.drizzle.transaction(async (tx) => {
      await tx.insert(posts).values(postRows)
      for (const [index, rows] of childRows.entries()) {
        // Stay well under SQLite's and PostgreSQL's bound-parameter limits.
        for (let at = 0; at < rows.length; at += 1000)
          await tx.insert(templateChildren[index].table).values(rows.slice(at, at + 1000))
      }
    })
    progress.step(`${start + batch.length}/${copies.length} posts`)
  }
}
