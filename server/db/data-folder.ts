import { chmodSync, closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync } from 'node:fs'
import path from 'node:path'

// The data folder holds health data: only the account that runs Waypoint may
// read it (folders 0700, files 0600), and what must survive a crash is synced.

const NOT_OURS = 0o077

/** Creates `dir` (and missing parents) as 0700, and takes group and other access off it if it exists. */
export function ensurePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  tighten(dir)
}

function tighten(file: string): void {
  const { mode } = lstatSync(file)
  if (mode & NOT_OURS) chmodSync(file, mode & 0o7777 & ~NOT_OURS)
}

function walk(dir: string, visit: (file: string, isFolder: boolean) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(file, visit)
    else if (entry.isFile()) visit(file, false)
  }
  visit(dir, true)
}

/**
 * Takes group and other access off every folder and file under `dir`
 * (folders written before ADR 0029 held 0666 files).
 */
export function privateTree(dir: string): void {
  walk(dir, (file) => tighten(file))
}

/** fsyncs every file under `dir`, then each folder after its entries, then the folder that names `dir`. */
export function fsyncTree(dir: string): void {
  const sync = (file: string) => {
    const fd = openSync(file, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  }
  walk(dir, sync)
  sync(path.dirname(dir))
}
