// Command-line options for the benchmarks: `--name value` pairs and bare
// `--flag`s, so `npm run bench:soak -- --seconds 20` reads naturally.
export type Args = Record<string, string>

export function parseArgs(argv: readonly string[] = process.argv.slice(2)): Args {
  const args: Args = {}
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (!a.startsWith('--')) continue
    const next = argv[i + 1]
    if (next === undefined || next.startsWith('--')) args[a.slice(2)] = 'true'
    else args[a.slice(2)] = argv[++i]!
  }
  return args
}

/** A positive number option, or the default; a typo stops the run rather than measuring the wrong thing. */
export function numberArg(args: Args, name: string, fallback: number): number {
  if (args[name] === undefined) return fallback
  const n = Number(args[name])
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`--${name} needs a positive number (got "${args[name]}")`)
    process.exit(2)
  }
  return n
}
