import { AccountForm, AccountPage, CodeField } from '#app/components/account-form.tsx'
import { secondStepSchema } from '#app/forms/account-forms.ts'
import { parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { redirectWithCookies, runtime, safeNext } from '#app/request.server.ts'
import { verifyTwoFactorCode } from '#server/use-cases/accounts/two-factor.ts'
import type { Route } from './+types/sign-in-two-factor'

export function loader({ request }: Route.LoaderArgs) {
  return { next: safeNext(new URL(request.url).searchParams.get('next'), '') }
}

export async function action({ request }: Route.ActionArgs) {
  const form = await readForm(request)
  const parsed = parseForm(form, secondStepSchema)
  if (!parsed.ok) return parsed.response
  const result = await verifyTwoFactorCode(await runtime(), parsed.value.code, request)
  if (!result.ok) return refuse(result.error, parsed.fields)
  return redirectWithCookies(safeNext(parsed.value.next), result.value.setCookies)
}

export default function SignInTwoFactor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData, ['code'])
  return (
    <AccountPage title={t('twoFactor.verify.title')} failed={failed} lede={t('twoFactor.verify.lede')}>
      <AccountForm
        submit={t('twoFactor.verify.submit')}
        hidden={{ next: failed.value('next') ?? loaderData.next }}
      >
        <CodeField failed={failed} orBackup />
      </AccountForm>
    </AccountPage>
  )
}
