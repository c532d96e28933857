import { type ParsedMail, simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"
import { freePort } from "./medusa-app"

export type ReceivedMail = { mailFrom: string; rcptTo: string[]; user: string | undefined; mail: ParsedMail }

type SinkOptions = {
  /** The app's sender (SMTP_FROM). */
  from?: string
  /** Logins the server accepts, put in SMTP_URL; without them it takes mail from anyone. */
  credentials?: { username: string; password: string }
  /** A recipient the server refuses, as a mail server that does not know a mailbox would: the reply, or null. */
  refuse?: (address: string) => string | null
}

/**
 * A real SMTP server in the test process, and SMTP_URL / SMTP_FROM pointing
 * the app at it. Call at the top of a spec, before medusaIntegrationTestRunner:
 * its beforeAll runs first, and medusa-config.ts reads the variables at boot.
 * Plain SMTP on localhost: no STARTTLS certificate to trust, so a password
 * is allowed in clear.
 */
export function startSmtpSink({
  from = "Relances O2C <relances@o2c.example>",
  credentials,
  refuse,
}: SinkOptions = {}) {
  const inbox: ReceivedMail[] = []
  const sink = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 1_000,
    onAuth(auth, _session, callback) {
      if (credentials && auth.username === credentials.username && auth.password === credentials.password) {
        return callback(null, { user: auth.username })
      }
      callback(Object.assign(new Error("5.7.8 Authentication credentials invalid"), { responseCode: 535 }))
    },
    onRcptTo(address, _session, callback) {
      const refusal = refuse?.(address.address)
      if (refusal) return callback(Object.assign(new Error(refusal), { responseCode: 550 }))
      callback()
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          inbox.push({
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            rcptTo: session.envelope.rcptTo.map((r) => r.address),
            user: session.user as string | undefined,
            mail,
          })
          callback()
        },
        (error) => callback(error)
      )
    },
  })
  beforeAll(async () => {
    const port = await freePort()
    await new Promise<void>((resolve, reject) => {
      sink.once("error", reject)
      sink.listen(port, "127.0.0.1", () => resolve())
    })
    const login = credentials ? `${credentials.username}:${credentials.password}@` : ""
    process.env.SMTP_URL = `smtp://${login}127.0.0.1:${port}`
    process.env.SMTP_FROM = from
  })
  afterAll(() => new Promise<void>((resolve) => sink.close(() => resolve())))
  return {
    inbox,
    /** What `address` received, oldest first. */
    mailbox: (address: string) => inbox.filter((r) => r.rcptTo.includes(address)),
  }
}
