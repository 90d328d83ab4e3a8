import { PostButton } from './post-button.tsx'
import { examplesFrom, type ExampleData, type Text } from './pattern-example.ts'
import data from './post-button.examples.json' with { type: 'json' }

type Params = {
  fields: Record<string, string>
  label: Text
  context?: Text
  variant?: 'secondary' | 'warning'
}

export const postButtonExamples = examplesFrom(data as ExampleData<Params[]>[], (buttons, say) => (
  <div className="button-group">
    {buttons.map((b) => (
      <PostButton key={say(b.label)} {...b} label={say(b.label)} context={say(b.context)} />
    ))}
  </div>
))
