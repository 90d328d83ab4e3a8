import { Choices } from './choices.tsx'
import { Field } from './field.tsx'
import { fieldPropsOf, type ControlParams, type FieldParams } from './field.examples.tsx'
import { examplesFrom, type ExampleData, type Text } from './pattern-example.ts'
import data from './choices.examples.json' with { type: 'json' }

type Params = ControlParams & {
  type: 'radio' | 'checkbox'
  legend: Text
  legendIsHeading?: boolean
  options: {
    value: string
    label: Text
    hint?: Text
    divider?: boolean
    /** More under the option: a sentence, and a link. */
    extra?: { text: Text; link?: { href: string; text: Text } }
  }[]
  selected?: string[]
  /** A field shown inside the fieldset, after the options. */
  followUp?: FieldParams
}

export const choicesExamples = examplesFrom(data as ExampleData<Params>[], (p, say) => (
  <Choices
    type={p.type}
    name={p.name}
    legend={say(p.legend)}
    legendIsHeading={p.legendIsHeading}
    hint={say(p.hint)}
    error={say(p.error)}
    selected={p.selected ?? []}
    options={p.options.map((o) => ({
      ...o,
      label: say(o.label),
      hint: say(o.hint),
      extra: o.extra ? (
        <p className="body">
          {say(o.extra.text)} {o.extra.link ? <a href={o.extra.link.href}>{say(o.extra.link.text)}</a> : null}
        </p>
      ) : undefined,
    }))}
  >
    {p.followUp ? <Field {...fieldPropsOf(p.followUp, say)} /> : null}
  </Choices>
))
