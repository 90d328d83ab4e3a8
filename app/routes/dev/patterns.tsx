import { patternLibrary } from '#app/components/pattern-library.ts'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { TitleShownInPage } from '#app/components/patterns/page-title.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireNonProduction } from '#app/request.server.ts'

// Every named example of every pattern, one after another, in the viewer's
// language (docs/patterns/README.md): a place to see a pattern before using
// it, and the page tests/e2e/patterns.e2e.ts checks with axe in English and
// Arabic. Outside production only, like the mailbox.
export async function loader() {
  await requireNonProduction()
  return null
}

/** The heading id of an example: its module and name, as letters, digits and dashes. */
function exampleId(pattern: string, name: string) {
  return `example-${pattern}-${name}`.toLowerCase().replace(/[^a-z0-9]+/g, '-')
}

export default function Patterns() {
  const t = useT()
  // Names and descriptions are for the people who build pages, in English like
  // the code: marked as such on a page in another language.
  const english = useLocale() === 'en' ? {} : { lang: 'en', dir: 'ltr' as const }
  return (
    <>
      <PageHeader title={t('patterns.title')} lede={t('patterns.lede')} />
      {Object.entries(patternLibrary).flatMap(([pattern, examples]) =>
        examples.map((example) => {
          const id = exampleId(pattern, example.name)
          return (
            <section
              className="pattern-example"
              key={id}
              aria-labelledby={id}
              data-example={`${pattern}/${example.name}`}
            >
              <h2 className="heading-m" id={id} {...english}>
                <span className="caption">{pattern}</span> {example.name}
              </h2>
              <p className="hint" {...english}>
                {example.description}
              </p>
              <TitleShownInPage value={true}>{example.render(t)}</TitleShownInPage>
            </section>
          )
        }),
      )}
    </>
  )
}
