import { data, redirect } from 'react-router'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import { CaseNav } from '#app/components/case-nav.tsx'
import { Conversation, withAttachments } from '#app/components/conversation.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useT } from '#app/lib/i18n.ts'
import { listMessages } from '#server/use-cases/cases/messages.ts'
import { sendMessageForm } from '#server/use-cases/cases/send-message.ts'
import { listCaseDocuments } from '#server/use-cases/documents/case-documents.ts'
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
  const sent = await sendMessageForm(rt, { ...found, authorUserId: viewer.id, side: 'patient' }, request)
  if (sent.ok) throw redirect(base, 303)
  if (sent.error.unreadable)
    throw redirect(`${base}?error=${sent.error.key.replace('documents.refusal.', '')}`, 303)
  return data({ error: sent.error.key, draft: sent.error.draft }, { status: 400 })
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
