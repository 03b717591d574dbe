// Demo accounts, one per role (and a marketer for a second clinic, to show isolation). Development only.
export type SeedUser = {
  clinics: string[]
  credentials?: { degree: string; licence: string; licenceRegion: string; specialty: string }
  email: string
  name: string
  password: string
  roles: ('admin' | 'editor' | 'marketer')[]
}

export const users: SeedUser[] = [
  { clinics: [], email: 'admin@vetted.example', name: 'Jordan Blake', password: 'demo-admin-vetted', roles: ['admin'] },
  {
    clinics: [],
    credentials: { degree: 'MD', licence: 'ME-MD-020417', licenceRegion: 'Maine', specialty: 'Psychiatry' },
    email: 'editor@vetted.example',
    name: 'Dr. Priya Natarajan',
    password: 'demo-editor-vetted',
    roles: ['editor'],
  },
  {
    clinics: ['harbor-light'],
    email: 'marketer@harbor-light.example',
    name: 'Sam Rivera',
    password: 'demo-marketer-vetted',
    roles: ['marketer'],
  },
  {
    clinics: ['mesa-verde'],
    email: 'marketer@mesa-verde.example',
    name: 'Alex Moreno',
    password: 'demo-marketer-vetted',
    roles: ['marketer'],
  },
]
