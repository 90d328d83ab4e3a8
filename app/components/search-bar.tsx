import type { ReactNode } from 'react'
import { Form } from 'react-router'
import { useT } from '#app/lib/i18n.ts'

/**
 * The provider search's words box and button, a plain GET form to /providers
 * (works without JavaScript). The search page keeps its other filters as
 * hidden fields (`children`); the home page offers it as the first step.
 */
export function SearchBar({ defaultValue, children }: { defaultValue?: string; children?: ReactNode }) {
  const t = useT()
  return (
    <Form method="get" action="/providers" className="search-bar" role="search">
      <div className="form-group">
        <label className="label" htmlFor="q">
          {t('search.q.label')}
        </label>
        <div className="hint" id="q-hint">
          {t('search.q.hint')}
        </div>
        <div className="search-bar__row">
          <input
            className="input"
            id="q"
            name="q"
            type="search"
            defaultValue={defaultValue}
            aria-describedby="q-hint"
            dir="auto"
          />
          <button type="submit" className="button button--primary">
            {t('search.submit')}
          </button>
        </div>
      </div>
      {children}
    </Form>
  )
}
