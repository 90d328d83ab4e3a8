import { NotificationBanner } from './notification-banner.tsx'
import { examplesFrom, type ExampleData, type Text } from './pattern-example.ts'
import data from './notification-banner.examples.json' with { type: 'json' }

type Params = { tone?: 'info' | 'success' | 'warning'; title: Text; body?: Text }

export const notificationBannerExamples = examplesFrom(data as ExampleData<Params>[], (p, say) => (
  <NotificationBanner tone={p.tone} title={say(p.title)}>
    {say(p.body)}
  </NotificationBanner>
))
