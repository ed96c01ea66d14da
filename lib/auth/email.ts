/**
 * How Payload sends e-mail (password resets): over SMTP when SMTP_HOST is set
 * (`@payloadcms/email-nodemailer`); otherwise nothing leaves the machine — in development each
 * message is written to the log, and with EMAIL_CAPTURE_DIR each is also saved there as a JSON file
 * (the browser suite reads the reset link from it). A production server without SMTP warns once per message.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

const sender = (env: NodeJS.ProcessEnv) => ({
  defaultFromAddress: env.EMAIL_FROM?.trim() || 'no-reply@passerelle.test',
  defaultFromName: env.EMAIL_FROM_NAME?.trim() || 'Passerelle',
})

function smtpAdapter(env: NodeJS.ProcessEnv, host: string): Promise<EmailAdapter> {
  const port = Number(env.SMTP_PORT || 587)
  const user = env.SMTP_USER?.trim()
  return nodemailerAdapter({
    ...sender(env),
    // No connection test at start: a mail server that is down must not keep the site from starting.
    skipVerify: true,
    transportOptions: {
      host,
      port,
      // 465 is SMTP over TLS; other ports upgrade with STARTTLS when the server offers it.
      secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
      auth: user ? { user, pass: env.SMTP_PASSWORD ?? '' } : undefined,
    },
  })
}

function localAdapter(env: NodeJS.ProcessEnv): EmailAdapter {
  const captureDir = env.EMAIL_CAPTURE_DIR?.trim()
  const production = env.NODE_ENV === 'production'
  return ({ payload }) => ({
    name: 'passerelle-local',
    ...sender(env),
    sendEmail: async (message) => {
      const to = String(message.to)
      if (captureDir) {
        mkdirSync(captureDir, { recursive: true })
        const file = path.join(captureDir, `${Date.now()}-${Math.random().toString(36).slice(2)}.json`)
        writeFileSync(file, JSON.stringify({ to, subject: message.subject, html: message.html, text: message.text }))
      }
      // Reset links are secrets: printed in development only.
      if (production) payload.logger.warn(`E-mail to ${to} not sent: SMTP_HOST is not set.`)
      else
        payload.logger.info(
          `E-mail to ${to} (not sent, SMTP_HOST is not set): ${String(message.subject)}\n${String(message.html ?? message.text ?? '')}`,
        )
    },
  })
}

export function emailAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter | Promise<EmailAdapter> {
  const host = env.SMTP_HOST?.trim()
  return host ? smtpAdapter(env, host) : localAdapter(env)
}
