import { Link } from 'react-router'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { PasskeyManager } from '#app/components/passkey-manager.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useT } from '#app/lib/i18n.ts'
import { localeOf, requireUser, runtime, safeNext } from '#app/request.server.ts'
import { homeAreaOf, isStaff } from '#domain/accounts/roles.ts'
import { isLocale, localeInfo } from '#domain/i18n/locales.ts'
import { zoneName } from '#domain/intake/time-zones.ts'
import { asksDigestTimeZone, mayRename } from '#domain/accounts/account-settings.ts'
import { readAccountSettings } from '#server/use-cases/accounts/account-settings.ts'
import { countPasskeys } from '#server/use-cases/accounts/passkeys.ts'
import type { Route } from './+types/account'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request)
  const rt = await runtime()
  // Only a coordinator has a digest time zone to name: nobody else pays the query.
  const [passkeys, settings] = await Promise.all([
    countPasskeys(rt, user.id),
    asksDigestTimeZone(user.role) ? readAccountSettings(rt, user) : null,
  ])
  const url = new URL(request.url)
  return {
    user: {
      name: user.name,
      email: user.email,
      role: user.role,
      locale: user.locale,
      twoFactorEnabled: user.twoFactorEnabled,
      // Named on the server, in the page's language (the browser's ICU may name it otherwise).
      digestTimeZone: settings?.digestTimeZone
        ? zoneName(localeOf(request), settings.digestTimeZone, new Date())
        : null,
    },
    staff: isStaff(user.role),
    mayRename: mayRename(user.role),
    area: homeAreaOf(user.role),
    passkeys,
    verified: url.searchParams.has('verified'),
    saved: url.searchParams.has('saved'),
    passwordChanged: url.searchParams.has('password-changed'),
    twoStepOff: url.searchParams.get('two-step') === 'off',
    next: safeNext(url.searchParams.get('next'), ''),
  }
}

export default function Account({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { user } = loaderData
  const change = (what: string) => ({ href: '/account/settings', label: t('account.change'), context: what })
  return (
    <>
      <PageTitle title={t('account.title')} />
      {loaderData.verified ? (
        <NotificationBanner tone="success" title={t('signIn.verified')}>
          {loaderData.next ? (
            <p className="body">
              <Link to={loaderData.next}>{t('signIn.verified.continue')}</Link>
            </p>
          ) : null}
        </NotificationBanner>
      ) : null}
      {loaderData.saved ? <NotificationBanner tone="success" title={t('account.settings.saved')} /> : null}
      {loaderData.twoStepOff ? <NotificationBanner title={t('twoFactor.manage.off')} /> : null}
      {loaderData.passwordChanged ? (
        <NotificationBanner tone="success" title={t('account.password.changed')}>
          <p className="body">{t('account.password.changedBody')}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="heading-xl">{t('account.title')}</h1>
      <h2 className="heading-m">{t('account.details')}</h2>
      <SummaryList
        rows={[
          {
            key: t('account.name'),
            value: <bdi>{user.name}</bdi>,
            action: loaderData.mayRename ? change(t('account.name')) : undefined,
          },
          { key: t('account.email'), value: <bdi>{user.email}</bdi> },
          {
            key: t('account.password'),
            value: '••••••••',
            action: { href: '/account/password', label: t('account.change'), context: t('account.password') },
          },
          { key: t('account.role'), value: t(`role.${user.role}`) },
          {
            key: t('account.language'),
            value: isLocale(user.locale) ? (
              <span lang={user.locale} dir={localeInfo[user.locale].dir}>
                {localeInfo[user.locale].nativeName}
              </span>
            ) : (
              user.locale
            ),
            action: change(t('account.language')),
          },
          ...(user.digestTimeZone
            ? [
                {
                  key: t('account.digestTimeZone'),
                  value: user.digestTimeZone,
                  action: change(t('account.digestTimeZone')),
                },
              ]
            : []),
          {
            key: t('account.twoFactor'),
            value: user.twoFactorEnabled ? (
              <Tag tone="green">{t('account.twoFactor.on')}</Tag>
            ) : (
              <Tag tone="grey">{t('account.twoFactor.off')}</Tag>
            ),
            action: user.twoFactorEnabled
              ? {
                  href: '/account/two-factor',
                  label: t(loaderData.staff ? 'account.twoFactor.codes' : 'account.twoFactor.manage'),
                  context: '',
                }
              : { href: '/account/two-factor', label: t('account.twoFactor.setUp'), context: '' },
          },
        ]}
      />
      <p className="body">
        <Link to={`/${loaderData.area}`}>{t('layout.nav.area')}</Link>
      </p>
      <section aria-labelledby="passkeys" className="section">
        <h2 className="heading-m" id="passkeys">
          {t('account.passkeys.title')}
        </h2>
        <p className="body">{t('account.passkeys.lede')}</p>
        <p className="body" data-testid="passkey-count">
          {loaderData.passkeys === 0
            ? t('account.passkeys.none')
            : t('account.passkeys.count', { count: loaderData.passkeys })}
        </p>
        <PasskeyManager />
      </section>
      {loaderData.staff ? null : (
        <section aria-labelledby="your-data" className="section">
          <h2 className="heading-m" id="your-data">
            {t('account.data')}
          </h2>
          <p className="body">{t('account.data.body')}</p>
          <p className="body">
            <Link to="/account/erase">{t('erase.title')}</Link>
          </p>
        </section>
      )}
    </>
  )
}
