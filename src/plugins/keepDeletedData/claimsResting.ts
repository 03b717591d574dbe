import type { FindUses } from './refuseDeleteWhileUsed'

/** Claims (trashed ones too) whose support is the reference: without it they would rest on nothing. */
export const claimsResting: FindUses = async ({ id, req }) => {
  const claims = await req.payload.find({
    collection: 'claims',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { statement: true },
    trash: true,
    where: { supportingReferences: { in: [id] } },
  })
  return claims.docs.map((claim) => `the claim “${claim.statement}”`)
}
