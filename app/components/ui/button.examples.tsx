import { examplesFrom, type ExampleData, type Text } from '#app/components/patterns/pattern-example.ts'
import { Button, ButtonLink } from './button.tsx'
import data from './button.examples.json' with { type: 'json' }

type Params = { label: Text; variant?: 'primary' | 'secondary' | 'warning'; disabled?: boolean; to?: string }

export const buttonExamples = examplesFrom(data as ExampleData<Params[]>[], (buttons, say) => (
  <div className="button-group">
    {buttons.map((b) =>
      b.to ? (
        <ButtonLink key={b.to} to={b.to} variant={b.variant}>
          {say(b.label)}
        </ButtonLink>
      ) : (
        <Button key={say(b.label)} type="button" variant={b.variant} disabled={b.disabled}>
          {say(b.label)}
        </Button>
      ),
    )}
  </div>
))
