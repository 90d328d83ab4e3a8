import type { ReviewStatus } from '#domain/review/review-status.ts'
import { Tag, type TagTone } from '#app/components/ui/tag.tsx'
import { useT } from '#app/lib/i18n.ts'

const statusTone: Record<ReviewStatus, TagTone> = {
  pending: 'yellow',
  approved: 'green',
  rejected: 'red',
  'changes-requested': 'yellow',
  withdrawn: 'grey',
}

/** Where a reviewer's decision on a clinic, credential or offer stands, as the clinic reads it. */
export function ReviewStatusTag({ status }: { status: ReviewStatus }) {
  const t = useT()
  return <Tag tone={statusTone[status]}>{t(`review.status.${status}`)}</Tag>
}
