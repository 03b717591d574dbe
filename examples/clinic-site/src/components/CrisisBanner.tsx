import type { Clinic } from '@vetted/client'

/** On every page of a mental-health site: where to get help now, as links a phone can dial or text. */
export function CrisisBanner({ clinic }: { clinic: Pick<Clinic, 'crisisContact' | 'crisisLine'> }) {
  const contact = clinic.crisisContact
  return (
    <aside aria-label="Crisis support" className="crisis">
      <strong>In crisis?</strong> {clinic.crisisLine}
      {contact ? (
        <>
          {' '}
          <a href={contact.tel}>Call {contact.number}</a>
          {contact.sms ? <a href={contact.sms}>Text {contact.number}</a> : null}
        </>
      ) : null}
    </aside>
  )
}
