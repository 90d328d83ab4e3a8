import { existsSync, fsyncSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { NodeFS } from '@electric-sql/pglite/nodefs'
import type { postgresMod } from '@electric-sql/pglite'
import { fsyncTree } from './data-folder.ts'

// PGlite keeps its data in a folder through Emscripten's NODEFS. Out of the
// box nothing it writes reaches the disk before it answers (ADR 0029):
// PostgreSQL starts with `-F` (fsync off), NODEFS has no fsync operation (so
// fsync() from PostgreSQL succeeds without a system call), and its emulated
// fdatasync() does nothing at all. Its files also keep the modes of the
// initdb tarball (0666) whatever the process umask says.
//
// This file system gives NODEFS a real fsync. PostgreSQL then runs with
// fsync on and `wal_sync_method=fsync`, so its own commit path syncs the WAL
// up to the commit record before the statement returns, and its checkpoints
// sync data files before pg_control moves on, exactly as on a server. Every
// file and folder it creates or chmods loses group and other access.

type PostgresMod = postgresMod.PostgresMod
type FsNode = { mode: number }
type FsStream = { nfd: number; node: FsNode }
type SetAttr = { mode?: number }
/** The parts of Emscripten's NODEFS this file patches (not in PGlite's typings). */
type Nodefs = {
  realPath(node: FsNode): string
  tryFSOperation<T>(operation: () => T): T
  node_ops: {
    mknod(parent: FsNode, name: string, mode: number, dev: number): FsNode
    setattr(node: FsNode, attr: SetAttr): void
  }
  stream_ops: {
    fsync?: (stream: FsStream) => number
    setattr(stream: FsStream, attr: SetAttr): void
  }
}

/** Permission bits for group and others: never set on anything in the data folder. */
const NOT_OURS = 0o077

/** Called after each fsync that reached the disk, with the host path (tests observe the order). */
export type SyncObserver = (file: string) => void

/**
 * PGlite's start parameters with PostgreSQL's durability on: no `-F`, WAL
 * flushed with fsync (the one sync call NODEFS can pass on), commits
 * synchronous, full pages after each checkpoint (a torn page can be rebuilt).
 */
export const durableStartParams: readonly string[] = [
  ...PGlite.defaultStartParams.filter((p) => p !== '-F'),
  ...['-c', 'fsync=on', '-c', 'wal_sync_method=fsync', '-c', 'synchronous_commit=on'],
  ...['-c', 'full_page_writes=on'],
]

/** The settings `openPglite` checks after start, so a PGlite upgrade cannot turn durability off unseen. */
export const durableSettings = {
  fsync: 'on',
  wal_sync_method: 'fsync',
  synchronous_commit: 'on',
  full_page_writes: 'on',
} as const

export class DurableNodeFS extends NodeFS {
  /** True once NODEFS has been given its fsync, before PostgreSQL starts. */
  patched = false
  /** When the last sync returned (ms since the epoch): opening shows it is moving. */
  lastProgress = Date.now()
  private readonly onSync: SyncObserver | undefined
  /** A new folder: initdb's files are copied in without a sync, and synced once before PostgreSQL starts. */
  private unsyncedCopy: boolean

  constructor(dataDir: string, options: { onSync?: SyncObserver } = {}) {
    super(dataDir)
    this.onSync = options.onSync
    this.unsyncedCopy = !existsSync(path.join(this.rootDir, 'PG_VERSION'))
  }

  /**
   * PGlite calls this after every statement (NodeFS leaves it empty) and,
   * first of all, right after it copies a new database in from initdb.
   */
  override async syncToFs() {
    if (!this.unsyncedCopy) return
    this.unsyncedCopy = false
    fsyncTree(this.rootDir)
    this.lastProgress = Date.now()
  }

  override async init(pg: PGlite, opts: Partial<PostgresMod>) {
    const { emscriptenOpts } = await super.init(pg, opts)
    return {
      emscriptenOpts: {
        ...emscriptenOpts,
        // After NodeFS's own step, which mounts the folder; before initdb's
        // files are copied in and before PostgreSQL starts.
        preRun: [
          ...(emscriptenOpts.preRun ?? []),
          (mod: PostgresMod) => this.patch(mod.NODEFS as unknown as Nodefs),
        ],
      },
    }
  }

  private patch(nodefs: Nodefs) {
    const { node_ops, stream_ops } = nodefs
    const onSync = this.onSync
    // Errors become errno values PostgreSQL sees (a failed WAL fsync is a PANIC there, as it should be).
    stream_ops.fsync = (stream) => {
      nodefs.tryFSOperation(() => fsyncSync(stream.nfd))
      this.lastProgress = Date.now()
      onSync?.(nodefs.realPath(stream.node))
      return 0
    }
    // A umask would not do: the initdb copy chmods each file to its tarball mode.
    const mknod = node_ops.mknod
    node_ops.mknod = (parent, name, mode, dev) => mknod(parent, name, mode & ~NOT_OURS, dev)
    const privateAttr = (attr: SetAttr): SetAttr =>
      attr.mode === undefined ? attr : { ...attr, mode: attr.mode & ~NOT_OURS }
    const setattr = node_ops.setattr
    node_ops.setattr = (node, attr) => setattr(node, privateAttr(attr))
    const streamSetattr = stream_ops.setattr
    stream_ops.setattr = (stream, attr) => streamSetattr(stream, privateAttr(attr))
    this.patched = true
  }
}
