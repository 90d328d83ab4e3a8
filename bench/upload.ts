import { randomFillSync } from 'node:crypto'
import {
  closeSync,
  createReadStream,
  createWriteStream,
  fsyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import { open } from 'node:fs/promises'
import { type ClientRequest, request as httpRequest } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { ensureBuild } from '../scripts/ensure-build.ts'
import { HttpSession } from '../tests/e2e/support/http-session.ts'
import { rssMb, startAppProcess } from './lib/app-process.ts'
import { numberArg, parseArgs } from './lib/args.ts'
import { databaseVersion, machineFacts } from './lib/machine.ts'
import { printTargets, target, writeResult } from './lib/results.ts'
import { demoIds } from '../server/seed/demo-ids.ts'

// `npm run bench:upload`: a large record uploaded through the real HTTP
// endpoint (multipart, content checks, AES-256-GCM, fsync'd storage), against
// the ceiling of copying the same file on the same disk, in the same run.
// Targets (issue 4): upload throughput ≥ 50% of the copy; the server's memory
// growth under 100 MB whatever the size (shown at 100 MB and 1 GB).
const args = parseArgs()
const sizesMb = (args.sizes ?? '100,1024').split(',').map(Number)
// This disk's copy speed swings between runs (a 1 GB copy has measured from
// 196 to 950 MB/s on the machines used), so each size is copied and uploaded in turn this many
// times and the medians are compared; memory growth is the worst of them.
const rounds = Math.round(numberArg(args, 'rounds', 3))
// V8's memory reducer collects an idle heap after about eight seconds. Each
// upload starts from a server quiet this long, so start-up garbage still
// waiting to be collected never hides growth in the baseline.
const quietSeconds = args.quiet === '0' ? 0 : numberArg(args, 'quiet', 10)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const draftCase = demoIds.case.draft
const MB = 1024 * 1024

function makeFile(file: string, bytes: number) {
  // A PDF header, then incompressible bytes (nothing downstream can shortcut them), then its end.
  const out = openSync(file, 'w')
  const chunk = Buffer.alloc(4 * MB)
  let written = 0
  while (written < bytes) {
    randomFillSync(chunk)
    if (written === 0) chunk.write('%PDF-1.7\n', 0)
    const n = Math.min(chunk.length, bytes - written)
    // …and a PDF's ending, or the server refuses the file as incomplete.
    if (written + n === bytes) chunk.write('\nstartxref\n0\n%%EOF\n', n - 19, 'latin1')
    writeSync(out, chunk, 0, n)
    written += n
  }
  fsyncSync(out)
  closeSync(out)
}

/** Makes each round's file differ from the last (a case holds each file once, by its SHA-256). */
function stampRound(file: string, round: number) {
  const fd = openSync(file, 'r+')
  writeSync(fd, Buffer.from(`%round ${round}\n`), 0, undefined, 9)
  closeSync(fd)
}

async function copyOnce(from: string, to: string): Promise<number> {
  const started = performance.now()
  await pipeline(createReadStream(from, { highWaterMark: MB }), createWriteStream(to, { highWaterMark: MB }))
  const fd = openSync(to, 'r+')
  fsyncSync(fd)
  closeSync(fd)
  const seconds = (performance.now() - started) / 1000
  rmSync(to, { force: true })
  return seconds
}

async function sendFile(request: ClientRequest, head: Buffer, file: string, tail: Buffer) {
  const handle = await open(file, 'r')
  try {
    const spare = Array.from({ length: 4 }, () => Buffer.allocUnsafeSlow(MB))
    let waiting: ((b: Buffer<ArrayBuffer>) => void) | null = null
    const release = (b: Buffer<ArrayBuffer>) => {
      const w = waiting
      waiting = null
      if (w) w(b)
      else spare.push(b)
    }
    request.write(head)
    for (;;) {
      const buffer = spare.pop() ?? (await new Promise<Buffer<ArrayBuffer>>((r) => (waiting = r)))
      const { bytesRead } = await handle.read(buffer, 0, MB)
      if (bytesRead === 0) break
      request.write(buffer.subarray(0, bytesRead), () => release(buffer))
    }
  } finally {
    await handle.close()
  }
  request.end(tail)
}

// Shaped like Chromium's boundary: its length sets how far the multipart parser can skip.
const boundary = '----WebKitFormBoundary7MA4YWxkTrZu0gW'
async function uploadOnce(
  app: { url: string; pid: number },
  session: HttpSession,
  file: string,
  name: string,
) {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  await new Promise((r) => setTimeout(r, quietSeconds * 1000))
  const baseline = await rssMb(app.pid)
  let peak = baseline
  const sampler = setInterval(() => {
    rssMb(app.pid).then(
      (m) => (peak = Math.max(peak, m)),
      () => {},
    )
  }, 25)
  const started = performance.now()
  // Sent as a browser sends a form: with its length, straight from the file.
  // The client shares the server's two cores, so it reads into four reused
  // buffers: with a fresh one per chunk it took three times the CPU.
  const { status, location, note } = await new Promise<{ status: number; location: string; note: string }>(
    (resolve, reject) => {
      const request = httpRequest(
        new URL(`/patient/cases/${draftCase}/documents`, app.url),
        {
          method: 'POST',
          headers: {
            cookie: session.cookie(),
            origin: app.url,
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': String(head.length + statSync(file).size + tail.length),
          },
        },
        (response) => {
          response.resume()
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              location: String(response.headers.location ?? ''),
              note: (response.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; '),
            }),
          )
        },
      )
      request.on('error', reject)
      sendFile(request, head, file, tail).catch(reject)
    },
  )
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  // What was stored comes to the next page in a one-minute cookie.
  const page =
    status === 303
      ? await (
          await fetch(app.url + location, { headers: { cookie: `${session.cookie()}; ${note}` } })
        ).text()
      : ''
  if (!page.includes('1 file uploaded')) throw new Error(`upload was not stored: ${status}`)
  return { seconds, baseline, peak }
}

