'use client'
// Issue, rotate and revoke a clinic key from its admin page. The secret appears here once, right after issuing.
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

export const ClinicKeyPanel = () => {
  const { id } = useDocumentInfo()
  const issuedAt = useFormFields(([fields]) => fields.issuedAt?.value)
  const revokedAt = useFormFields(([fields]) => fields.revokedAt?.value)
  const [secret, setSecret] = useState<null | string>(null)
  const [error, setError] = useState<null | string>(null)
  const [isCopied, setIsCopied] = useState(false)

  if (!id) return <p className="field-description">Save the key first, then issue its secret here.</p>
  if (revokedAt) return <p data-testid="key-revoked">This key is revoked. Create a new key for the clinic.</p>

  const call = async (path: string, init: RequestInit) => {
    setError(null)
    const response = await fetch(`/api/clinic-keys/${id}${path}`, {
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      ...init,
    })
    const result = (await response.json().catch(() => ({}))) as { errors?: { message: string }[]; key?: string }
    if (!response.ok) setError(result.errors?.map((item) => item.message).join('\n') ?? `Failed (${response.status}).`)
    return response.ok ? result : undefined
  }
  const issue = async () => {
    if (issuedAt && !window.confirm('Rotate the key? The current secret stops working at once.')) return
    const result = await call('/issue', { method: 'POST' })
    if (result?.key) {
      setSecret(result.key)
      setIsCopied(false)
    }
  }
  const revoke = async () => {
    if (!window.confirm('Revoke this key? The website using it loses access at once.')) return
    if (await call('', { body: JSON.stringify({ revokedAt: new Date().toISOString() }), method: 'PATCH' }))
      window.location.reload()
  }

  return (
    <div data-testid="key-panel" style={{ marginBottom: 'var(--base)' }}>
      {secret && (
        <div style={{ marginBottom: 'calc(var(--base) / 2)' }}>
          <p>Copy this key now; it will not be shown again:</p>
          <input
            aria-label="New key"
            data-testid="key-secret"
            onFocus={(event) => event.target.select()}
            readOnly
            style={{ fontFamily: 'monospace', width: '100%' }}
            value={secret}
          />
          <button
            className="btn btn--style-primary btn--size-small"
            data-testid="key-copy"
            onClick={() =>
              void navigator.clipboard.writeText(secret).then(
                () => setIsCopied(true),
                () => setError('The browser refused the clipboard: select the key and copy it by hand.'),
              )
            }
            style={{ marginTop: 4 }}
            type="button"
          >
            {isCopied ? 'Copied' : 'Copy key'}
          </button>
        </div>
      )}
      <button
        className="btn btn--style-secondary btn--size-small"
        data-testid="key-issue"
        onClick={() => void issue()}
        style={{ marginRight: 8 }}
        type="button"
      >
        {issuedAt ? 'Rotate key' : 'Issue key'}
      </button>
      {Boolean(issuedAt) && (
        <button
          className="btn btn--style-secondary btn--size-small"
          data-testid="key-revoke"
          onClick={() => void revoke()}
          type="button"
        >
          Revoke key
        </button>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', whiteSpace: 'pre-line' }}>
          {error}
        </p>
      )}
    </div>
  )
}
