import {
  Form,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from 'react-router'
import type { ShouldRevalidateFunctionArgs } from 'react-router'
import { useCallback, useContext, useRef } from 'react'
import { homeAreaOf, type Role } from '#domain/accounts/roles.ts'
import { localeInfo, locales, type Locale } from '#domain/i18n/locales.ts'
import { localeOf, runtime, viewerOf } from '#app/request.server.ts'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useFocusOnNavigation } from '#app/lib/focus-on-navigation.ts'
import { useResetFormsAfterPost } from '#app/lib/reset-forms-after-post.ts'
import { loadMessagesModule, useT } from '#app/lib/i18n.ts'
import { messagesModule } from '#app/lib/messages-module.server.ts'
import { InlineStylesContext, inlineStylesId } from '#app/lib/inline-styles.ts'
import { NonceContext } from '#app/lib/nonce.ts'
import type { Route } from './+types/root'

export const links: Route.LinksFunction = () => [{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }]

export async function loader({ request }: Route.LoaderArgs) {
  const locale = localeOf(request)
  const viewer = await viewerOf(request)
  const rt = await runtime()
  return {
    locale,
    // The pattern library (outside production) shows every pattern's words, the case pages' too.
    messagesUrl: messagesModule(locale, viewer || wantsWholeCatalogue(request) ? 'member' : 'visitor').url,
    showMailbox: rt.config.NODE_ENV !== 'production',
    viewer: viewer ? { name: viewer.name, role: viewer.role, area: homeAreaOf(viewer.role) } : null,
  }
}

type RootData = Awaited<ReturnType<typeof loader>>

// Pages anyone may open that show more than the visitor's words: development tools, and the home
// doctor's summary (ADR 0066), which shows the treatment course in its own words.
const wantsWholeCatalogue = (request: Request) => /^\/(dev|home-doctor)\//.test(new URL(request.url).pathname)

// Signing in or out changes which catalogue module the page needs (a visitor's
// holds only the visitor's words): have it before the next page renders.
export async function clientLoader({ serverLoader }: Route.ClientLoaderArgs) {
  const data = await serverLoader()
  await loadMessagesModule(data.messagesUrl)
  return data
}

