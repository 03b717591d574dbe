// One interface, three transports: the same operation tried through the Local API (overrideAccess: false),
// REST and GraphQL, so an access rule is checked on every path a client can take.
import type { CollectionSlug, Payload, Where } from 'payload'

import type { TestUser } from './network'

export type Outcome = { data?: Record<string, unknown>; ids: string[]; isAllowed: boolean; status: number }

export type FileInput = { data: Buffer; mimetype: string; name: string; size: number }

export type Actor = {
  create: (collection: CollectionSlug, data: Record<string, unknown>, file?: FileInput) => Promise<Outcome>
  deleteForever: (collection: CollectionSlug, id: string) => Promise<Outcome>
  find: (collection: CollectionSlug, where?: Where) => Promise<Outcome>
  findByID: (collection: CollectionSlug, id: string) => Promise<Outcome>
  name: string
  trash: (collection: CollectionSlug, id: string) => Promise<Outcome>
  update: (collection: CollectionSlug, id: string, data: Record<string, unknown>) => Promise<Outcome>
}

const drafts = new Set(['posts'])
const refused = (status: number): Outcome => ({ ids: [], isAllowed: false, status })
const statusOf = (error: unknown) => (error as { status?: number }).status ?? 500

export const localActor = ({ payload, user }: { payload: Payload; user?: TestUser }): Actor => {
  const as = { overrideAccess: false, user: user ?? null } as const
  const attempt = async (run: () => Promise<unknown>, toIds: (result: never) => string[]): Promise<Outcome> => {
    try {
      const result = (await run()) as never
      return { data: result, ids: toIds(result), isAllowed: true, status: 200 }
    } catch (error) {
      return refused(statusOf(error))
    }
  }
  const one = (doc: { id: string }) => [String(doc.id)]
  return {
    create: (collection, data, file) =>
      attempt(
        () => payload.create({ collection, data: data as never, draft: drafts.has(collection), file, ...as }),
        one,
      ),
    deleteForever: (collection, id) => attempt(() => payload.delete({ collection, id, trash: true, ...as }), one),
    find: (collection, where) =>
      attempt(
        () => payload.find({ collection, draft: drafts.has(collection), limit: 100, where, ...as }),
        (result: { docs: { id: string }[] }) => result.docs.map((doc) => String(doc.id)),
      ),
    findByID: (collection, id) =>
      attempt(() => payload.findByID({ collection, draft: drafts.has(collection), id, ...as }), one),
    name: 'Local API',
    trash: (collection, id) =>
      attempt(
        () => payload.update({ collection, data: { deletedAt: new Date().toISOString() } as never, id, ...as }),
        one,
      ),
    update: (collection, id, data) =>
      attempt(() => payload.update({ collection, data: data as never, draft: drafts.has(collection), id, ...as }), one),
  }
}

export const login = async ({ baseUrl, user }: { baseUrl: string; user: TestUser }): Promise<string> => {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    body: JSON.stringify({ email: user.email, password: user.password }),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error(`Login failed for ${user.email}: ${response.status}`)
  return body.token
}

/** Flattens a Where into the bracket syntax Payload's REST API reads: where[clinic][equals]=… */
const toQuery = (value: unknown, prefix: string, params: URLSearchParams) => {
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) toQuery(inner, `${prefix}[${key}]`, params)
  } else {
    params.append(prefix, String(value))
  }
}

export const restActor = async ({ baseUrl, user }: { baseUrl: string; user?: TestUser }): Promise<Actor> => {
  const token = user ? await login({ baseUrl, user }) : undefined
  const headers: Record<string, string> = token ? { Authorization: `JWT ${token}` } : {}
  const call = async (method: string, path: string, body?: BodyInit, isJson = true): Promise<Outcome> => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      body,
      headers: { ...headers, ...(body && isJson ? { 'Content-Type': 'application/json' } : {}) },
      method,
    })
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown> & {
      doc?: { id: string }
      docs?: { id: string }[]
      id?: string
    }
    if (!response.ok) return { data, ids: [], isAllowed: false, status: response.status }
    const ids = data.docs
      ? data.docs.map((doc) => String(doc.id))
      : data.doc
        ? [String(data.doc.id)]
        : data.id
          ? [String(data.id)]
          : []
    return { data, ids, isAllowed: true, status: response.status }
  }
  const draftParam = (collection: string) => (drafts.has(collection) ? '?draft=true' : '')
  return {
    create: async (collection, data, file) => {
      if (!file) return call('POST', `/${collection}${draftParam(collection)}`, JSON.stringify(data))
      const form = new FormData()
      form.append('_payload', JSON.stringify(data))
      form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
      return call('POST', `/${collection}`, form, false)
    },
    deleteForever: (collection, id) => call('DELETE', `/${collection}/${id}?trash=true`),
    find: (collection, where) => {
      const params = new URLSearchParams({ limit: '100' })
      if (drafts.has(collection)) params.set('draft', 'true')
      if (where) toQuery(where, 'where', params)
      return call('GET', `/${collection}?${params}`)
    },
    findByID: (collection, id) => call('GET', `/${collection}/${id}${draftParam(collection)}`),
    name: 'REST',
    trash: (collection, id) =>
      call('PATCH', `/${collection}/${id}`, JSON.stringify({ deletedAt: new Date().toISOString() })),
    update: (collection, id, data) =>
      call('PATCH', `/${collection}/${id}${draftParam(collection)}`, JSON.stringify(data)),
  }
}

