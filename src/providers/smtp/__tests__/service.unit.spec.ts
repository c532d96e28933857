import { MedusaError } from "@medusajs/framework/utils"
import SmtpNotificationProvider, { emailContent } from "../service"

const FROM = "factures@o2c.example"
const URL = "smtp://o2c:s3cret@smtp.o2c.example:587"

describe("SmtpNotificationProvider.validateOptions", () => {
  const refusal = (options: Record<string, unknown>) => {
    try {
      SmtpNotificationProvider.validateOptions({ channels: ["email"], ...options })
      return null
    } catch (e) {
      expect(e).toBeInstanceOf(MedusaError)
      expect((e as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
      return (e as Error).message
    }
  }

  it.each([
    ["an smtp URL and an address", { url: URL, from: FROM }, null],
    ["an smtps URL", { url: "smtps://o2c:s3cret@smtp.o2c.example:465", from: FROM }, null],
    ["a URL without credentials", { url: "smtp://127.0.0.1:2525", from: FROM }, null],
    ["a named sender", { url: URL, from: "O2C Billing <factures@o2c.example>" }, null],
    ["a reply-to address", { url: URL, from: FROM, replyTo: "compta@o2c.example" }, null],
    [
      "no url",
      { from: FROM },
      'The smtp notification provider needs a "url" option, the SMTP server as smtp://user:password@smtp.example.com:587.',
    ],
    [
      "a blank url",
      { url: "  ", from: FROM },
      'The smtp notification provider needs a "url" option, the SMTP server as smtp://user:password@smtp.example.com:587.',
    ],
    [
      "a url that is not a URL",
      { url: "smtp.o2c.example:587", from: FROM },
      "The smtp notification provider's url is not a URL: give the SMTP server as smtp://user:password@smtp.example.com:587.",
    ],
    [
      "a host and password without a scheme",
      { url: "o2c:s3cret@smtp.o2c.example", from: FROM },
      "The smtp notification provider's url is not a URL: give the SMTP server as smtp://user:password@smtp.example.com:587.",
    ],
    [
      "an http URL",
      { url: "https://api.mail.example/send", from: FROM },
      "The smtp notification provider's url must start with smtp:// or smtps://, not https://: give the SMTP server as smtp://user:password@smtp.example.com:587.",
    ],
    [
      "no host",
      { url: "smtp://", from: FROM },
      "The smtp notification provider's url names no host: give the SMTP server as smtp://user:password@smtp.example.com:587.",
    ],
    [
      "no from",
      { url: URL },
      'The smtp notification provider needs a "from" option, the address e-mails are sent from, such as "Billing <billing@example.com>".',
    ],
    [
      "a blank from",
      { url: URL, from: " " },
      'The smtp notification provider needs a "from" option, the address e-mails are sent from, such as "Billing <billing@example.com>".',
    ],
    [
      "a from that is a name only",
      { url: URL, from: "O2C Billing" },
      'The smtp notification provider\'s from "O2C Billing" is not an e-mail address: give one such as "Billing <billing@example.com>".',
    ],
    [
      "a reply-to that is not an address",
      { url: URL, from: FROM, replyTo: "accounts" },
      'The smtp notification provider\'s replyTo "accounts" is not an e-mail address.',
    ],
  ])("%s -> %s", (_, options, expected) => {
    expect(refusal(options)).toBe(expected)
  })

  it("never repeats the URL, which carries the SMTP password", () => {
    for (const url of [
      "http://o2c:s3cret@smtp.o2c.example",
      "o2c:s3cret@smtp.o2c.example",
      "smtp://o2c:s3cret@",
    ]) {
      const message = refusal({ url, from: FROM })
      expect({ url, message }).toEqual({ url, message: expect.not.stringContaining("s3cret") })
      expect({ url, refused: message !== null }).toEqual({ url, refused: true })
    }
  })
})

describe("emailContent", () => {
  const invoiceData = {
    subject: "Invoice INV-2026-000001",
    body: "Please find attached invoice INV-2026-000001.",
  }
  const statementData = {
    company: "Forges du Rhône",
    from: "2026-09-01",
    to: "2026-11-30",
    currency_code: "eur",
    closing_balance: "1497.6",
  }
  const notification = (fields: Record<string, unknown>) => ({
    to: "compta@forges.example",
    template: "o2c-invoice",
    ...fields,
  })

  it.each([
    [
      "content, as Medusa's providers take it",
      notification({ content: { subject: "Hello", text: "Plain", html: "<p>Rich</p>" }, data: invoiceData }),
      { subject: "Hello", text: "Plain", html: "<p>Rich</p>" },
    ],
    [
      "the subject and body the invoice step writes in data",
      notification({ data: invoiceData }),
      { subject: invoiceData.subject, text: invoiceData.body },
    ],
    [
      "content's subject with the data's body",
      notification({ content: { subject: "Hello" }, data: invoiceData }),
      { subject: "Hello", text: invoiceData.body },
    ],
    [
      "html alone",
      notification({ content: { subject: "Hello", html: "<p>Rich</p>" } }),
      { subject: "Hello", html: "<p>Rich</p>" },
    ],
    [
      "a statement, which carries facts only",
      notification({ template: "o2c-statement", data: statementData }),
      {
        subject: "Statement of account Forges du Rhône, 2026-09-01 to 2026-11-30",
        text: "Please find attached the statement of account of Forges du Rhône from 2026-09-01 to 2026-11-30. Closing balance: 1,497.60 EUR.",
      },
    ],
    [
      "a statement whose step wrote its own subject",
      notification({
        template: "o2c-statement",
        data: statementData,
        content: { subject: "Relevé", text: "Ci-joint" },
      }),
      { subject: "Relevé", text: "Ci-joint" },
    ],
  ])("takes %s", (_, input, expected) => {
    expect(emailContent(input)).toEqual(expected)
  })

  it.each([
    [
      "no subject",
      notification({ template: "welcome", data: { body: "Hi" } }),
      'The e-mail "welcome" to compta@forges.example has no subject: give content.subject and content.text or content.html.',
    ],
    [
      "no body",
      notification({ template: "welcome", content: { subject: "Hi" } }),
      'The e-mail "welcome" to compta@forges.example has no body: give content.subject and content.text or content.html.',
    ],
    [
      "a statement without its period",
      notification({ template: "o2c-statement", data: { company: "Forges" } }),
      'The e-mail "o2c-statement" to compta@forges.example has no subject: give content.subject and content.text or content.html.',
    ],
  ])("refuses %s rather than send it", (_, input, message) => {
    expect(() => emailContent(input)).toThrow(message)
  })
})
