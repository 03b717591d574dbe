// The demo admin over REST, as a person at the admin's desk would act: log in, find a clinic, issue a key.
const admin = { email: 'admin@vetted.example', password: 'demo-admin-vetted' }

type Headers = { Authorization: string; 'Content-Type': string }
const sessions = new Map<string, Promise<Headers>>()

const logIn = async (baseUrl: string): Promise<Headers> => {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    body: JSON.stringify(admin),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  if (!login.ok) throw new Error(`The demo admin could not log in: ${login.status} ${await login.text()}`)
  const { token } = (await login.json()) as { token: string }
  return { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
}

/** An admin's JWT headers: one login per test file, shared by the calls that follow. */
export const adminHeaders = (baseUrl: string): Promise<Headers> => {
  if (!sessions.has(baseUrl)) sessions.set(baseUrl, logIn(baseUrl))
  return sessions.get(baseUrl)!
}

export type DemoClinic = { domains: string[]; id: string; webhooks?: { secret?: string; urls?: string[] } }

export const clinicBySlug = async (baseUrl: string, slug: string): Promise<DemoClinic> => {
  const headers = await adminHeaders(baseUrl)
  const found = await fetch(`${baseUrl}/api/clinics?where[slug][equals]=${slug}&depth=0`, { headers })
  const clinic = ((await found.json()) as { docs?: DemoClinic[] }).docs?.[0]
  if (!clinic) throw new Error(`No demo clinic "${slug}": ${found.status}`)
  return clinic
}

/** A fresh read key for the clinic, issued as the admin panel's Issue button does. */
export const issueKeyFor = async (baseUrl: string, clinicSlug: string) => {
  const headers = await adminHeaders(baseUrl)
  const clinic = await clinicBySlug(baseUrl, clinicSlug)
  const created = await fetch(`${baseUrl}/api/clinic-keys`, {
    body: JSON.stringify({ clinic: clinic.id, name: 'Browser test' }),
    headers,
    method: 'POST',
  })
  const { doc } = (await created.json()) as { doc: { id: string } }
  const issued = await fetch(`${baseUrl}/api/clinic-keys/${doc.id}/issue`, { headers, method: 'POST' })
  return ((await issued.json()) as { key: string }).key
}
