import { type ParsedMail, simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"
import { freePort } from "./medusa-app"

export type ReceivedMail = { rcptTo: string[]; mail: ParsedMail }

/**
 * A real SMTP server in the test process, and SMTP_URL / SMTP_FROM pointing
 * the app at it. Call at the top of a spec, before medusaIntegrationTestRunner:
 * its beforeAll runs first, and medusa-config.ts reads the variables at boot.
 */
export function startSmtpSink(from = "Relances O2C <relances@o2c.example>") {
  const inbox: ReceivedMail[] = []
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          inbox.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), mail })
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
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
    process.env.SMTP_FROM = from
  })
  afterAll(() => new Promise<void>((resolve) => sink.close(() => resolve())))
  return {
    inbox,
    /** What `address` received, oldest first. */
    mailbox: (address: string) => inbox.filter((r) => r.rcptTo.includes(address)),
  }
}
