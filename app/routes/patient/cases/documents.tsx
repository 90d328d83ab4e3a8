import { useState, type FormEvent } from 'react'
import { data, Form, Link, redirect, useNavigate } from 'react-router'
import { recordsNextStep } from '#domain/documents/records-next-step.ts'
import { parseRecordType, recordTypes, type RecordType } from '#domain/documents/record-types.ts'
import { formatDate, formatNumber } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { parseDocumentId } from '#domain/shared/ids.ts'
import { CasePage } from '#app/components/case-nav.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { Button, ButtonLink } from '#app/components/ui/button.tsx'
import { failureView } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { failure, failureOfCodes, readFields, refuse } from '#app/forms/action.server.ts'
import { clearFlashCookie, flashCookie, readFlash } from '#app/forms/flash.server.ts'
import type { Route } from './+types/documents'

// Records: uploaded as a plain form (works without JavaScript), with a
// progress bar when JavaScript is on. What an upload stored or refused, and
// which record was deleted, comes to the next page in a sealed note that lives
// a minute (app/forms/flash.server.ts), never in the address: file names are
// health data, and text in an address can be typed by anyone. Deleting asks
// first (`?delete=<id>`), and what a record is can be said or changed
// (`?describe=<id>`), both as steps that work without JavaScript.

/** What the last command did, for the next page to say. */
type RecordsNote = {
  stored?: { name: string; type: RecordType | null }[]
  refused?: { code: string; name: string }[]
  deleted?: string
  described?: { name: string; type: RecordType }
  /** The type chosen for files that were all refused: the form keeps it for the next try. */
  typeKept?: RecordType
}

/** Sent by the progress bar's request: the page it is redirected to must leave the note for the page shown next. */
const PROGRESS_HEADER = 'x-waypoint-upload'

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const url = new URL(request.url)
  const documents = await handle.documents()
  const noteToken = readFlash(request)
  const note = handle.openNote<RecordsNote>(noteToken) ?? {}
  const refused = [
    ...(note.refused ?? []).slice(0, 10),
    // The progress bar's request broke off before any answer: say so, in our words only.
    ...(url.searchParams.get('interrupted') === '1' ? [{ code: 'document.truncated' }] : []),
  ]
  const editable = handle.case.recordsEditable
  const step = (name: 'delete' | 'describe') => {
    const id = url.searchParams.get(name)
    // A document the clinic issued is neither deleted nor described by the family.
    const d = editable && id ? documents.find((doc) => doc.id === id && !doc.meta.issued) : undefined
    return d ? { id: d.id, name: d.meta.filename, type: d.meta.type ?? null } : null
  }
  const body = {
    caseId: handle.case.id,
    editable,
    documents,
    note: {
      stored: note.stored ?? [],
      deleted: note.deleted ?? null,
      described: note.described ?? null,
      typeKept: note.typeKept ?? null,
    },
    failure: failureOfCodes(refused),
    limits: { fileMb: handle.limits.fileMb, caseGb: handle.limits.caseMb / 1024 },
    next: recordsNextStep(handle.case.processingConsentGivenAt !== null),
    confirmDelete: step('delete'),
    describe: step('describe'),
  }
  // Read once: the page that shows the note forgets it (but not the page the
  // progress bar's request is redirected to, which nobody sees).
  const forget = noteToken !== null && !request.headers.has(PROGRESS_HEADER)
  return data(
    body,
    forget ? { headers: { 'Set-Cookie': clearFlashCookie(request, casePath(handle.case.id)) } } : {},
  )
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const base = casePath(handle.case.id, 'documents')
  if (!handle.case.recordsEditable) throw redirect(base, 303)
  const withNote = (note: RecordsNote, to = base) => {
    const response = redirect(to, 303)
    response.headers.append(
      'Set-Cookie',
      flashCookie(request, casePath(handle.case.id), handle.sealNote(note)),
    )
    return response
  }
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    const fields = await readFields(request)
    const id = parseDocumentId(fields['document']?.[0])
    if (fields['intent']?.[0] === 'describe') {
      const type = parseRecordType(fields['type']?.[0])
      if (!type) return failure(fields, [{ field: 'type', key: 'documents.type.error' }])
      const described = id ? await handle.describeDocument(id, type) : null
      if (!described?.ok) return refuse(described?.error ?? { code: 'document.not-found' }, fields)
      throw withNote({ described: { name: described.value.filename, type } })
    }
    // Deleting is asked for first: a post without the confirmation goes to the question.
    if (fields['confirm']?.[0] !== 'yes') throw redirect(id ? `${base}?delete=${id}` : base, 303)
    const removed = id ? await handle.deleteDocument(id) : null
    if (!removed?.ok) return refuse(removed?.error ?? { code: 'document.not-found' }, fields)
    throw withNote({ deleted: removed.value.filename })
  }
  const result = await handle.upload(request)
  if (!result.ok) throw withNote({ refused: [{ code: result.error, name: '' }] })
  const outcomes = result.value.outcomes
  const stored = outcomes.some((o) => o.ok)
  throw withNote({
    ...(stored ? {} : { typeKept: parseRecordType(result.value.fields['type']) ?? undefined }),
    // The type each file was stored with: one sent after the files is not applied.
    stored: outcomes.flatMap((o) => (o.ok ? [{ name: o.filename, type: o.type }] : [])),
    refused:
      outcomes.length === 0
        ? [{ code: 'upload.no-file', name: '' }]
        : outcomes.flatMap((o) => (o.ok ? [] : [{ code: o.reason, name: o.filename }])),
  })
}

