// GET /v1/clinic — the key's clinic as its website shows it in every page's frame: name, logo, brand colour,
// address, phone, crisis line, disclaimer and call to action.
import type { DeliveryRoute } from '@/delivery/route'
import type { Clinic } from '@/payload-types'

import { noParams, type NoParams } from '@/delivery/params'
import { json } from '@/delivery/route'
import { serializeClinicProfile } from '@/delivery/serializers/serializeClinic'

// The clinic is already read, with its logo: the key names it.
export const getClinic: DeliveryRoute<NoParams, Clinic> = {
  load: async ({ clinic }) => clinic,
  params: noParams,
  serialize: (clinic) => json(serializeClinicProfile(clinic)),
}
