// GET /v1/clinic — the key's clinic as its website shows it in every page's frame: name, logo, brand colour,
// address, phone, crisis line, disclaimer and call to action.
import type { RouteFill } from '../route'

import { noParams, parseParams } from '../params'
import { json } from '../route'
import { serializeClinicProfile } from '../serializers/serializeClinic'

export const getClinic: RouteFill = async ({ clinic, url }) => {
  const parsed = parseParams(noParams, url)
  if ('problem' in parsed) return parsed.problem
  return json(serializeClinicProfile(clinic))
}
