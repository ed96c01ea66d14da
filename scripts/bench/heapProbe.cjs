// Loaded only into the soak's server (`NODE_OPTIONS=--require …/heapProbe.cjs`, HEAP_PROBE_DIR set),
// never into the app: it tells the soak how much memory the server really keeps. Resident memory
// moves with the garbage collector's schedule by ±20 % minute to minute, so on SIGUSR2 the probe runs
// a full collection and writes process.memoryUsage() to HEAP_PROBE_DIR/<pid>.json (written to a
// temporary name first, then renamed, so the soak never reads half a file). At load it writes
// <pid>.ready: only processes that carry the probe are signalled (SIGUSR2 ends any other Node process).
'use strict'
const { renameSync, writeFileSync } = require('node:fs')
const path = require('node:path')
const v8 = require('node:v8')
const vm = require('node:vm')

const dir = process.env.HEAP_PROBE_DIR
if (dir) {
  v8.setFlagsFromString('--expose-gc')
  const collect = vm.runInNewContext('gc')
  let sample = 0
  process.on('SIGUSR2', () => {
    collect()
    const file = path.join(dir, `${process.pid}.json`)
    writeFileSync(`${file}.tmp`, JSON.stringify({ sample: ++sample, at: Date.now(), ...process.memoryUsage() }))
    renameSync(`${file}.tmp`, file)
  })
  writeFileSync(path.join(dir, `${process.pid}.ready`), '')
}
