import type { ArticleClinic, DeliveredClinic } from '@/delivery/openapi/schemas'
import type { Clinic } from '@/payload-types'

import { siteAddressesOf } from '@/delivery/siteAddresses'

import { serializeImage } from './serializeImage'

/**
 * The clinic's fields that rendered articles and summaries show (here, in the JSON-LD publisher, and as the
 * addresses siteAddressesOf makes): a change to any of them stales the clinic's delivery rows, a change to
 * another (webhooks, brand colour) none.
 */
export const clinicFieldsShown = [
  'consultation',
  'crisisLine',
  'crisisNumber',
  'crisisTakesTexts',
  'disclaimer',
  'domains',
  'logo',
  'name',
  'phone',
  'sitePaths',
  'slug',
] as const satisfies readonly (keyof Clinic)[]

/** What every article carries of its clinic: who publishes it, where to get help, how to book, the disclaimer. */
export const serializeClinic = (clinic: Clinic): ArticleClinic => ({
  consultation: clinic.consultation?.url
    ? { label: clinic.consultation.label ?? 'Book a consultation', url: clinic.consultation.url }
    : null,
  // A clinic saved before the number existed (MongoDB keeps no column default) has none yet: no link beats a wrong one.
  crisisContact: clinic.crisisNumber
    ? {
        number: clinic.crisisNumber,
        sms: clinic.crisisTakesTexts === false ? null : `sms:${clinic.crisisNumber}`,
        tel: `tel:${clinic.crisisNumber}`,
      }
    : null,
  crisisLine: clinic.crisisLine,
  disclaimer: clinic.disclaimer ?? null,
  name: clinic.name,
  phone: clinic.phone ?? null,
  slug: clinic.slug,
  url: siteAddressesOf(clinic).home,
})

/** The clinic as /v1/clinic gives it: what articles carry, and what a site's header and footer need besides. */
export const serializeClinicProfile = (clinic: Clinic): DeliveredClinic => ({
  ...serializeClinic(clinic),
  address: clinic.address?.street
    ? {
        city: clinic.address.city ?? null,
        country: clinic.address.country ?? null,
        postalCode: clinic.address.postalCode ?? null,
        region: clinic.address.region ?? null,
        street: clinic.address.street,
      }
    : null,
  brandColour: clinic.brandColour ?? null,
  logo: serializeImage(clinic.logo),
})
