import { useState, type FormEvent } from 'react'
import { redirect, useNavigate } from 'react-router'
import { formatDate, formatNumber } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { parseDocumentId } from '#domain/shared/ids.ts'
import { CasePage } from '#app/components/case-nav.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { failureView } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { failureOfCodes, readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/documents'

// Records: uploaded as a plain form (works without JavaScript), with a
// progress bar when JavaScript is on. Results come back in the redirect's
// query, so both ways show the same page after the upload.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const url = new URL(request.url)
  // Only codes the refusal table knows are shown (never other text from the address).
  const refused = url.searchParams
    .getAll('refused')
    .slice(0, 10)
    .map((r) => {
      const i = r.indexOf(':')
      return i < 0 ? { code: r } : { code: r.slice(0, i), name: r.slice(i + 1) }
    })
  return {
    caseId: handle.case.id,
    editable: handle.case.recordsEditable,
    documents: await handle.documents(),
    uploaded: Math.min(10, Number(url.searchParams.get('uploaded') ?? 0) || 0),
    deleted: url.searchParams.get('deleted') === '1',
    failure: failureOfCodes(refused),
    limits: { fileMb: handle.limits.fileMb, caseGb: handle.limits.caseMb / 1024 },
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const base = casePath(handle.case.id, 'documents')
  if (!handle.case.recordsEditable) throw redirect(base, 303)
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    const fields = await readFields(request)
    const id = parseDocumentId(fields['delete']?.[0])
    const removed = id ? await handle.deleteDocument(id) : null
    if (!removed?.ok) return refuse(removed?.error ?? { code: 'document.not-found' }, fields)
    throw redirect(`${base}?deleted=1`, 303)
  }
  const result = await handle.upload(request)
  const query = new URLSearchParams()
  if (!result.ok) {
    query.append('refused', result.error)
  } else {
    const ok = result.value.outcomes.filter((o) => o.ok).length
    if (result.value.outcomes.length === 0) query.append('refused', 'upload.no-file')
    if (ok) query.set('uploaded', String(ok))
    for (const o of result.value.outcomes) if (!o.ok) query.append('refused', `${o.reason}:${o.filename}`)
  }
  throw redirect(`${base}?${query}`, 303)
}

function UploadForm({ caseId, limits }: { caseId: string; limits: { fileMb: number; caseGb: number } }) {
  const t = useT()
  const locale = useLocale()
  const navigate = useNavigate()
  const [progress, setProgress] = useState<number | null>(null)
  // With JavaScript, the same form is sent by XHR so its progress can be shown.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget
    const input = form.elements.namedItem('file') as HTMLInputElement | null
    if (!input?.files?.length || typeof XMLHttpRequest === 'undefined') return
    event.preventDefault()
    const xhr = new XMLHttpRequest()
    xhr.open('POST', form.action)
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 100))
    }
    const done = () => {
      setProgress(null)
      const target = xhr.responseURL ? new URL(xhr.responseURL) : null
      navigate(
        target
          ? target.pathname + target.search
          : `/patient/cases/${caseId}/documents?refused=document.truncated:`,
        {
          replace: true,
        },
      )
    }
    xhr.onload = done
    xhr.onerror = done
    setProgress(0)
    xhr.send(new FormData(form))
  }
  return (
    <form
      method="post"
      encType="multipart/form-data"
      action={`/patient/cases/${caseId}/documents`}
      noValidate
      onSubmit={onSubmit}
    >
      <div className="form-group">
        <label className="label" htmlFor="file">
          {t('documents.upload.label')}
        </label>
        <div className="hint" id="file-hint">
          {t('documents.upload.hint', {
            max: formatNumber(locale, limits.fileMb),
            total: formatNumber(locale, limits.caseGb),
          })}
        </div>
        <input
          className="file-upload"
          id="file"
          name="file"
          type="file"
          multiple
          aria-describedby="file-hint"
        />
      </div>
      {progress !== null ? (
        <div className="form-group" role="status">
          <label className="label" htmlFor="upload-progress">
            {t('documents.upload.progress', { percent: progress })}
          </label>
          <progress className="upload-progress" id="upload-progress" max={100} value={progress} />
        </div>
      ) : null}
      <Button disabled={progress !== null}>{t('documents.upload.submit')}</Button>
    </form>
  )
}

type CaseDocument = Route.ComponentProps['loaderData']['documents'][number]

/** What a record is, how large, when it came, and for imaging the study it holds. */
function DocumentDetails({ document: d }: { document: CaseDocument }) {
  const t = useT()
  const locale = useLocale()
  return (
    <>
      {t(`documents.kind.${d.kind}` as MessageKey)} ·{' '}
      {t('documents.size', {
        size: formatNumber(locale, Math.max(1, Math.round(d.sizeBytes / 1024))),
      })}{' '}
      · {formatDate(locale, new Date(d.createdAt))}
      {d.meta.modality || d.meta.studyDate ? (
        <div className="hint">
          {t('documents.imaging', {
            modality: d.meta.modality ?? '—',
            date: d.meta.studyDate ? formatDate(locale, new Date(`${d.meta.studyDate}T00:00:00Z`)) : '—',
            count: d.meta.files ?? 1,
          })}
        </div>
      ) : null}
    </>
  )
}

export default function DocumentsPage({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const failed = failureView(loaderData.failure, t)
  return (
    <CasePage caseId={loaderData.caseId} current="documents" title={t('documents.title')} failure={failed}>
      {loaderData.uploaded > 0 ? (
        <NotificationBanner title={t('documents.uploaded', { count: loaderData.uploaded })} />
      ) : null}
      {loaderData.deleted ? <NotificationBanner title={t('documents.deleted')} /> : null}
      <div className="two-thirds">
        <p className="body">{t('documents.lede')}</p>
        <Table
          caption={t('documents.title')}
          empty={t('documents.none')}
          rows={loaderData.documents}
          columns={[
            { header: t('documents.col.name'), dir: 'auto', cell: (d) => d.meta.filename },
            { header: t('documents.col.details'), cell: (d) => <DocumentDetails document={d} /> },
            {
              header: t('documents.col.actions'),
              cell: (d) => (
                <>
                  <a href={`/cases/${loaderData.caseId}/documents/${d.id}`} download>
                    {t('documents.download')}
                    <span className="visually-hidden"> {d.meta.filename}</span>
                  </a>
                  {loaderData.editable ? (
                    <PostButton
                      fields={{ delete: d.id }}
                      label={t('documents.delete')}
                      context={d.meta.filename}
                    />
                  ) : null}
                </>
              ),
            },
          ]}
        />
        {loaderData.editable ? <UploadForm caseId={loaderData.caseId} limits={loaderData.limits} /> : null}
      </div>
    </CasePage>
  )
}
