import { prepareTemplateDataDir, removeTemplateDataDir } from './test-runtime.ts'

// Create and migrate the embedded database once; each integration file starts from a copy.
export default async function setup() {
  await prepareTemplateDataDir()
  return removeTemplateDataDir
}
