import { data, redirect } from 'react-router'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import { CaseNav } from '#app/components/case-nav.tsx'
import { Conversation, withAttachments } from '#app/components/conversation.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useT } from '#app/lib/i18n.ts'
import { listMessages, postMessage } from '#server/use-cases/cases/messages.ts'
import { listCaseDocuments } from '#server/use-cases/documents/case-documents.ts'
import { uploadDocuments } from '#server/use-cases/documents/upload-documents.ts'
import { requireMemberCase } from './member-case.server.ts'
import type { Route } from './+types/messages'

export async function loader({ request, params }: Route.LoaderArgs) {
  const { rt, found } = await requireMemberCase(request, params.caseId)
  const [messages, documents] = await Promise.all([
    listMessages(rt, found.row.id, found.key),
    listCaseDocuments(rt, found.row.id, found.key),
  ])
  const url = new URL(request.url)
  return {
    caseId: found.row.id,
    messages: withAttachments(messages, documents),
    error: url.searchParams.get('error'),
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { rt, viewer, found } = await requireMemberCase(request, params.caseId)
  const base = `/patient/cases/${found.row.id}/messages`
  const uploaded = await uploadDocuments(rt, viewer.id, found, request)
  if (!uploaded.ok) throw redirect(`${base}?error=${uploaded.error}`, 303)
  const refused = uploaded.value.outcomes.find((o) => !o.ok)
  const attachmentIds = uploaded.value.outcomes.flatMap((o) => (o.ok ? [o.documentId] : []))
  if (refused && !refused.ok)
    return data(
      { error: `documents.refusal.${refused.reason}`, draft: uploaded.value.fields['body'] ?? '' },
      { status: 400 },
    )
  const posted = await postMessage(rt, {
    row: found.row,
    key: found.key,
    authorUserId: viewer.id,
    side: 'patient',
    body: uploaded.value.fields['body'] ?? '',
    attachmentIds,
  })
  if (!posted.ok) {
    return data(
      {
        error: posted.error.code === 'message.empty' ? 'messages.error.empty' : 'messages.error.tooLong',
        draft: uploaded.value.fields['body'] ?? '',
      },
      { status: 400 },
    )
  }
  throw redirect(base, 303)
}

export default function PatientMessages({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const errorKey = actionData?.error ?? (loaderData.error ? `documents.refusal.${loaderData.error}` : null)
  const error = errorKey ? t(errorKey as MessageKey, { max: 5000 }) : undefined
  return (
    <div>
      <PageTitle title={t('messages.title')} error={Boolean(error)} />
      <h1 className="heading-xl">{t('messages.title')}</h1>
      <CaseNav caseId={loaderData.caseId} current="messages" />
      <p className="body two-thirds">{t('messages.lede')}</p>
      <Conversation
        caseId={loaderData.caseId}
        messages={loaderData.messages}
        action={`/patient/cases/${loaderData.caseId}/messages`}
        error={error}
        draft={actionData?.draft}
      />
    </div>
  )
}
