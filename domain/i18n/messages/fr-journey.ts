import type { MessageKey } from './en.ts'

// French for the clinic listings and the journey pages.
export const frJourney: Partial<Record<MessageKey, string>> = {
  'clinic.listings': 'Vos annonces',
  'clinic.listingsLede':
    'Chaque annonce est vérifiée selon notre politique de publication. Seules celles qui la respectent apparaissent sur les pages publiques ; voici pourquoi chacune est publiée ou non.',
  'clinic.verdict.listable': 'Publiée',
  'clinic.verdict.listable-with-warnings': 'Publiée avec avertissements',
  'clinic.verdict.needs-documents': 'Documents requis',
  'clinic.verdict.blocked': 'Bloquée',
}
