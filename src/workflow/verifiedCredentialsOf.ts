// The credentials a sign-off records for the editor who signed: as an admin had verified them at that moment, so
// a site names the reviewer with the qualifications they held when they approved, never ones typed in later.
import type { PayloadRequest } from 'payload'

export type SignedCredentials = { degree: null | string; specialty: null | string; verifiedAt: null | string }

/** What a sign-off records for an editor whose credentials no admin has verified: nothing to show. */
export const noCredentials: SignedCredentials = { degree: null, specialty: null, verifiedAt: null }

export const verifiedCredentialsOf = async ({
  id,
  req,
}: {
  id: string
  req: PayloadRequest
}): Promise<SignedCredentials> => {
  const editor = await req.payload.findByID({
    collection: 'users',
    depth: 0,
    id,
    // Credentials are admin-verified facts about the signer, read whoever signs.
    overrideAccess: true,
    req,
    select: { credentials: true },
  })
  const credentials = editor.credentials
  if (!credentials?.verifiedAt) return noCredentials
  return {
    degree: credentials.degree ?? null,
    specialty: credentials.specialty ?? null,
    verifiedAt: credentials.verifiedAt,
  }
}
