import type { TagTone } from '#app/components/ui/tag.tsx'
import { TaskList } from './task-list.tsx'
import { examplesFrom, type ExampleData, type Text } from './pattern-example.ts'
import data from './task-list.examples.json' with { type: 'json' }

type Task = { id: string; label: Text; hint?: Text; href?: string; status: Text; tone: TagTone }

export const taskListExamples = examplesFrom(data as ExampleData<Task[]>[], (tasks, say) => (
  <TaskList
    items={tasks.map((task) => ({
      ...task,
      label: say(task.label),
      hint: say(task.hint),
      status: say(task.status),
    }))}
  />
))
