import { Form, redirect } from 'react-router'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useT } from '#app/lib/i18n.ts'
import { redirectWithCookies, runtime, viewerOf } from '#app/request.server.ts'
import { signOut } from '#server/use-cases/accounts/sign-out.ts'
import type { Route } from './+types/sign-out'

export async function loader({ request }: Route.LoaderArgs) {
  if (!(await viewerOf(request))) throw redirect('/sign-in')
  return null
}

export async function action({ request }: Route.ActionArgs) {
  const cookies = await signOut(await runtime(), request)
  return redirectWithCookies('/sign-in?signed-out=1', cookies)
}

export default function SignOut() {
  const t = useT()
  return (
    <div className="two-thirds">
      <PageTitle title={t('signOut.title')} />
      <h1 className="heading-xl">{t('signOut.title')}</h1>
      <p className="body">{t('signOut.lede')}</p>
      <Form method="post">
        <Button>{t('signOut.submit')}</Button>
      </Form>
    </div>
  )
}
