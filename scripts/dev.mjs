// `npm run dev`: seed an empty database (first run on a fresh machine), then start Next in development.
import { spawn } from 'node:child_process'

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: process.env })
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`)),
    )
    child.on('error', reject)
  })
}

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname

try {
  await run(process.execPath, ['scripts/run.mjs', 'scripts/seed.ts', '--if-empty'])
} catch (error) {
  console.error(`Seeding failed: ${error.message}. The site starts anyway; run \`npm run seed\` to see why.`)
}
const next = spawn(bin('next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal))
next.on('exit', (code) => process.exit(code ?? 0))
