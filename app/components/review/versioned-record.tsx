import type { ReactNode } from 'react'
import { Form } from 'react-router'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { VersionMeta } from '#app/components/review/version-meta.tsx'
import { Button } from '#app/components/ui/button.tsx'
import type { FailureView } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'

type SavedVersion = { version: number; author: string; createdAt: string; note: string | null }
type Row = { key: string; value: ReactNode }

/**
 * A reviewed record kept in versions (a jurisdiction rule, an evidence record;
 * ADR 0058): the version in force, a form for the next one (the record's own
 * fields as children, then the reviewer's note) and every earlier version.
 */
export function VersionedRecordPage<V extends SavedVersion>({
  title,
  back,
  failed,
  saved,
  version,
  versions,
  rowsOf,
  editLede,
  children,
}: {
  title: string
  back: { to: string; label: string }
  failed: FailureView
  /** The version just saved, announced once the reviewer is back on the page. */
  saved: number | null
  /** The record's version now: the form saves the next one, and is refused if another reviewer did first. */
  version: number
  /** Newest first: the first is in force. */
  versions: readonly V[]
  rowsOf: (v: V) => Row[]
  editLede: string
  children: ReactNode
}) {
  const t = useT()
  const [inForce, ...earlier] = versions
  return (
    <div className="two-thirds">
      <PageHeader title={title} back={back} failure={failed} caption={back.label} />
      {saved !== null && !failed.failed ? (
        <NotificationBanner tone="success" title={t('rules.saved', { version: saved })} />
      ) : null}
      {inForce ? (
        <Section id="current" title={t('rules.current', { version: inForce.version })}>
          <VersionMeta author={inForce.author} createdAt={inForce.createdAt} note={inForce.note} />
          <SummaryList rows={rowsOf(inForce)} />
        </Section>
      ) : null}
      <Form method="post" noValidate>
        <h2 className="heading-m" id="form" tabIndex={-1}>
          {t('rules.edit')}
        </h2>
        <p className="body">{editLede}</p>
        <input type="hidden" name="version" value={version} />
        {children}
        <TextareaField
          name="note"
          label={t('rules.field.note')}
          hint={t('rules.field.noteHint')}
          defaultValue={failed.value('note', '')}
          error={failed.errorFor('note')}
          rows={3}
        />
        <Button>{t('rules.editSubmit', { version: version + 1 })}</Button>
      </Form>
      {earlier.length > 0 ? (
        <Section id="history" title={t('rules.history')}>
          {earlier.map((v) => (
            <article key={v.version} aria-labelledby={`v-${v.version}`}>
              <h3 className="heading-s" id={`v-${v.version}`}>
                {t('rules.versionHeading', { version: v.version })}
              </h3>
              <VersionMeta author={v.author} createdAt={v.createdAt} note={v.note} />
              <SummaryList rows={rowsOf(v)} />
            </article>
          ))}
        </Section>
      ) : null}
    </div>
  )
}

/** The two fields every reviewed record has: what it says in plain words, and the sources it rests on. */
export function SummaryAndSources({
  failed,
  current,
  sources,
}: {
  failed: FailureView
  current: { summary: string; sourceIds: readonly string[] }
  sources: readonly { id: string; title: string; publisher: string | null }[]
}) {
  const t = useT()
  return (
    <>
      <TextareaField
        name="summary"
        label={t('rules.field.summary')}
        hint={t('rules.field.summaryHint')}
        defaultValue={failed.value('summary', current.summary)}
        error={failed.errorFor('summary')}
      />
      <Choices
        type="checkbox"
        name="sourceIds"
        legend={t('rules.field.sourceIds')}
        hint={t('rules.field.sourceIdsHint')}
        options={sources.map((s) => ({ value: s.id, label: s.title, hint: s.publisher ?? undefined }))}
        selected={failed.values('sourceIds', current.sourceIds)}
        error={failed.errorFor('sourceIds')}
      />
    </>
  )
}