// Who is signed in changes only with a form submission (sign-in, sign-out):
// do not ask again on every link followed.
export function shouldRevalidate({ formMethod, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (formMethod && formMethod.toUpperCase() !== 'GET') return defaultShouldRevalidate
  return false
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData('root') as RootData | undefined
  const locale: Locale = data?.locale ?? 'en'
  const nonce = useContext(NonceContext)
  const styles = useContext(InlineStylesContext)
  return (
    <html lang={locale} dir={localeInfo[locale].dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <Meta />
        {/* Inlined, not linked: a stylesheet request held back the first paint on a slow
            mobile connection (bench/lighthouse.ts). The CSP allows it by hash (entry.server.tsx). */}
        <style id={inlineStylesId} dangerouslySetInnerHTML={{ __html: styles }} />
        <Links />
        {data ? (
          // entry.client imports the viewer's catalogue before hydrating; fetch it early.
          <link
            rel="modulepreload"
            href={data.messagesUrl}
            data-messages=""
            nonce={nonce}
            suppressHydrationWarning
          />
        ) : null}
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

function LanguageSwitch({ current }: { current: Locale }) {
  const t = useT()
  const location = useLocation()
  return (
    <Form
      method="post"
      action="/language"
      // A new language is a new page load: the browser then fetches that language's catalogue.
      reloadDocument
      className="language-switch"
      aria-label={t('layout.language.label')}
    >
      <input type="hidden" name="returnTo" value={location.pathname + location.search} />
      <ul className="language-switch__list">
        {locales.map((l) => (
          <li key={l}>
            <button
              type="submit"
              name="locale"
              value={l}
              lang={l}
              className="language-switch__button"
              aria-current={l === current ? 'true' : undefined}
            >
              {localeInfo[l].nativeName}
            </button>
          </li>
        ))}
      </ul>
    </Form>
  )
}

function Header({
  data,
  menuRef,
}: {
  data: RootData | undefined
  menuRef: React.RefObject<HTMLDetailsElement | null>
}) {
  const locale = data?.locale ?? 'en'
  const t = useT()
  const viewer = data?.viewer
  return (
    <header
      className="site-header"
      // Escape folds the open menu back (from its toggle or any link it shows) and returns focus to the toggle, as a menu button does.
      onKeyDown={(event) => {
        const menu = menuRef.current
        if (event.key !== 'Escape' || !menu?.open) return
        menu.open = false
        menu.querySelector('summary')?.focus()
      }}
    >
      <div className="width-container site-header__inner">
        <Link to="/" className="site-header__brand">
          <span className="site-header__logo" aria-hidden="true">
            ◆
          </span>
          {t('app.name')}
        </Link>
        {/* On a small screen the navigation folds behind this toggle (app.css,
            .site-header__menu); it works without JavaScript, and folded or not
            everything stays in the page's order for keyboards and screen readers. */}
        <details className="site-menu" ref={menuRef}>
          <summary className="site-menu__toggle">{t('layout.menu')}</summary>
        </details>
        <nav aria-label={t('layout.nav.label')} className="site-nav site-header__menu">
          <ul className="site-nav__list">
            {viewer ? (
              <>
                <li>
                  <Link to={`/${viewer.area}`}>{t('layout.nav.area')}</Link>
                </li>
                <li>
                  <Link to="/account">{t('layout.nav.account')}</Link>
                </li>
                <li>
                  <Form method="post" action="/sign-out">
                    <button type="submit" className="site-nav__button">
                      {t('layout.nav.signOut')}
                    </button>
                  </Form>
                </li>
              </>
            ) : (
              <>
                <li>
                  <Link to="/sign-in">{t('layout.nav.signIn')}</Link>
                </li>
                <li>
                  <Link to="/sign-up">{t('layout.nav.signUp')}</Link>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div className="site-header__menu">
          <LanguageSwitch current={locale} />
        </div>
      </div>
      <nav aria-label={t('layout.nav.sections')} className="width-container section-nav site-header__menu">
        <ul className="site-nav__list">
          <li>
            <Link to="/providers">{t('nav.findProviders')}</Link>
          </li>
          <li>
            <Link to="/conditions/als">{t('nav.als')}</Link>
          </li>
          <li>
            <Link to="/guides/stem-cells-for-als">{t('nav.stemCellGuide')}</Link>
          </li>
          <li>
            <Link to="/cost-estimator">{t('estimator.title')}</Link>
          </li>
        </ul>
      </nav>
      {viewer ? (
        <div className="width-container site-header__who site-header__menu">
          {t('layout.signedInAs', { name: viewer.name })} · {t(`role.${viewer.role as Role}`)}
        </div>
      ) : null}
    </header>
  )
}

function Footer({ data }: { data: RootData | undefined }) {
  const t = useT()
  return (
    <footer className="site-footer">
      <div className="width-container">
        <h2 className="visually-hidden">{t('layout.footer.label')}</h2>
        <p>{t('layout.footer.about')}</p>
        <p>{t('layout.footer.demo')}</p>
        <p>
          <Link to="/how-we-work" className="link-target">
            {t('layout.footer.howWeWork')}
          </Link>
        </p>
        {data?.showMailbox ? (
          <p>
            <Link to="/dev/mailbox" className="link-target">
              {t('layout.footer.mailbox')}
            </Link>
          </p>
        ) : null}
      </div>
    </footer>
  )
}

function Shell({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData('root') as RootData | undefined
  const t = useT()
  const menuRef = useRef<HTMLDetailsElement>(null)
  // A link followed from the small-screen menu: fold it again on the new page.
  const closeMenu = useCallback(() => menuRef.current?.removeAttribute('open'), [])
  useFocusOnNavigation('main-content', closeMenu)
  useResetFormsAfterPost('main-content')
  return (
    <>
      <a href="#main-content" className="skip-link">
        {t('layout.skip')}
      </a>
      <Header data={data} menuRef={menuRef} />
      <div className="width-container">
        <main className="main" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer data={data} />
    </>
  )
}

export default function App() {
  // A new address is a new page, as it is without JavaScript: its forms start
  // from what the server rendered. Kept mounted, one question's form went on to
  // the next (the same route module), and React left the option ticked and the
  // date typed there in place, where a press of "Save" stored them unasked.
  const { pathname } = useLocation()
  return (
    <Shell>
      <Outlet key={pathname} />
    </Shell>
  )
}

type RefusedText = { lang: string; dir: 'ltr' | 'rtl'; title: string; body: string; home: string }

/** The words of a refused request, translated on the server (app/forms/action.server.ts readForm). */
function refusedTextOf(error: unknown): RefusedText | null {
  if (!isRouteErrorResponse(error)) return null
  const refused = (error.data as { refused?: RefusedText } | null)?.refused
  return refused && typeof refused.title === 'string' ? refused : null
}

export function ErrorBoundary() {
  const error = useRouteError()
  const t = useT()
  const refused = refusedTextOf(error)
  const notFound = isRouteErrorResponse(error) && (error.status === 404 || error.status === 405)
  if (!refused && !notFound && !isRouteErrorResponse(error)) {
    console.error('unhandled route error', error instanceof Error ? error.message : String(error))
  }
  // A form refused at the edge (405, 403, 415, 400): say what happened, in the
  // visitor's language. The root loader did not run for it, so the words come
  // with the error, and the block carries its own language and direction.
  if (refused) {
    return (
      <Shell>
        <div lang={refused.lang} dir={refused.dir}>
          <PageTitle title={refused.title} />
          <h1 className="heading-xl">{refused.title}</h1>
          <p className="body">{refused.body}</p>
          <p className="body">
            <Link to="/">{refused.home}</Link>
          </p>
        </div>
      </Shell>
    )
  }
  return (
    <Shell>
      {notFound ? (
        <>
          <PageTitle title={t('notFound.title')} />
          <h1 className="heading-xl">{t('notFound.title')}</h1>
          <p className="body">{t('notFound.body')}</p>
          <p className="body">
            <Link to="/">{t('notFound.home')}</Link>
          </p>
        </>
      ) : (
        <>
          <PageTitle title={t('serverError.title')} />
          <h1 className="heading-xl">{t('serverError.title')}</h1>
          <p className="body">{t('serverError.body')}</p>
        </>
      )}
    </Shell>
  )
}
