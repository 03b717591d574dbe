// The plugins handed to buildConfig, composed here as Payload's website template does: the multi-tenant plugin
// (clinics are the tenants) and Vetted's own cross-cutting behaviour.
import type { Plugin } from 'payload'

import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'

import type { Config } from '@/payload-types'

import { adminOnlyField } from '@/access/adminOnlyField'
import { seesAllClinics } from '@/access/roles'
import { deliveredFields } from '@/delivery/queries/deliveredFields'
import { readS3Settings } from '@/storage/readS3Settings'

import { clinicScopedSlugs, slugs } from '../../collections/slugs'
import { usersAccess } from '../../collections/Users/access'
import { clinicRules } from './clinicRules'
import { deliveryInvalidation } from './deliveryInvalidation'
import { deliveryReadModel } from './deliveryReadModel'
import { editLocks } from './editLocks'
import { guardRequests } from './guardRequests'
import { keepDeletedData } from './keepDeletedData'
import { claimsResting } from './keepDeletedData/claimsResting'
import { clinicContents } from './keepDeletedData/clinicContents'
import { postsCiting } from './keepDeletedData/postsCiting'
import { libraryPickers } from './libraryPickers'
import { liveShownWords } from './liveShownWords'
import { mediaStorage } from './mediaStorage'

export const plugins: Plugin[] = [
  multiTenantPlugin<Config>({
    cleanupAfterTenantDelete: false,
    // The posts list is never narrowed to the clinic the admin last had selected (opening a post selects its
    // clinic, and the list then kept to it without a word): it shows every post its reader may read, with the
    // clinic as a column and a filter. Authors and media keep the narrowing, which their pickers in a post rely on.
    collections: Object.fromEntries(
      clinicScopedSlugs.map((slug) => [slug, slug === slugs.posts ? { useBaseFilter: false } : {}]),
    ),
    // A column and a filter in every list: editors and admins see all clinics' content side by side.
    tenantField: { name: 'clinic', admin: { disableListColumn: false, disableListFilter: false }, label: 'Clinic' },
    tenantsArrayField: {
      arrayFieldAccess: { create: adminOnlyField, read: () => true, update: adminOnlyField },
      arrayFieldName: 'clinics',
      arrayTenantFieldName: 'clinic',
      tenantFieldAccess: { create: adminOnlyField, update: adminOnlyField },
    },
    tenantsSlug: slugs.clinics,
    userHasAccessToAllTenants: (user) => seesAllClinics(user),
    // Accounts are network-wide and collections/Users states exactly who sees which; the plugin's per-clinic
    // narrowing would hide the medical editors (members of no clinic) from the marketers whose posts they review.
    usersAccessResultOverride: ({ accessKey, accessResult, ...args }) => {
      const own = usersAccess[accessKey]
      return typeof own === 'function' ? own(args) : accessResult
    },
  }),
  deliveryInvalidation({ collections: deliveredFields }),
  deliveryReadModel(),
  keepDeletedData({
    usedBy: {
      [slugs.claims]: postsCiting('claimsUsed'),
      [slugs.clinics]: clinicContents,
      [slugs.references]: async (args) => [
        ...(await postsCiting('citedReferences')(args)),
        ...(await claimsResting(args)),
      ],
    },
  }),
  editLocks,
  guardRequests(),
  clinicRules({ clinicScoped: clinicScopedSlugs }),
  libraryPickers(),
  liveShownWords(),
  mediaStorage(readS3Settings()),
]
