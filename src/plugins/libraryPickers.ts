// How a writer picks from the shared library: each reference and claim carries the line its pickers show (title
// or statement with the facts that matter when choosing: authors, journal, year, study type, status) as the
// collection's title, and the words it is searched by, so a search matches word starts. Both are derived on every
// save and never written by anyone; rows saved before they existed are filled in at start-up.
import type { CollectionBeforeOperationHook, CollectionConfig, Field, Payload, Plugin, Where } from 'payload'

import {
  claimPickerLabel,
  claimSearchWords,
  queryWordsOf,
  referencePickerLabel,
  referenceSearchWords,
} from '@/library/pickerText'

import { slugs } from '../../collections/slugs'

type Picker = {
  label: (doc: Record<string, unknown>) => string
  /** The fields whose `like` searches (the picker's, the list's) match word starts instead of substrings. */
  searched: string[]
  words: (doc: Record<string, unknown>) => string
}

const pickers: Record<string, Picker> = {
  [slugs.claims]: { label: claimPickerLabel, searched: ['pickerLabel', 'statement'], words: claimSearchWords },
  [slugs.references]: {
    label: referencePickerLabel,
    searched: ['journal', 'pickerLabel', 'title'],
    words: referenceSearchWords,
  },
}

/** A field computed from the whole document on every save; anything sent for it is replaced. */
const derivedField = (name: string, derive: (doc: Record<string, unknown>) => string): Field => ({
  name,
  type: 'text',
  admin: { hidden: true },
  hooks: {
    beforeChange: [({ data, originalDoc }) => derive({ ...(originalDoc ?? {}), ...(data ?? {}) })],
  },
})

const isCondition = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * `{ title: { like: "ect" } }` becomes: every query word starts a word of the entry. A row saved before its search
 * words existed is matched as Payload would, until start-up fills it in.
 */
const byWordStarts = (searched: Set<string>) => {
  const rewrite = (where: Where): Where => {
    const parts: Where[] = Object.entries(where).flatMap(([key, value]): Where[] => {
      if ((key === 'and' || key === 'or') && Array.isArray(value)) return [{ [key]: value.map(rewrite) }]
      if (!searched.has(key) || !isCondition(value) || typeof value.like !== 'string')
        return [{ [key]: value } as Where]
      const { like, ...others } = value
      const words = queryWordsOf(like)
      if (!words.length) return [{ [key]: value } as Where]
      const wordStarts: Where = {
        or: [
          { and: words.map((word) => ({ searchWords: { contains: ` ${word}` } })) },
          { and: [{ searchWords: { exists: false } }, { [key]: { like } }] },
        ],
      }
      return Object.keys(others).length ? [wordStarts, { [key]: others } as Where] : [wordStarts]
    })
    return parts.length === 1 ? parts[0] : { and: parts }
  }
  return rewrite
}

const searchByWords = (picker: Picker): CollectionBeforeOperationHook => {
  const rewrite = byWordStarts(new Set(picker.searched))
  return ({ args }) => {
    const where = (args as { where?: Where }).where
    return isCondition(where) ? { ...args, where: rewrite(where) } : args
  }
}

/** Fills in the label and search words of entries saved before they existed (or written past the hooks). */
export const fillMissingPickerText = async (payload: Payload) => {
  for (const [collection, picker] of Object.entries(pickers) as [typeof slugs.claims, Picker][]) {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      trash: true,
      where: { or: [{ pickerLabel: { exists: false } }, { searchWords: { exists: false } }] },
    })
    if (!docs.length) continue
    payload.logger.info(`Writing the picker labels of ${docs.length} ${collection} saved before they existed`)
    for (const doc of docs) {
      const fields = doc as unknown as Record<string, unknown>
      await payload.db.updateOne({
        collection,
        data: { pickerLabel: picker.label(fields), searchWords: picker.words(fields) },
        id: doc.id,
        returning: false,
      })
    }
  }
}

const withPicker = (collection: CollectionConfig, picker: Picker): CollectionConfig => ({
  ...collection,
  admin: { ...collection.admin, useAsTitle: 'pickerLabel' },
  fields: [...collection.fields, derivedField('pickerLabel', picker.label), derivedField('searchWords', picker.words)],
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), searchByWords(picker)],
  },
})

export const libraryPickers = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => {
    const picker = pickers[collection.slug]
    return picker ? withPicker(collection, picker) : collection
  }),
  onInit: async (payload) => {
    await config.onInit?.(payload)
    await fillMissingPickerText(payload).catch((error: unknown) =>
      payload.logger.warn({ err: error, msg: 'Could not write the missing library picker labels' }),
    )
  },
})
