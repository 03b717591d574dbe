// Writes the delivery rows of the bench's copied posts in batched inserts: each copy's article and summary come from
// the real renderer (renderDeliveryDocuments, indexedFieldsOf), its body rendered once since every copy shares it;
// the row's shape is read back from one row the real render path wrote. One copy is then rendered the slow, real way
// and compared, so a seeding shortcut that drifted from the application fails the bench instead of measuring it.
import type { Payload } from 'payload'

import { and, eq, isNull } from 'drizzle-orm'
import { randomUUID } from 'node:crypto'
import { createLocalReq } from 'payload'

import type { Author, Clinic } from '@/payload-types'
import type { Progress } from '@/seed/progress'

import { clinicForRendering, renderPostRow } from '@/delivery/readModel/deliveryRows'
import { indexedFieldsOf } from '@/delivery/readModel/indexedFieldsOf'
import { loadLivePost } from '@/delivery/readModel/loadLivePost'
import { renderBodyOf, renderDeliveryDocuments } from '@/delivery/readModel/renderDeliveryDocuments'

import type { Drizzle, PostCopy, Row, Table } from './bulkInsertPosts'

import { slugs } from '../collections/slugs'

/** The row fields stored as hasMany text rows, one per value. */
const manyTexts = ['dependsOn', 'terms', 'topics'] as const

/** Rows per transaction; the progress bar moves once per batch. */
export const rowsPerBatch = 500

export const bulkInsertDeliveryRows = async ({
  copies,
  payload,
  progress,
  templateClinicId,
  templateId,
}: {
  copies: PostCopy[]
  payload: Payload
  progress: Progress
  templateClinicId: string
  templateId: string
}) => {
  const db = payload.db as unknown as { drizzle: Drizzle; tables: Record<string, Table> }
  const rowsTable = db.tables.delivery_documents
  const textsTable = db.tables.delivery_documents_texts
  const req = await createLocalReq({}, payload)

  const clinics = new Map<string, Clinic>()
  const clinicOf = async (id: string) => {
    const clinic = clinics.get(id) ?? (await clinicForRendering(payload, id, req))
    if (!clinic) throw new Error(`No clinic ${id}.`)
    clinics.set(id, clinic)
    return clinic
  }
  const authors = new Map<string, Author>()
  const authorOf = async (id: string) => {
    const author =
      authors.get(id) ?? (await payload.findByID({ collection: slugs.authors, depth: 1, id, overrideAccess: true }))
    authors.set(id, author)
    return author
  }

  // The template's own row, through the real render path, read back for the columns a row has.
  const templateClinic = await clinicOf(templateClinicId)
  await renderPostRow({ clinic: templateClinic, postId: templateId, req })
  const [templateRow] = await db.drizzle
    .select()
    .from(rowsTable)
    .where(and(eq(rowsTable.post as never, templateId), isNull(rowsTable.supersededAt as never)))
  if (!templateRow) throw new Error(`The template post ${templateId} got no delivery row.`)

  const inputs = await loadLivePost({ clinic: templateClinic, payload, req, where: { id: { equals: templateId } } })
  if (!inputs) throw new Error(`The template post ${templateId} is not live.`)
  const now = new Date()
  const deps = { ...inputs, clinic: templateClinic, now }
  const body = renderBodyOf(inputs.post, deps)

  const liveCopy = async (copy: PostCopy) => {
    const clinic = await clinicOf(copy.clinicId)
    const at = copy.publishedAt.toISOString()
    const post = {
      ...inputs.post,
      author: await authorOf(copy.authorId),
      clinic,
      createdAt: at,
      id: copy.id,
      publishedAt: at,
      slug: copy.slug,
      title: copy.title,
      updatedAt: at,
    }
    return { clinic, live: { ...inputs, post } }
  }

  for (let start = 0; start < copies.length; start += rowsPerBatch) {
    const batch = copies.slice(start, start + rowsPerBatch)
    const rows: Row[] = []
    const texts: Row[] = []
    for (const copy of batch) {
      const { clinic, live } = await liveCopy(copy)
      const rendered = renderDeliveryDocuments(live.post, { ...deps, clinic }, body)
      const fields = indexedFieldsOf(live, clinic, now)
      const id = randomUUID()
      rows.push({
        ...templateRow,
        article: JSON.stringify(rendered.article),
        author: fields.author,
        clinic: clinic.id,
        createdAt: now.toISOString(),
        id,
        noIndex: fields.noIndex,
        post: copy.id,
        postCreatedAt: fields.postCreatedAt,
        postUpdatedAt: fields.postUpdatedAt,
        publishedAt: fields.publishedAt,
        renderedAt: now.toISOString(),
        slug: copy.slug,
        summary: JSON.stringify(rendered.summary),
        termsText: fields.termsText,
        updatedAt: now.toISOString(),
        validUntil: fields.validUntil,
      })
      for (const path of manyTexts)
        fields[path].forEach((text, index) => texts.push({ order: index + 1, parent: id, path, text }))
    }
    await db.drizzle.transaction(async (tx) => {
      await tx.insert(rowsTable).values(rows)
      // Stay well under SQLite's and PostgreSQL's bound-parameter limits.
      for (let at = 0; at < texts.length; at += 1000) await tx.insert(textsTable).values(texts.slice(at, at + 1000))
    })
    progress.step(`${start + batch.length}/${copies.length} rows`)
  }

  // One copy rendered as the application renders it must read exactly as its bulk-written row.
  const sample = copies[Math.floor(copies.length / 2)]
  if (!sample) return
  const sampleClinic = await clinicOf(sample.clinicId)
  const real = await loadLivePost({ clinic: sampleClinic, payload, req, where: { id: { equals: sample.id } } })
  const [written] = await db.drizzle
    .select()
    .from(rowsTable)
    .where(eq(rowsTable.post as never, sample.id))
  if (!real || !written) throw new Error(`The copy ${sample.slug} is not live, or got no delivery row.`)
  const expected = JSON.stringify(renderDeliveryDocuments(real.post, { ...real, clinic: sampleClinic, now }).article)
  if (written.article !== expected)
    throw new Error(`The bulk-written delivery row of ${sample.slug} differs from its real rendering.`)
}