function typeLabel(t: ReturnType<typeof useT>, type: RecordType | null | undefined): string {
  return t(`documents.type.${type ?? 'unsaid'}` as MessageKey)
}

/** "What are these files?": one choice for the files of one upload, or of one record. */
function RecordTypeChoices(props: {
  legend: string
  selected: RecordType | null
  error?: string
  hint?: string
}) {
  const t = useT()
  return (
    <Choices
      type="radio"
      name="type"
      legend={props.legend}
      hint={props.hint}
      error={props.error}
      selected={props.selected ? [props.selected] : []}
      options={recordTypes.map((type) => ({ value: type, label: typeLabel(t, type) }))}
    />
  )
}

function UploadForm({
  caseId,
  limits,
  typeKept,
}: {
  caseId: string
  limits: { fileMb: number; caseGb: number }
  /** The type chosen when the last try stored nothing. */
  typeKept: RecordType | null
}) {
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
    xhr.setRequestHeader(PROGRESS_HEADER, '1')
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 100))
    }
    const body = new FormData(form)
    const done = () => {
      setProgress(null)
      const target = xhr.responseURL ? new URL(xhr.responseURL) : null
      navigate(target ? target.pathname + target.search : `${casePath(caseId, 'documents')}?interrupted=1`, {
        replace: true,
      })
    }
    xhr.onload = () => {
      // The files were sent and answered for: a second click must not send them again.
      form.reset()
      done()
    }
    xhr.onerror = done
    setProgress(0)
    xhr.send(body)
  }
  return (
    <form
      method="post"
      encType="multipart/form-data"
      action={casePath(caseId, 'documents')}
      noValidate
      onSubmit={onSubmit}
    >
      <h2 className="heading-m">{t('documents.upload.heading')}</h2>
      {/* Before the files: the server reads it as each file arrives. */}
      <RecordTypeChoices
        legend={t('documents.type.legend')}
        hint={t('documents.type.hint')}
        selected={typeKept}
      />
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

type LoaderData = Route.ComponentProps['loaderData']
type CaseDocument = LoaderData['documents'][number]

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

/** What the last upload, deletion or change did, named file by file. */
function Notes({ note }: { note: LoaderData['note'] }) {
  const t = useT()
  return (
    <>
      {note.stored.length > 0 ? (
        <NotificationBanner tone="success" title={t('documents.uploaded', { count: note.stored.length })}>
          <ul className="list">
            {note.stored.map((s, i) => (
              <li key={i} dir="auto">
                {t('documents.uploaded.item', { name: s.name, type: typeLabel(t, s.type) })}
              </li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      {note.deleted ? (
        <NotificationBanner tone="success" title={t('documents.deleted', { name: note.deleted })} />
      ) : null}
      {note.described ? (
        <NotificationBanner
          tone="success"
          title={t('documents.described', {
            name: note.described.name,
            type: typeLabel(t, note.described.type),
          })}
        />
      ) : null}
    </>
  )
}

function ConfirmDelete({ caseId, doc }: { caseId: string; doc: NonNullable<LoaderData['confirmDelete']> }) {
  const t = useT()
  return (
    <CasePage
      caseId={caseId}
      current="documents"
      title={t('documents.confirmDelete.title', { name: doc.name })}
    >
      <div className="two-thirds">
        <p className="body">{t('documents.confirmDelete.body')}</p>
        <Form method="post" action={casePath(caseId, 'documents')} className="button-group">
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="document" value={doc.id} />
          <input type="hidden" name="confirm" value="yes" />
          <Button variant="warning">
            {t('documents.confirmDelete.yes')}
            <span className="visually-hidden"> {doc.name}</span>
          </Button>
          <Link to={casePath(caseId, 'documents')} className="link">
            {t('documents.cancel')}
          </Link>
        </Form>
      </div>
    </CasePage>
  )
}

function Describe({
  caseId,
  doc,
  failure,
}: {
  caseId: string
  doc: NonNullable<LoaderData['describe']>
  failure: ReturnType<typeof failureView>
}) {
  const t = useT()
  const selected = parseRecordType(failure.value('type', doc.type))
  return (
    <CasePage
      caseId={caseId}
      current="documents"
      title={t('documents.describe.title', { name: doc.name })}
      failure={failure}
    >
      <div className="two-thirds">
        <Form method="post" action={`${casePath(caseId, 'documents')}?describe=${doc.id}`} noValidate>
          <input type="hidden" name="intent" value="describe" />
          <input type="hidden" name="document" value={doc.id} />
          <RecordTypeChoices
            legend={t('documents.type.legendOne', { name: doc.name })}
            selected={selected}
            error={failure.errorFor('type')}
          />
          <div className="button-group">
            <Button>{t('documents.describe.save')}</Button>
            <Link to={casePath(caseId, 'documents')} className="link">
              {t('documents.cancel')}
            </Link>
          </div>
        </Form>
      </div>
    </CasePage>
  )
}

export default function DocumentsPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = failureView(actionData ?? loaderData.failure, t)
  const caseId = loaderData.caseId
  if (loaderData.confirmDelete) return <ConfirmDelete caseId={caseId} doc={loaderData.confirmDelete} />
  if (loaderData.describe) return <Describe caseId={caseId} doc={loaderData.describe} failure={failed} />
  const base = casePath(caseId, 'documents')
  return (
    <CasePage caseId={caseId} current="documents" title={t('documents.title')} failure={failed}>
      <Notes note={loaderData.note} />
      <div className="two-thirds">
        <p className="body">{t('documents.lede')}</p>
        {/* One card per record rather than a table: a long file name wraps in its own card,
            and the actions stay in view on a 320 px screen. */}
        <h2 className="heading-m" id="records-heading">
          {t('documents.inCase')}
        </h2>
        {loaderData.documents.length === 0 ? (
          <p className="body">{t('documents.none')}</p>
        ) : (
          <ul className="record-list" data-testid="records" aria-labelledby="records-heading">
            {loaderData.documents.map((d) => (
              <li key={d.id} className="record">
                <h3 className="heading-s break-anywhere" dir="auto">
                  {d.meta.filename}
                </h3>
                <p className="body">{typeLabel(t, d.meta.type)}</p>
                <div className="hint">
                  <DocumentDetails document={d} />
                </div>
                <ul className="actions-list actions-list--inline">
                  <li>
                    <a href={`/cases/${caseId}/documents/${d.id}`} download>
                      {t('documents.download')}
                      <span className="visually-hidden"> {d.meta.filename}</span>
                    </a>
                  </li>
                  {d.meta.issued ? (
                    <li className="hint">{t(`documents.issued.${d.meta.issued}`)}</li>
                  ) : loaderData.editable ? (
                    <>
                      <li>
                        <Link to={`${base}?describe=${d.id}`}>
                          {t('documents.describe.link')}
                          <span className="visually-hidden"> {d.meta.filename}</span>
                        </Link>
                      </li>
                      <li>
                        <Link to={`${base}?delete=${d.id}`}>
                          {t('documents.delete')}
                          <span className="visually-hidden"> {d.meta.filename}</span>
                        </Link>
                      </li>
                    </>
                  ) : null}
                </ul>
              </li>
            ))}
          </ul>
        )}
        {loaderData.editable ? (
          <UploadForm caseId={caseId} limits={loaderData.limits} typeKept={loaderData.note.typeKept} />
        ) : null}
        <h2 className="heading-m">{t('documents.next.heading')}</h2>
        <div className="button-group">
          <ButtonLink to={casePath(caseId, loaderData.next)}>
            {t(`documents.next.${loaderData.next}`)}
          </ButtonLink>
          <Link to={casePath(caseId)} className="link">
            {t('documents.back')}
          </Link>
        </div>
      </div>
    </CasePage>
  )
}
