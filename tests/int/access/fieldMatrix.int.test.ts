// Fields whose access differs from their collection's (tests/int/access/matrix.ts, fieldMatrix): every role reads
// and writes each one over the Local API and REST, and only the allowed ones see it or change it.
import type { CollectionSlug } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Actor } from '../../helpers/actors'
import type { Role } from './matrix'

import { localActor, restActor } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { fieldMatrix, roles } from './matrix'

const transports = ['Local API', 'REST'] as const
const actors = new Map<string, Actor>()

const suite = bootNetwork()
beforeAll(async () => {
  for (const role of roles) {
    const user = role === 'anonymous' ? undefined : suite.network.users[role]
    actors.set(`Local API/${role}`, localActor({ payload: suite.booted.payload, user }))
    actors.set(`REST/${role}`, await restActor({ baseUrl: suite.booted.baseUrl, user }))
  }
})

const stored = async (collection: CollectionSlug, id: string, field: string): Promise<unknown> => {
  const doc = await suite.booted.payload.findByID({ collection, depth: 0, draft: true, id, overrideAccess: true })
  return (doc as unknown as Record<string, unknown>)[field] ?? null
}

const cases = fieldMatrix.flatMap((row) =>
  roles.flatMap((role) => transports.map((transport) => ({ field: row.field, role, transport }))),
)

describe('field access', () => {
  it.each(cases)(
    '$field: $role over $transport reads and writes only what it may',
    async ({ field, role, transport }) => {
      // Setup: the owner puts a value in place, so a reader who may see the field sees something.
      const row = fieldMatrix.find((candidate) => candidate.field === field)!
      const actor = actors.get(`${transport}/${role}`)!
      const id = row.target(suite.network)
      if (row.allowed.read)
        await suite.booted.payload.update({
          collection: row.collection,
          data: { [field]: ['review_alert'] } as never,
          id,
          overrideAccess: true,
        })
      const before = await stored(row.collection, id, field)

      // Action
      const read = await actor.findByID(row.collection, id)
      const write = await actor.update(row.collection, id, { [field]: row.value(suite.network) })

      // Assert
      if (row.allowed.read) {
        const isVisible = read.isAllowed && (read.data as Record<string, unknown>)[field] !== undefined
        expect(isVisible).toBe(row.allowed.read.includes(role as Role))
      }
      const after = await stored(row.collection, id, field)
      if (row.allowed.update.includes(role as Role)) {
        expect(write.isAllowed, JSON.stringify(write.data)).toBe(true)
        expect(after).toEqual(row.value(suite.network))
      } else {
        expect(after).toEqual(before)
      }
    },
  )
})
