// Every role against every collection and operation, over the Local API, REST and GraphQL.
import type { CollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Actor } from '../../helpers/actors'
import type { Booted } from '../../helpers/boot'
import type { Network } from '../../helpers/network'
import type { Operation, Role } from './matrix'

import { graphqlActor, localActor, restActor } from '../../helpers/actors'
import { boot } from '../../helpers/boot'
import { createNetwork, pngFile } from '../../helpers/network'
import { matrix, roles } from './matrix'

const transports = ['Local API', 'REST', 'GraphQL'] as const
type Transport = (typeof transports)[number]

let booted: Booted
let network: Network
const actors = new Map<string, Actor>()

beforeAll(async () => {
  booted = await boot()
  network = await createNetwork(booted.payload)
  for (const role of roles) {
    const user = role === 'anonymous' ? undefined : network.users[role]
    actors.set(`Local API/${role}`, localActor({ payload: booted.payload, user }))
    actors.set(`REST/${role}`, await restActor({ baseUrl: booted.baseUrl, user }))
    actors.set(`GraphQL/${role}`, await graphqlActor({ baseUrl: booted.baseUrl, payload: booted.payload, user }))
  }
})
afterAll(async () => booted?.shutdown())

/** A fresh document to trash or delete, made by the owner so each attempt starts from the same state. */
const freshTarget = async (collection: CollectionSlug, data: Record<string, unknown>, hasFile?: boolean) => {
  const doc = await booted.payload.create({
    collection,
    data: data as never,
    file: hasFile ? await pngFile() : undefined,
    overrideAccess: true,
  })
  return String(doc.id)
}

/** Present and not in the trash. */
const stillThere = async (collection: CollectionSlug, id: string) => {
  const hasTrash = Boolean(booted.payload.collections[collection].config.trash)
  const notTrashed = hasTrash ? [{ deletedAt: { exists: false } }] : []
  const { docs } = await booted.payload.find({
    collection,
    overrideAccess: true,
    trash: hasTrash,
    where: { and: [{ id: { equals: id } }, ...notTrashed] },
  })
  return docs.length === 1
}

type Case = { collection: CollectionSlug; isAllowed: boolean; operation: Operation; role: Role; transport: Transport }

const cases: Case[] = matrix.flatMap((row) =>
  (['create', 'read', 'update', 'trash', 'deleteForever'] as const).flatMap((operation) =>
    roles.flatMap((role) =>
      transports
        // GraphQL takes no file uploads, and has no deletedAt to send for a collection without a trash.
        .filter(
          (transport) =>
            !(
              transport === 'GraphQL' &&
              ((row.hasFile && operation === 'create') || (row.hasNoTrash && operation === 'trash'))
            ),
        )
        .map((transport) => ({
          collection: row.collection,
          isAllowed: row.allowed[operation].includes(role),
          operation,
          role,
          transport,
        })),
    ),
  ),
)

describe('access matrix', () => {
  it.each(cases)(
    '$collection: $role $operation over $transport → allowed: $isAllowed',
    async ({ collection, isAllowed, operation, role, transport }) => {
      const row = matrix.find((candidate) => candidate.collection === collection)!
      const actor = actors.get(`${transport}/${role}`)!

      // Setup
      const target =
        operation === 'trash' || operation === 'deleteForever'
          ? await freshTarget(collection, row.newData(network), row.hasFile)
          : row.existing(network)
      // A permanent delete empties the trash (keepDeletedData), so its target is in the trash already.
      const isInTrash = operation === 'deleteForever' && Boolean(booted.payload.collections[collection].config.trash)
      if (isInTrash)
        await booted.payload.update({
          collection,
          data: { deletedAt: new Date().toISOString() } as never,
          id: target,
          overrideAccess: true,
        })
      const before = await booted.payload.findByID({
        collection,
        depth: 0,
        draft: true,
        id: target,
        overrideAccess: true,
        trash: isInTrash,
      })

      // Action
      const outcome =
        operation === 'create'
          ? await actor.create(collection, row.newData(network), row.hasFile ? await pngFile() : undefined)
          : operation === 'read'
            ? await actor.findByID(collection, target)
            : operation === 'update'
              ? await actor.update(collection, target, row.change(network))
              : operation === 'trash'
                ? await actor.trash(collection, target)
                : await actor.deleteForever(collection, target)

      // Assert
      if (isAllowed) {
        expect(outcome.isAllowed, JSON.stringify(outcome.data)).toBe(true)
        if (operation === 'read' || operation === 'update') expect(outcome.ids).toEqual([target])
        if (operation === 'trash' || operation === 'deleteForever')
          expect(await stillThere(collection, target)).toBe(false)
        return
      }
      expect(outcome.isAllowed, JSON.stringify(outcome.data)).toBe(false)
      // A refusal is about rights, never a side effect of bad input: 401, 403 or (filtered out) 404.
      expect([401, 403, 404]).toContain(outcome.status)
      const after = await booted.payload.findByID({
        collection,
        depth: 0,
        draft: true,
        id: target,
        overrideAccess: true,
        trash: isInTrash,
      })
      expect(after).toEqual(before)
      if (!isInTrash) expect(await stillThere(collection, target)).toBe(true)
    },
  )
})
