import { FieldError, FieldHint, describedBy } from './field-messages.tsx'
import { examplesFrom, type ExampleData, type Text } from './pattern-example.ts'
import data from './field-messages.examples.json' with { type: 'json' }

export const fieldMessagesExamples = examplesFrom(
  data as ExampleData<{ id: string; hint: Text; error: Text }>[],
  (p, say) => {
    const ids = describedBy(p.id, say(p.hint), say(p.error))
    return (
      <>
        <FieldHint id={ids.hintId}>{say(p.hint)}</FieldHint>
        <FieldError id={ids.errorId}>{say(p.error)}</FieldError>
      </>
    )
  },
)
