'use client'
// "Invite someone" above the users list: an account made from a name, an e-mail and a role, with no password, so
// the server e-mails the person a link to choose their own (Users/hooks/inviteWithoutPassword). Payload's own
// create form insists on a typed password; this is the way round it. Offered to whoever may create accounts.
import { useAuth } from '@payloadcms/ui'
import React, { useState } from 'react'

import { roles } from '@/access/roles'

export const InviteUser = () => {
  const { permissions } = useAuth()
  const [isOpen, setIsOpen] = useState(false)
  const [isBusy, setIsBusy] = useState(false)
  const [message, setMessage] = useState<null | { isError: boolean; text: string }>(null)
  if (!permissions?.collections?.users?.create) return null

  const invite = async (form: HTMLFormElement) => {
    const data = new FormData(form)
    setIsBusy(true)
    setMessage(null)
    try {
      const response = await fetch('/api/users', {
        body: JSON.stringify({ email: data.get('email'), name: data.get('name'), roles: [data.get('role')] }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const result = (await response.json().catch(() => ({}))) as {
        doc?: { id: string }
        errors?: { data?: { errors?: { message: string }[] }; message: string }[]
      }
      if (!response.ok || !result.doc) {
        const reasons = result.errors?.flatMap(
          (error) => error.data?.errors?.map((item) => item.message) ?? [error.message],
        )
        setMessage({ isError: true, text: reasons?.join('\n') || `The invitation failed (${response.status}).` })
        return
      }
      // Clinic memberships are set on the account's page, which opens next.
      window.location.assign(`/admin/collections/users/${result.doc.id}`)
    } catch {
      setMessage({ isError: true, text: 'The server could not be reached. Check the connection and try again.' })
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <div data-testid="invite-user" style={{ marginBottom: 'var(--base)' }}>
      {!isOpen ? (
        <button className="btn btn--style-secondary btn--size-small" onClick={() => setIsOpen(true)} type="button">
          Invite someone…
        </button>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void invite(event.currentTarget)
          }}
          style={{ alignItems: 'end', display: 'flex', flexWrap: 'wrap', gap: 8 }}
        >
          <label>
            Name
            <input data-testid="invite-name" name="name" required style={{ display: 'block' }} />
          </label>
          <label>
            E-mail
            <input data-testid="invite-email" name="email" required style={{ display: 'block' }} type="email" />
          </label>
          <label>
            Role
            <select data-testid="invite-role" defaultValue="marketer" name="role" style={{ display: 'block' }}>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {role[0].toUpperCase() + role.slice(1)}
                </option>
              ))}
            </select>
          </label>
          <button className="btn btn--style-primary btn--size-small" disabled={isBusy} type="submit">
            Send invitation
          </button>
          <button className="btn btn--style-secondary btn--size-small" onClick={() => setIsOpen(false)} type="button">
            Cancel
          </button>
        </form>
      )}
      {message && (
        <p
          role="alert"
          style={{ color: message.isError ? 'var(--theme-error-500)' : undefined, whiteSpace: 'pre-line' }}
        >
          {message.text}
        </p>
      )}
      <p className="field-description" style={{ margin: '4px 0 0' }}>
        They get an e-mail with a link to choose their own password (valid a week); nobody types one for them.
      </p>
    </div>
  )
}
