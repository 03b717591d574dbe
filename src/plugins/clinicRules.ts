// A local plugin: the tenant and safety rules of clinic content hold on every save, drafts and autosaves included
// (Payload runs field validation only on published saves). Whatever a clinic's document points at must exist, and
// what it points at in a clinic-scoped collection (media, authors) must belong to the same clinic; texts keep their
// maxLength and links their safe schemes. A refusal is a ValidationError naming the field.
import type { CollectionBeforeChangeHook, CollectionConfig, Plugin } from 'payload'

import { ValidationError } from 'payload'

import { isValidDocumentId } from '@/utilities/isValidDocumentId'

import { scanDocumentData } from './scanDocumentData'

const clinicOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

const enforceClinicRules =
  (clinicScoped: readonly string[]): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const { pointers, problems } = scanDocumentData(collection.flattenedFields, data)
    const clinic = clinicOf(data.clinic ?? originalDoc?.clinic)
    const byCollection = new Map<string, typeof pointers>()
    for (const pointer of pointers) {
      if (!isValidDocumentId(req.payload, pointer.id)) {
        problems.push({
          message: `"${String(pointer.id)}" is not the id of a ${pointer.collection} document.`,
          path: pointer.path,
        })
        continue
      }
      byCollection.set(pointer.collection, [...(byCollection.get(pointer.collection) ?? []), pointer])
    }
    for (const [slug, wanted] of byCollection) {
      const isClinicScoped = clinicScoped.includes(slug)
      const { docs } = await req.payload.find({
        collection: slug as never,
        depth: 0,
        limit: wanted.length,
        // Existence and ownership are facts of the database, whoever saves: the check must see every clinic.
        overrideAccess: true,
        pagination: false,
        req,
        select: (isClinicScoped ? { clinic: true } : {}) as never,
        trash: true,
        where: { id: { in: [...new Set(wanted.map((pointer) => String(pointer.id)))] } },
      })
      const found = new Map((docs as { clinic?: unknown; id: unknown }[]).map((doc) => [String(doc.id), doc]))
      for (const pointer of wanted) {
        const doc = found.get(String(pointer.id))
        if (!doc) problems.push({ message: `points at a ${slug} document that does not exist.`, path: pointer.path })
        else if (isClinicScoped && clinic && String(clinicOf(doc.clinic)) !== String(clinic))
          problems.push({ message: `points at ${slug} of another clinic; use this clinic's own.`, path: pointer.path })
      }
    }
    if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
    return data
  }

export const clinicRules =
  ({ clinicScoped }: { clinicScoped: readonly string[] }): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection): CollectionConfig =>
      clinicScoped.includes(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              // First, so no other hook (library use, the publish gate) works on data these rules refuse.
              beforeChange: [enforceClinicRules(clinicScoped), ...(collection.hooks?.beforeChange ?? [])],
            },
          }
        : collection,
    ),
  })
