import { examplesFrom, type ExampleData, type Text } from '#app/components/patterns/pattern-example.ts'
import { Tag, type TagTone } from './tag.tsx'
import data from './tag.examples.json' with { type: 'json' }

export const tagExamples = examplesFrom(
  data as ExampleData<{ tone: TagTone; label: Text }[]>[],
  (tags, say) => (
    <p className="body">
      {tags.map((tag) => (
        <span key={tag.tone}>
          <Tag tone={tag.tone}>{say(tag.label)}</Tag>{' '}
        </span>
      ))}
    </p>
  ),
)
