import type { Clinic } from '@vetted/client'

/** On every page of a mental-health site: where to get help now, as a number a phone can dial. */
export function CrisisBanner({ clinic }: { clinic: Pick<Clinic, 'crisisLine'> }) {
  const number = clinic.crisisLine.match(/\+?\d[\d\s().-]*\d|\d+/)?.[0]?.replace(/[^\d+]/g, '')
  return (
    <aside aria-label="Crisis support" className="crisis">
      <strong>In crisis?</strong> {clinic.crisisLine}
      {number ? (
        <>
          {' '}
          <a href={`tel:${number}`}>Call {number}</a> <a href={`sms:${number}`}>Text {number}</a>
        </>
      ) : null}
    </aside>
  )
}
