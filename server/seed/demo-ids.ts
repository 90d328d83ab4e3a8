// Demo ids in one place (they live in content/demo/*.json). Tests, benchmarks
// and the access matrix import them from here instead of copying them.
export { demoIds } from '../content/demo-content.ts'
