// One article into one clinic, as the importing user, in one transaction: its references matched or proposed, its
// author matched or created, the post created or updated as a draft, and submitted to the editors' review queue.
import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { ImportOutcome } from '@/import/outcome'
import type { SourceArticle } from '@/import/read/readSource'
import type { Article, ReferenceEntry } from '@/import/types'
import type { Clinic, Post, User } from '@/payload-types'

import { emptyOutcome } from '@/import/outcome'
import { structureArticle } from '@/import/recognise/structureArticle'
import { importToken } from '@/requestContext'
import { slugify } from '@/utilities/slugify'
import { bodyHash } from '@/workflow/bodyHash'
import { scanLexical } from '@/workflow/claimScanner'
import { submitForReview } from '@/workflow/postActions'

import { articleNotes } from './articleNotes'
import { decideReimport } from './decideReimport'
import { describeError } from './describeError'
import { freeSlug } from './freeSlug'
import { matchAuthor } from './matchAuthor'
import { matchReference } from './matchReference'
import { matchTopics } from './matchTopics'
import { toLexical } from './toLexical'

export type Importer = User & { collection: 'users' }

const findImported = async ({ clinicId, key, req }: { clinicId: string; key: string; req: PayloadRequest }) => {
  const as = { depth: 0, overrideAccess: false, req, user: req.user } as const
  const { docs } = await req.payload.find({
    collection: 'posts',
    draft: true,
    limit: 1,
    pagination: false,
    trash: true,
    where: { and: [{ clinic: { equals: clinicId } }, { 'importSource.key': { equals: key } }] },
    ...as,
  })
  const [post] = docs
  if (!post) return undefined
  // The latest version may be a draft saved over a live one; a live version is never overwritten.
  const live = post.deletedAt
    ? undefined
    : await req.payload.findByID({
        collection: 'posts',
        draft: false,
        id: post.id,
        select: { _status: true },
        trash: true,
        ...as,
      })
  return {
    post,
    summary: {
      currentBodyHash: bodyHash(post.body),
      importSource: post.importSource,
      isInTrash: Boolean(post.deletedAt),
      isLive: live?._status === 'published',
      workflowState: post.workflowState,
    },
  }
}

const citeReferences = async ({ article, req }: { article: Article; req: PayloadRequest }) => {
  const ids = new Map<ReferenceEntry, string>()
  const counts = { created: 0, matched: 0 }
  for (const entry of article.references.flatMap((group) => group.entries)) {
    const { id, isCreated } = await matchReference({ entry, req })
    ids.set(entry, id)
    counts[isCreated ? 'created' : 'matched'] += 1
  }
  return { counts, ids }
}

const matchPeople = async ({
  article,
  clinicId,
  notes,
  req,
}: {
  article: Article
  clinicId: string
  notes: string[]
  req: PayloadRequest
}) => {
  let authorId: string | undefined
  for (const candidate of [article.author, ...article.otherAuthors]) {
    if (!candidate) continue
    const matched = await matchAuthor({ candidate, clinicId, req })
    authorId ??= matched.id
    if (matched.isCreated) notes.push(`Author ${candidate.name} created in the clinic.`)
    else
      notes.push(
        `Author ${candidate.name} matched an author of the clinic${matched.filled.length ? ` (filled in: ${matched.filled.join(', ')})` : ''}${matched.kept.length ? ` (${matched.kept.join(', ')} left empty: live articles show this author, so a medical editor fills them in)` : ''}.`,
      )
  }
  return authorId
}

const writeArticle = async ({
  article,
  clinic,
  req,
  source,
}: {
  article: Article
  clinic: Clinic
  req: PayloadRequest
  source: SourceArticle
}): Promise<ImportOutcome> => {
  const outcome: ImportOutcome = {
    ...emptyOutcome(source.label, 'imported'),
    notes: [...source.notes],
    title: article.title,
  }
  const existing = await findImported({ clinicId: clinic.id, key: source.sourceKey, req })
  const decision = decideReimport({ existing: existing?.summary, sourceHash: source.sourceHash })
  if (decision.action === 'skip')
    return { ...outcome, postId: existing?.post.id, reason: decision.reason, status: decision.status }

  const { counts, ids } = await citeReferences({ article, req })
  const authorId = await matchPeople({ article, clinicId: clinic.id, notes: outcome.notes, req })
  const topics = await matchTopics({ categories: article.categories, req })
  if (topics.unmatched.length)
    outcome.notes.push(`No topic matches the categories ${topics.unmatched.join(', ')}; an editor may add them.`)
  const body = toLexical({ article, referenceIdOf: (entry) => ids.get(entry) })
  const data: Partial<Post> = {
    author: authorId,
    body: body as Post['body'],
    importSource: {
      bodyHash: bodyHash(body),
      file: source.label,
      importedAt: new Date().toISOString(),
      key: source.sourceKey,
      sourceHash: source.sourceHash,
    },
    title: article.title,
    topics: topics.ids,
  }
  const as = { depth: 0, draft: true, overrideAccess: false, req, user: req.user } as const
  const context = {
    [importToken]: {
      note: `${decision.action === 'create' ? 'Imported' : 'Re-imported'} from ${source.label} (${source.sourceKey}).`,
    },
  }
  const post =
    decision.action === 'create'
      ? await req.payload.create({
          collection: 'posts',
          context,
          data: {
            ...data,
            clinic: clinic.id,
            slug: await freeSlug({
              clinicId: clinic.id,
              req,
              slug: article.slug ?? slugify(article.title) ?? 'imported-article',
            }),
          } as Post,
          ...as,
        })
      : await req.payload.update({
          collection: 'posts',
          context,
          data,
          id: (existing as { post: Post }).post.id,
          ...as,
        })
  // The token stays on req.context after the write, and every later call made with `req` copies it on (see
  // src/requestContext.ts): the submit below is the workflow's, not the import, and must not be logged as one.
  delete req.context[importToken]

  const flagged = scanLexical(body).filter((flag) => !flag.isResolved).length
  if (post.workflowState === 'draft' || post.workflowState === 'changes_requested') {
    const note = `Imported from ${source.label}: ${flagged} flagged sentence(s) to check; ${counts.created} new reference(s) to vet, ${counts.matched} matched in the library.`
    await submitForReview({ id: post.id, note, req })
  }
  return {
    ...outcome,
    notes: [...outcome.notes, ...articleNotes({ article, clinicCrisisLine: clinic.crisisLine })],
    postId: post.id,
    references: counts,
    sentencesFlagged: flagged,
    status: decision.action === 'create' ? 'imported' : 'updated',
  }
}

export const importArticle = async ({
  clinic,
  payload,
  source,
  user,
}: {
  clinic: Clinic
  payload: Payload
  source: SourceArticle
  user: Importer
}): Promise<ImportOutcome> => {
  const structured = structureArticle(source.parsed)
  if (!structured.isOk)
    return emptyOutcome(source.label, 'refused', `it could not be read as an article: ${structured.reason}`)
  const req = await createLocalReq({ user }, payload)
  await initTransaction(req)
  try {
    const outcome = await writeArticle({ article: structured.article, clinic, req, source })
    await commitTransaction(req)
    return outcome
  } catch (error) {
    await killTransaction(req)
    return { ...emptyOutcome(source.label, 'failed', describeError(error)), title: structured.article.title }
  }
}
