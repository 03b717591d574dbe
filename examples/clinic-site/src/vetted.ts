// The site's one door to Vetted: a typed client for this clinic's key, whose answers Next keeps in its data cache
// under one tag until Vetted's webhook says something changed (app/api/vetted-webhook). Server-side only: the key
// never reaches a browser.
import { createVettedClient, type VettedClient } from '@vetted/client'
import { notFound } from 'next/navigation'

/** Every answer from Vetted is cached under this tag; a change notice expires them all at once. */
export const vettedTag = 'vetted'

const setting = (name: string): string => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: see .env.example.`)
  return value
}

let client: undefined | VettedClient

export const vetted = (): VettedClient =>
  (client ??= createVettedClient({
    baseUrl: setting('VETTED_URL'),
    fetch: (request) => fetch(request, { cache: 'force-cache', next: { tags: [vettedTag] } }),
    key: setting('VETTED_KEY'),
  }))

/** The data of an answer; a 404 problem becomes the site's not-found page, any other problem an error. */
export const found = <T>({
  data,
  error,
}: {
  data?: T
  error?: { detail?: string; status?: number; title?: string }
}): T => {
  if (data !== undefined) return data
  if (error?.status === 404) notFound()
  throw new Error(`Vetted answered ${error?.status ?? '?'}: ${error?.detail ?? error?.title ?? 'no details'}`)
}

export const getClinic = async () => found(await vetted().GET('/clinic'))

export const formatDate = (iso: null | string) =>
  iso ? new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso)) : undefined
