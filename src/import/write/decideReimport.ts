// What an import does with an article it has imported before. The rule of re-runs, in one place: a post someone
// published, signed off, trashed or edited since the import is never overwritten; an unchanged file is skipped.

export type ImportedPost = {
  /** The hash of the post's body now, to compare with the one the import wrote. */
  currentBodyHash: string
  importSource?: { bodyHash?: null | string; sourceHash?: null | string } | null
  isInTrash: boolean
  isLive: boolean
  workflowState?: null | string
}

export type Reimport =
  { action: 'create' } | { action: 'skip'; reason: string; status: 'skipped' | 'unchanged' } | { action: 'update' }

export const decideReimport = ({ existing, sourceHash }: { existing?: ImportedPost; sourceHash: string }): Reimport => {
  if (!existing) return { action: 'create' }
  if (existing.isInTrash)
    return {
      action: 'skip',
      reason: 'its post is in the trash in Vetted; restore it (or empty the trash) to import it again',
      status: 'skipped',
    }
  if (existing.isLive || existing.workflowState === 'published') {
    return {
      action: 'skip',
      reason: 'its post is published in Vetted; an import never changes a published post (edit it in Vetted instead)',
      status: 'skipped',
    }
  }
  if (existing.workflowState === 'approved') {
    return {
      action: 'skip',
      reason: 'its post is signed off by a medical editor; re-importing would void the sign-off, so it was left alone',
      status: 'skipped',
    }
  }
  if (existing.importSource?.sourceHash === sourceHash)
    return { action: 'skip', reason: 'unchanged since the last import', status: 'unchanged' }
  if (existing.importSource?.bodyHash && existing.importSource.bodyHash !== existing.currentBodyHash) {
    return {
      action: 'skip',
      reason: 'its post was edited in Vetted since the last import; importing again would overwrite those edits',
      status: 'skipped',
    }
  }
  return { action: 'update' }
}
