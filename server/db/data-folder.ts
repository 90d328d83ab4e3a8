import { closeSync, fsyncSync, openSync, readdirSync } from 'node:fs'
import path from 'node:path'

// The data folder holds health data: what must survive a crash is synced.

function walk(dir: string, visit: (file: string, isFolder: boolean) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(file, visit)
    else if (entry.isFile()) visit(file, false)
  }
  visit(dir, true)
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
