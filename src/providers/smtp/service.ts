import type {
  Attachment,
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer from "nodemailer"
import { formatMoney } from "../../lib/money"

export type SmtpProviderOptions = {
  /** smtp://user:password@host:587 (STARTTLS when the server offers it) or smtps://...:465 (TLS from the start). */
  url: string
  /** The sender, a bare address or "Name <address>". */
  from: string
  replyTo?: string
}

const EXAMPLE_URL = "smtp://user:password@smtp.example.com:587"
const EXAMPLE_FROM = '"Billing <billing@example.com>"'

// Loose on purpose: the SMTP server is the judge of an address; this only
// catches a from that is not an address at all (a name alone, a typo'd
// variable), which the server would refuse on every send.
const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+$/

/** The address in "Name <address>" or a bare address. */
function addressIn(value: string) {
  const angled = value.trim().match(/<([^<>]*)>$/)
  return (angled ? angled[1] : value).trim()
}

function parsedUrl(url: string) {
  // Without "://" a parser reads "host:587" or "user:password@host" as a scheme.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return null
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * What is wrong with the provider's options, as a sentence, or null. Never
 * repeats the URL: it carries the SMTP password.
 */
export function smtpOptionsProblem(options: Record<string, unknown> | null | undefined): string | null {
  const { url, from, replyTo } = options ?? {}
  if (typeof url !== "string" || !url.trim()) {
    return `The smtp notification provider needs a "url" option, the SMTP server as ${EXAMPLE_URL}.`
  }
  const parsed = parsedUrl(url.trim())
  if (!parsed) {
    return `The smtp notification provider's url is not a URL: give the SMTP server as ${EXAMPLE_URL}.`
  }
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") {
    return (
      `The smtp notification provider's url must start with smtp:// or smtps://, not ${parsed.protocol}//: ` +
      `give the SMTP server as ${EXAMPLE_URL}.`
    )
  }
  if (!parsed.hostname) {
    return `The smtp notification provider's url names no host: give the SMTP server as ${EXAMPLE_URL}.`
  }
  if (typeof from !== "string" || !from.trim()) {
    return `The smtp notification provider needs a "from" option, the address e-mails are sent from, such as ${EXAMPLE_FROM}.`
  }
  if (!ADDRESS.test(addressIn(from))) {
    return `The smtp notification provider's from "${from}" is not an e-mail address: give one such as ${EXAMPLE_FROM}.`
  }
  if (
    replyTo !== undefined &&
    replyTo !== null &&
    (typeof replyTo !== "string" || !ADDRESS.test(addressIn(replyTo)))
  ) {
    return `The smtp notification provider's replyTo "${String(replyTo)}" is not an e-mail address.`
  }
  return null
}

type EmailContent = { subject: string; text?: string; html?: string }
type Data = Record<string, unknown>

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : undefined)

// The statement step (src/workflows/receivables/steps/notify-statement.ts)
// hands over facts only, where the invoice step writes its own subject and
// body (documentEmail). Until it does too, its e-mail is worded here, in
// English like the invoice's, so that a statement does not go out blank.
const TEMPLATE_WORDING: Record<string, (data: Data) => EmailContent | undefined> = {
  "o2c-statement": (data) => {
    const [company, from, to] = [text(data.company), text(data.from), text(data.to)]
    if (!company || !from || !to) return undefined
    const balance =
      text(data.currency_code) && data.closing_balance !== undefined && data.closing_balance !== null
        ? ` Closing balance: ${formatMoney(data.closing_balance as string, data.currency_code as string)}.`
        : ""
    return {
      subject: `Statement of account ${company}, ${from} to ${to}`,
      text: `Please find attached the statement of account of ${company} from ${from} to ${to}.${balance}`,
    }
  },
}

/**
 * The subject and body of a notification: what its sender wrote in
 * `content` (Medusa's field for it), else in `data.subject` and `data.body`
 * (what our invoice step writes), else our wording of its template.
 * Refuses a notification with no subject or no body rather than send one.
 */
export function emailContent(
  notification: Pick<ProviderSendNotificationDTO, "to" | "template" | "data" | "content">
): EmailContent {
  const data = (notification.data ?? {}) as Data
  const content = notification.content ?? {}
  const worded = TEMPLATE_WORDING[notification.template]?.(data)
  const subject = text(content.subject) ?? text(data.subject) ?? worded?.subject
  const html = text(content.html) ?? text(data.html)
  const body = text(content.text) ?? text(data.text) ?? text(data.body) ?? (html ? undefined : worded?.text)
  if (!subject || (!body && !html)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The e-mail "${notification.template}" to ${notification.to} has no ${subject ? "body" : "subject"}: ` +
        "give content.subject and content.text or content.html."
    )
  }
  return { subject, ...(body ? { text: body } : {}), ...(html ? { html } : {}) }
}

/** Our attachments are base64, as the Notification module's type says; nodemailer decodes them. */
function mailAttachment(attachment: Attachment) {
  return {
    filename: attachment.filename,
    content: attachment.content,
    encoding: "base64",
    ...(attachment.content_type ? { contentType: attachment.content_type } : {}),
    contentDisposition: attachment.disposition === "inline" ? "inline" : "attachment",
    ...(attachment.id ? { cid: attachment.id } : {}),
  }
}

/** The server's own reply when there is one ("550 5.1.1 ... mailbox unavailable"), else what failed. */
function smtpReason(error: unknown) {
  const e = error as { response?: string; message?: string }
  return e.response ? `the SMTP server answered "${e.response}"` : (e.message ?? String(error))
}

type InjectedDependencies = { logger: Logger }

/**
 * Sends e-mails over SMTP (any mail server or relay: Postfix, Mailpit,
 * Brevo, SES, Mailgun...), with the notification's attachments. Medusa
 * makes one instance per configured provider, so one pool of connections
 * serves every send. A refused or failed send throws, with the server's
 * reply: the Notification module marks the notification failed and our
 * delivery state records why.
 */
export default class SmtpNotificationProvider extends AbstractNotificationProviderService {
  static identifier = "smtp"

  protected readonly options_: SmtpProviderOptions
  protected readonly logger_: Logger
  protected readonly transporter_: ReturnType<typeof nodemailer.createTransport>

  static validateOptions(options: Record<string, unknown>) {
    const problem = smtpOptionsProblem(options)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
  }

  constructor({ logger }: InjectedDependencies, options: SmtpProviderOptions) {
    super()
    this.options_ = options
    this.logger_ = logger
    this.transporter_ = nodemailer.createTransport({ url: options.url.trim(), pool: true })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const content = emailContent(notification)
    try {
      const info = await this.transporter_.sendMail({
        from: notification.from?.trim() || this.options_.from,
        ...(this.options_.replyTo ? { replyTo: this.options_.replyTo } : {}),
        to: notification.to,
        ...content,
        attachments: (notification.attachments ?? []).map(mailAttachment),
      })
      return { id: info.messageId }
    } catch (error) {
      const reason = smtpReason(error)
      this.logger_.warn(`smtp: e-mail "${notification.template}" to ${notification.to} not sent: ${reason}`)
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `E-mail to ${notification.to} not sent: ${reason}`
      )
    }
  }
}