type GraphQLResult = {
  data?: Record<string, unknown>
  errors?: { extensions?: { statusCode?: number }; message: string }[]
}

export const graphqlActor = async ({
  baseUrl,
  payload,
  user,
}: {
  baseUrl: string
  payload: Payload
  user?: TestUser
}): Promise<Actor> => {
  const token = user ? await login({ baseUrl, user }) : undefined
  const run = async (query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult> => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      body: JSON.stringify({ query, variables }),
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
      method: 'POST',
    })
    return (await response.json()) as GraphQLResult
  }
  // Argument types are read from the live schema rather than re-derived from Payload's naming rules.
  const schema = await run(
    '{ __schema { mutationType { fields { name args { name type { kind name ofType { name } } } } } queryType { fields { name args { name type { kind name ofType { name } } } } } } }',
  )
  const schemaData = schema.data as {
    __schema: Record<
      'mutationType' | 'queryType',
      {
        fields: {
          args: { name: string; type: { kind: string; name?: string; ofType?: { name: string } } }[]
          name: string
        }[]
      }
    >
  }
  const argType = (kind: 'mutationType' | 'queryType', field: string, arg: string) => {
    const type = schemaData.__schema[kind].fields
      .find((candidate) => candidate.name === field)
      ?.args.find((candidate) => candidate.name === arg)?.type
    if (!type) throw new Error(`The GraphQL schema has no ${field}(${arg})`)
    return type.kind === 'NON_NULL' ? `${type.ofType?.name}!` : (type.name as string)
  }
  const names = (collection: CollectionSlug) => {
    const graphQL = payload.collections[collection].config.graphQL as { pluralName: string; singularName: string }
    return { plural: graphQL.pluralName, singular: graphQL.singularName }
  }
  const outcome = (result: GraphQLResult, key: string): Outcome => {
    if (result.errors?.length)
      return {
        data: result as never,
        ids: [],
        isAllowed: false,
        status: result.errors[0].extensions?.statusCode ?? 400,
      }
    const value = result.data?.[key] as ({ docs?: { id: string }[]; id?: string } | null) | undefined
    if (!value) return { ids: [], isAllowed: false, status: 404 }
    return {
      data: value as never,
      ids: value.docs ? value.docs.map((doc) => String(doc.id)) : [String(value.id)],
      isAllowed: true,
      status: 200,
    }
  }
  const draftArg = (collection: string) => (drafts.has(collection) ? ', draft: true' : '')
  return {
    create: async (collection, data) => {
      const field = `create${names(collection).singular}`
      return outcome(
        await run(
          `mutation($data: ${argType('mutationType', field, 'data')}) { ${field}(data: $data${draftArg(collection)}) { id } }`,
          { data },
        ),
        field,
      )
    },
    deleteForever: async (collection, id) => {
      const field = `delete${names(collection).singular}`
      return outcome(
        await run(`mutation($id: ${argType('mutationType', field, 'id')}) { ${field}(id: $id, trash: true) { id } }`, {
          id,
        }),
        field,
      )
    },
    find: async (collection, where) => {
      const field = names(collection).plural
      return outcome(
        await run(
          `query($where: ${argType('queryType', field, 'where')}) { ${field}(where: $where, limit: 100${draftArg(collection)}) { docs { id } } }`,
          { where },
        ),
        field,
      )
    },
    findByID: async (collection, id) => {
      const field = names(collection).singular
      return outcome(
        await run(
          `query($id: ${argType('queryType', field, 'id')}) { ${field}(id: $id${draftArg(collection)}) { id } }`,
          { id },
        ),
        field,
      )
    },
    name: 'GraphQL',
    trash: async (collection, id) => {
      const field = `update${names(collection).singular}`
      const data = { deletedAt: new Date().toISOString() }
      return outcome(
        await run(
          `mutation($id: ${argType('mutationType', field, 'id')}, $data: ${argType('mutationType', field, 'data')}) { ${field}(id: $id, data: $data) { id } }`,
          { data, id },
        ),
        field,
      )
    },
    update: async (collection, id, data) => {
      const field = `update${names(collection).singular}`
      return outcome(
        await run(
          `mutation($id: ${argType('mutationType', field, 'id')}, $data: ${argType('mutationType', field, 'data')}) { ${field}(id: $id, data: $data${draftArg(collection)}) { id } }`,
          { data, id },
        ),
        field,
      )
    },
  }
}
