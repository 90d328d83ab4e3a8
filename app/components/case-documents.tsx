import type { MessageKey } from '#domain/i18n/translate.ts'
import { useT } from '#app/lib/i18n.ts'

export type ListedDocument = {
  id: string
  name: string
  kind: string
  modality?: string | null
  /** What the family says the record is (domain/documents/record-types.ts); null until they say. */
  type?: string | null
}

/** A case's documents for staff: each a download, with what the family says it is, its kind (and for imaging, the modality). */
export function CaseDocumentList({
  caseId,
  documents,
  empty,
  query = '',
}: {
  caseId: string
  /** Carried onto each download, e.g. a clinic page's `?provider=`. */
  query?: string
  documents: readonly ListedDocument[]
  /** What the page says when there is nothing to list. */
  empty: string
}) {
  const t = useT()
  if (documents.length === 0) return <p className="body">{empty}</p>
  return (
    <ul className="list list--bullet">
      {documents.map((doc) => (
        <li key={doc.id}>
          <a href={`/cases/${caseId}/documents/${doc.id}${query}`} download dir="auto">
            {doc.name}
          </a>{' '}
          ({t(`documents.type.${doc.type ?? 'unsaid'}` as MessageKey)} ·{' '}
          {t(`documents.kind.${doc.kind}` as MessageKey)}
          {doc.modality ? `, ${doc.modality}` : ''})
        </li>
      ))}
    </ul>
  )
}
