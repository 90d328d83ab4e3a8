import type { MessageKey } from './en.ts'

// Arabic for the clinic listings and the journey pages.
export const arJourney: Partial<Record<MessageKey, string>> = {
  'clinic.listings': 'عروضك المنشورة',
  'clinic.listingsLede':
    'نراجع كل عرض وفق سياسة النشر لدينا. لا تظهر على الصفحات العامة إلا العروض التي تجتاز المراجعة، وهنا سبب قبول كل عرض أو رفضه.',
  'clinic.verdict.listable': 'منشور',
  'clinic.verdict.listable-with-warnings': 'منشور مع تنبيهات',
  'clinic.verdict.needs-documents': 'يحتاج إلى مستندات',
  'clinic.verdict.blocked': 'محظور',
}
