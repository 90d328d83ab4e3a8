import type { Role } from '#domain/accounts/roles.ts'

// Demo accounts and providers. Every provider here is fictional and flagged
// `isDemo`; the pages show a "Demo" tag wherever one appears.
export const demoPassword = 'waypoint-demo-2026'

export const demoAccounts: { role: Role; email: string; name: string }[] = [
  { role: 'patient', email: 'patient@demo.waypoint.example', name: 'Amira Haddad (demo patient)' },
  { role: 'caregiver', email: 'caregiver@demo.waypoint.example', name: 'Karim Haddad (demo caregiver)' },
  { role: 'coordinator', email: 'coordinator@demo.waypoint.example', name: 'Lena Vogel (demo coordinator)' },
  { role: 'clinic-staff', email: 'clinic@demo.waypoint.example', name: 'Dr Priya Menon (demo clinic staff)' },
  { role: 'reviewer', email: 'reviewer@demo.waypoint.example', name: 'Tomás Rivera (demo reviewer)' },
  { role: 'admin', email: 'admin@demo.waypoint.example', name: 'Sam Okafor (demo administrator)' },
]

export const demoProviders = [
  {
    id: 'demo-lotus-neuro',
    slug: 'lotus-neuro-care-bengaluru',
    name: 'Lotus Neuro Care Hospital',
    kind: 'hospital' as const,
    countryCode: 'IN',
    city: 'Bengaluru',
    beds: 220,
    languages: ['en', 'hi', 'kn', 'ar'],
    summary:
      'A fictional neurology hospital with a multidisciplinary motor neurone disease clinic and a site in a registered ALS trial.',
  },
  {
    id: 'demo-hanbit',
    slug: 'hanbit-neurology-seoul',
    name: 'Hanbit Neurology Centre',
    kind: 'hospital' as const,
    countryCode: 'KR',
    city: 'Seoul',
    beds: 340,
    languages: ['ko', 'en'],
    summary: 'A fictional university-affiliated neurology centre with an international patient desk.',
  },
  {
    id: 'demo-rheinufer',
    slug: 'klinik-am-rheinufer-cologne',
    name: 'Klinik am Rheinufer',
    kind: 'hospital' as const,
    countryCode: 'DE',
    city: 'Cologne',
    beds: 410,
    languages: ['de', 'en', 'ar', 'ru'],
    summary: 'A fictional hospital offering ALS assessment, breathing support set-up and rehabilitation.',
  },
  {
    id: 'demo-alameda',
    slug: 'centro-medico-alameda-guadalajara',
    name: 'Centro Médico Alameda',
    kind: 'clinic' as const,
    countryCode: 'MX',
    city: 'Guadalajara',
    beds: 40,
    languages: ['es', 'en'],
    summary:
      'A fictional private clinic. Its listing is used to show how the policy engine flags risky claims.',
  },
  {
    id: 'demo-chao-phraya',
    slug: 'chao-phraya-international-bangkok',
    name: 'Chao Phraya International Hospital',
    kind: 'hospital' as const,
    countryCode: 'TH',
    city: 'Bangkok',
    beds: 280,
    languages: ['th', 'en', 'ar'],
    summary: 'A fictional hospital with a rehabilitation department and an international patient service.',
  },
  {
    id: 'demo-bogazici',
    slug: 'bogazici-neurology-istanbul',
    name: 'Boğaziçi Neurology Clinic',
    kind: 'clinic' as const,
    countryCode: 'TR',
    city: 'Istanbul',
    beds: 60,
    languages: ['tr', 'en', 'ar', 'ru'],
    summary: 'A fictional neurology clinic offering second opinions and feeding-tube assessment.',
  },
]
