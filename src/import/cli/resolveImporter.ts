// Who imports into which clinic. An import acts as a person: the posts are theirs to submit, the new references
// their proposals. Only the clinic's marketers and admins write posts, so anyone else is refused before any file is read.
import type { Payload } from 'payload'

import type { Importer } from '@/import/write/importArticle'
import type { Clinic } from '@/payload-types'

import { isAdmin, isMarketer } from '@/access/roles'

export class ImportRefused extends Error {}

export const resolveImporter = async ({
  clinicSlug,
  email,
  payload,
}: {
  clinicSlug: string
  email: string
  payload: Payload
}): Promise<{ clinic: Clinic; user: Importer }> => {
  // The command line is trusted to say who runs it (as with `payload` CLI scripts): the account is looked up, not logged into.
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { email: { equals: email.trim().toLowerCase() } },
  })
  if (!docs[0]) throw new ImportRefused(`--user: no account has the email ${email}.`)
  const user: Importer = { ...docs[0], collection: 'users' }
  if (!isAdmin(user) && !isMarketer(user)) {
    throw new ImportRefused(
      `--user: ${email} is not a marketer or an admin; only a clinic's marketers and admins write its posts, so only they may import.`,
    )
  }
  const as = { depth: 0, overrideAccess: false, pagination: false, user } as const
  const { docs: clinics } = await payload.find({
    collection: 'clinics',
    limit: 1,
    where: { slug: { equals: clinicSlug } },
    ...as,
  })
  if (clinics[0]) return { clinic: clinics[0], user }
  const { docs: allowed } = await payload.find({
    collection: 'clinics',
    limit: 100,
    select: { slug: true },
    sort: 'slug',
    ...as,
  })
  const choices = allowed.length ? allowed.map((clinic) => clinic.slug).join(', ') : 'none'
  throw new ImportRefused(
    `--clinic: ${email} may not import into a clinic "${clinicSlug}" (there is none, or they are not one of its marketers). Clinics they may import into: ${choices}.`,
  )
}