async function main() {
  const startLoad = machineFacts().loadAverage
  ensureBuild()
  const work = mkdtempSync(path.join(os.tmpdir(), 'waypoint-upload-bench-'))
  const dataDir = path.join(work, 'data')
  mkdirSync(dataDir)
  const rows: Record<string, number | string>[] = []
  const app = await startAppProcess({
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    NODE_ENV: 'development',
    // The benchmark's 1 GB file is over the 500 MB a patient may upload; the limit is a setting.
    UPLOAD_MAX_FILE_MB: String(Math.max(...sizesMb) + 10),
    UPLOAD_MAX_CASE_MB: String(sizesMb.reduce((a, b) => a + b, 0) * (rounds + 1) + 100),
  })
  try {
    const session = await new HttpSession(app.url).signIn(demoIds.email.patient)
    for (const mb of sizesMb) {
      const source = path.join(work, `record-${mb}mb.pdf`)
      makeFile(source, mb * MB)
      const bytes = statSync(source).size
      const copies: number[] = []
      const uploads: { seconds: number; baseline: number; peak: number }[] = []
      for (let round = 0; round < rounds; round++) {
        stampRound(source, round)
        copies.push(await copyOnce(source, path.join(dataDir, `copy-${mb}.bin`)))
        uploads.push(
          await uploadOnce(
            { url: app.url, pid: app.child.pid! },
            session,
            source,
            `record-${mb}mb-${round}.pdf`,
          ),
        )
      }
      const copySeconds = median(copies)
      const worst = uploads.reduce((w, u) => (u.peak - u.baseline > w.peak - w.baseline ? u : w))
      const up = { ...worst, seconds: median(uploads.map((u) => u.seconds)) }
      rmSync(source, { force: true })
      const copyMbps = bytes / MB / copySeconds
      const uploadMbps = bytes / MB / up.seconds
      rows.push({
        sizeMb: mb,
        rounds,
        copyMBps: Number(copyMbps.toFixed(1)),
        uploadMBps: Number(uploadMbps.toFixed(1)),
        ratio: Number((uploadMbps / copyMbps).toFixed(2)),
        serverRssStartMb: Number(up.baseline.toFixed(1)),
        serverRssPeakMb: Number(up.peak.toFixed(1)),
        serverGrowthMb: Number((up.peak - up.baseline).toFixed(1)),
      })
    }
  } finally {
    await app.stop()
    rmSync(work, { recursive: true, force: true })
  }
  console.log(
    `\nUpload benchmark (${os.cpus().length} cores, Node ${process.version}, embedded database, filesystem storage)`,
  )
  console.table(rows)
  // Issue 4 sets the throughput target on the 1 GB file (the largest size run)
  // and the memory target at every size. Smaller files are shown, not judged:
  // their copy ceiling is mostly the page cache.
  const judged = rows.reduce((a, b) => ((b.sizeMb as number) > (a.sizeMb as number) ? b : a))
  const ratio = judged.ratio as number
  const worstGrowth = Math.max(...rows.map((r) => r.serverGrowthMb as number))
  for (const r of rows) {
    console.log(
      `ceiling: copying the ${r.sizeMb} MB file on the same disk, ${r.copyMBps} MB/s; upload / copy = ${r.ratio}`,
    )
  }
  const targets = [
    target(`upload throughput / copy throughput (${judged.sizeMb} MB)`, ratio, '≥ 0.5', ratio >= 0.5),
    target('server memory growth, MB (highest)', worstGrowth, '< 100', worstGrowth < 100),
  ]
  printTargets(targets)
  writeResult({
    name: 'upload',
    database: await databaseVersion(null),
    startLoad,
    settings: { sizesMb, storage: 'filesystem' },
    rows,
    ceiling: {
      what: `plain file copy with fsync on the same disk (${judged.sizeMb} MB)`,
      value: judged.copyMBps as number,
      unit: 'MB/s',
    },
    ratio: { what: `upload throughput / copy throughput (${judged.sizeMb} MB)`, value: ratio },
    targets,
  })
}

await main()
