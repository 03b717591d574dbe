import type { CollectionConfig } from 'payload'

import { adminOnlyField } from '@/access/adminOnlyField'
import { roles } from '@/access/roles'
import { selfOrAdminField } from '@/access/selfOrAdminField'
import { notificationKindOptions } from '@/notifications/notificationKinds'

import { slugs } from '../slugs'
import { usersAccess } from './access'
import { resetEmailHtml, resetEmailSubject } from './auth/passwordEmails'
import { registerFirstUser } from './endpoints/registerFirstUser'
import { inviteWithoutPassword } from './hooks/inviteWithoutPassword'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { queueInvitation } from './hooks/queueInvitation'
import { refundLogin } from './hooks/refundLogin'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'
import { throttleLogin } from './hooks/throttleLogin'

/**
 * Everyone who signs in to the admin. Only admins create users or change roles and clinic memberships
 * (the `clinics` array is added by the multi-tenant plugin with admin-only field access).
 */
export const Users: CollectionConfig = {
  slug: slugs.users,
  labels: { plural: 'Users', singular: 'User' },
  graphQL: { pluralName: 'Users', singularName: 'User' },
  auth: {
    forgotPassword: { generateEmailHTML: resetEmailHtml, generateEmailSubject: resetEmailSubject },
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' },
    // No lock-out: five wrong guesses by anyone would lock the owner out too. Failed logins are throttled per
    // client address instead (hooks/throttleLogin, auth/loginThrottle).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    useSessions: true,
  },
  // A copy: the multi-tenant plugin wraps a collection's access functions in place.
  access: { ...usersAccess },
  admin: {
    components: { beforeListTable: ['/src/components/InviteUser#InviteUser'] },
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    group: 'Network',
    useAsTitle: 'name',
  },
  endpoints: [registerFirstUser],
  hooks: {
    afterChange: [queueInvitation],
    afterOperation: [refundLogin],
    beforeChange: [makeFirstUserAdmin],
    beforeOperation: [throttleLogin],
    beforeValidate: [requireCurrentPassword, inviteWithoutPassword],
  },
  trash: true,
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      // Never stored nor returned: checked by hooks/requireCurrentPassword when you change your own e-mail or password.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      access: { read: () => false },
      admin: { description: 'Needed to change your own e-mail or password.' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['marketer'],
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        description: 'Admins manage the network; editors review medical content; marketers write for their clinics.',
      },
      options: roles.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
    },
    {
      name: 'credentials',
      type: 'group',
      label: 'Editor credentials',
      admin: {
        condition: (data) => Array.isArray(data?.roles) && data.roles.includes('editor'),
        description: 'Shown to readers as the medical reviewer of an article.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'degree', type: 'text', admin: { description: 'e.g. MD, DO, PharmD, PMHNP-BC' } },
            { name: 'specialty', type: 'text', admin: { description: 'e.g. Psychiatry' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'licence', type: 'text', label: 'Licence number' },
            { name: 'licenceRegion', type: 'text', label: 'Licensed in' },
          ],
        },
        {
          name: 'verifiedAt',
          type: 'date',
          access: { create: adminOnlyField, update: adminOnlyField },
          admin: { description: 'Set by an admin after checking the licence.' },
        },
      ],
    },
    {
      // Read and set by the account's owner (and admins); src/notifications/recipientsOf honours it.
      name: 'emailsOff',
      type: 'select',
      hasMany: true,
      label: 'E-mails I do not want',
      access: { read: selfOrAdminField, update: selfOrAdminField },
      admin: { description: 'Vetted e-mails you about posts; tick the kinds you would rather not receive.' },
      options: notificationKindOptions,
    },
  ],
}
