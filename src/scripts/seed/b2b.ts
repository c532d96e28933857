import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createCustomerAccountWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { frenchVatKey } from "../../lib/identifiers"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { PAYMENT_TERM_MODULE } from "../../modules/payment-term"
import type PaymentTermModuleService from "../../modules/payment-term/service"
import { STANDARD_PAYMENT_TERMS } from "../../modules/payment-term/templates"
import { ON_ACCOUNT_PROVIDER_ID } from "../../providers/on-account"
import { confirmOnAccountOrderWorkflow } from "../../workflows/company/confirm-on-account-order"
import { type InvoiceHistoryEntry, seedInvoiceHistory, type UnappliedPayment } from "./invoicing"
import type { SeededStore } from "./store"

/** Creates the standard payment terms that are missing; returns every term's id by code. */
export async function seedPaymentTerms(container: MedusaContainer): Promise<Record<string, string>> {
  const terms = container.resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE)
  const existing = await terms.listPaymentTerms({ code: STANDARD_PAYMENT_TERMS.map((t) => t.code) })
  const missing = STANDARD_PAYMENT_TERMS.filter((t) => !existing.some((e) => e.code === t.code))
  // instalments is a JSON array; the generated input type only knows JSON objects.
  const created = missing.length
    ? await terms.createPaymentTerms(missing as unknown as Record<string, unknown>[])
    : []
  return Object.fromEntries([...existing, ...created].map((t) => [t.code, t.id]))
}

/** A customer with an email/password login, as the store's registration creates one. Idempotent. */
export async function ensureCustomerLogin(
  container: MedusaContainer,
  data: { email: string; password: string; first_name: string; last_name: string; company_name: string }
): Promise<string> {
  const [existing] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: data.email, has_account: true })
  if (existing) {
    return existing.id
  }
  const { password, ...customerData } = data
  const { authIdentity, error } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: { email: data.email, password } })
  if (error || !authIdentity) {
    throw new Error(`Could not create the login for ${data.email}: ${error}`)
  }
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, customerData },
  })
  return result.id
}

export const DEMO_BUYER_PASSWORD = process.env.DEMO_BUYER_PASSWORD ?? "o2c-demo-buyer"

type DemoCompany = {
  company: Record<string, unknown> & { name: string; legal_name: string; currency_code: string }
  term: string
  hold: string | null
  orders: Array<{ sku: string; quantity: number }>
  history: Array<Omit<InvoiceHistoryEntry, "customer">>
  unapplied?: Array<Omit<UnappliedPayment, "customer">>
  buyers: Array<{ first_name: string; last_name: string; email: string; role: "admin" | "buyer" }>
}

/**
 * A French company buying in EUR. Its legal name is its name and legal form,
 * and its VAT number is derived from its SIREN, so the demo's identifiers are
 * valid ones.
 */
function frenchCompany(company: {
  name: string
  legal_form: string
  siren: string
  billing_email: string
  billing_address: { address_1: string; postal_code: string; city: string }
  credit_limit: number
}): DemoCompany["company"] {
  const { name, legal_form, siren, billing_email, billing_address, credit_limit } = company
  return {
    name,
    legal_name: `${name} ${legal_form}`,
    vat_number: `FR${frenchVatKey(siren)}${siren}`,
    registration_id: siren,
    billing_email,
    billing_address: { ...billing_address, country_code: "fr" },
    currency_code: "eur",
    credit_limit,
  }
}

const DEMO_COMPANIES: DemoCompany[] = [
  {
    company: frenchCompany({
      name: "Atelier Martin",
      legal_form: "SARL",
      siren: "529876542",
      billing_email: "compta@atelier-martin.fr",
      billing_address: { address_1: "8 avenue Jean Jaurès", postal_code: "69007", city: "Lyon" },
      credit_limit: 50000,
    }),
    term: "net_30",
    hold: null,
    // A healthy account: a little on account, lots available.
    orders: [{ sku: "SAFE-GL-C-9", quantity: 40 }],
    // Invoiced over the last four months, on account; one return credited.
    // Paid on time, then late, then half of one invoice; the two latest are
    // open (one overdue, one not due yet), and a transfer came in without
    // saying what it pays.
    history: [
      { daysAgo: 118, lines: [{ sku: "FAST-HB-M8-30", quantity: 20 }], payment: { daysAgo: 90 } },
      {
        daysAgo: 95,
        lines: [
          { sku: "SAFE-GL-C-9", quantity: 30 },
          { sku: "FAST-HB-M8-30", quantity: 10 },
        ],
        credit: { daysAgo: 90, reason: "Gloves returned: wrong size", partial: true },
        payment: { daysAgo: 50 },
      },
      { daysAgo: 71, lines: [{ sku: "TOOL-CD18-KIT", quantity: 1 }], payment: { daysAgo: 30, part: "half" } },
      { daysAgo: 44, lines: [{ sku: "CONS-LUB-12", quantity: 6 }] },
      { daysAgo: 20, lines: [{ sku: "SAFE-BT-43", quantity: 4 }] },
    ],
    unapplied: [{ daysAgo: 5, amount: "250.00", reference: "VIR ATELIER MARTIN ACOMPTE" }],
    buyers: [
      { first_name: "Claire", last_name: "Martin", email: "claire@atelier-martin.fr", role: "admin" },
      { first_name: "Hugo", last_name: "Petit", email: "hugo@atelier-martin.fr", role: "buyer" },
    ],
  },
  {
    // Its documents print in French; the other two take the store default (English).
    company: {
      ...frenchCompany({
        name: "Chaudronnerie Dubois",
        legal_form: "SAS",
        siren: "438765430",
        billing_email: "factures@dubois-chaudronnerie.fr",
        billing_address: { address_1: "3 rue des Forges", postal_code: "42000", city: "Saint-Étienne" },
        credit_limit: 3000,
      }),
      language: "fr",
    },
    term: "45_days_end_of_month",
    hold: null,
    // Near its limit: about 2,660 EUR of its 3,000 EUR already on account.
    orders: [
      { sku: "TOOL-CD18-KIT", quantity: 6 },
      { sku: "SAFE-BT-43", quantity: 12 },
    ],
    // Paid by card at checkout until its credit line was opened; one order refused on delivery.
    history: [
      { daysAgo: 110, lines: [{ sku: "SAFE-BT-43", quantity: 6 }], paidByCard: true },
      { daysAgo: 80, lines: [{ sku: "TOOL-CD18-KIT", quantity: 2 }], paidByCard: true },
      {
        daysAgo: 52,
        lines: [{ sku: "FAST-HB-M8-30", quantity: 25 }],
        paidByCard: true,
        credit: { daysAgo: 48, reason: "Order refused on delivery" },
      },
      { daysAgo: 15, lines: [{ sku: "CONS-LUB-12", quantity: 12 }], paidByCard: true },
    ],
    buyers: [
      { first_name: "Marc", last_name: "Dubois", email: "marc@dubois-chaudronnerie.fr", role: "admin" },
      { first_name: "Inès", last_name: "Moreau", email: "ines@dubois-chaudronnerie.fr", role: "buyer" },
    ],
  },
  {
    company: frenchCompany({
      name: "Garage Leroy",
      legal_form: "EURL",
      siren: "391234564",
      billing_email: "admin@garage-leroy.fr",
      billing_address: { address_1: "17 route de Vienne", postal_code: "69008", city: "Lyon" },
      credit_limit: 10000,
    }),
    term: "2_10_net_30",
    hold: "Two invoices more than 60 days overdue",
    orders: [{ sku: "CONS-LUB-12", quantity: 10 }],
    // On account and, since an early invoice paid with its discount, unpaid
    // for months: why it is on hold.
    history: [
      {
        daysAgo: 140,
        lines: [{ sku: "SAFE-GL-C-9", quantity: 20 }],
        payment: { daysAgo: 132, part: "discounted" },
      },
      { daysAgo: 125, lines: [{ sku: "CONS-LUB-12", quantity: 4 }] },
      { daysAgo: 100, lines: [{ sku: "TOOL-CD18-KIT", quantity: 1 }] },
      {
        daysAgo: 85,
        lines: [
          { sku: "CONS-LUB-12", quantity: 8 },
          { sku: "SAFE-GL-C-9", quantity: 10 },
        ],
        credit: { daysAgo: 75, reason: "Price correction: lubricant billed twice", partial: true },
      },
      { daysAgo: 63, lines: [{ sku: "FAST-HB-M8-30", quantity: 15 }] },
    ],
    buyers: [
      { first_name: "Paul", last_name: "Leroy", email: "paul@garage-leroy.fr", role: "admin" },
      { first_name: "Sarah", last_name: "Benali", email: "sarah@garage-leroy.fr", role: "buyer" },
    ],
  },
]

/**
 * Places an order (on account by default) through the same workflows the
 * store API runs, so the credit check, the reservation and the order's
 * commitment are real. Returns the order id.
 */
export async function placeSeedOrder(
  container: MedusaContainer,
  store: SeededStore,
  customer: { id: string; email: string },
  lines: { sku: string; quantity: number }[],
  providerId = ON_ACCOUNT_PROVIDER_ID
): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: lines.map((l) => l.sku) },
  })
  const address = {
    first_name: "Service",
    last_name: "Achats",
    address_1: "1 rue de la Gare",
    city: "Lyon",
    postal_code: "69002",
    country_code: "fr",
  }
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: store.regionId,
      sales_channel_id: store.salesChannelId,
      customer_id: customer.id,
      email: customer.email,
      shipping_address: address,
      billing_address: address,
      items: lines.map((l) => ({
        variant_id: variants.find((v) => v.sku === l.sku)!.id,
        quantity: l.quantity,
      })),
    },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: store.shippingOptionIds[0] }] },
  })
  await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["payment_collection.id"],
    filters: { id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: {
      payment_collection_id: carts[0].payment_collection!.id,
      provider_id: providerId,
      customer_id: customer.id,
    },
  })
  const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  // The order.placed subscriber does this too, but asynchronously: a script
  // may end first. The workflow does nothing for an order already confirmed.
  await confirmOnAccountOrderWorkflow(container).run({ input: { order_id: result.id } })
  return result.id
}

/**
 * Three companies: one healthy, one near its limit, one on hold, with two
 * buyers each (an admin buyer and a buyer). Returns the buyers' logins.
 */
export async function seedDemoCompanies(
  container: MedusaContainer,
  store: SeededStore,
  termIds: Record<string, string>
): Promise<string[]> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const logins: string[] = []
  logger.info("Seeding companies and buyers...")
  const seeded: Array<{
    demo: (typeof DEMO_COMPANIES)[number]
    companyId: string
    customer: { id: string; email: string }
  }> = []
  for (const demo of DEMO_COMPANIES) {
    let [company] = await companies.listCompanies({ name: demo.company.name })
    const isNew = !company
    if (!company) {
      company = await companies.createCompanyAccount({
        data: { ...demo.company, payment_term_id: termIds[demo.term] },
        actor_id: "seed",
      })
    }
    const customerIds: string[] = []
    for (const buyer of demo.buyers) {
      const customerId = await ensureCustomerLogin(container, {
        email: buyer.email,
        password: DEMO_BUYER_PASSWORD,
        first_name: buyer.first_name,
        last_name: buyer.last_name,
        company_name: demo.company.legal_name,
      })
      customerIds.push(customerId)
      if (!(await companies.buyerAccount(customerId))) {
        await companies.createCompanyBuyers({
          customer_id: customerId,
          role: buyer.role,
          company_id: company.id,
        })
      }
      logins.push(
        `${demo.company.name} ${buyer.role === "admin" ? "admin buyer" : "buyer"}: ${buyer.email} / ${DEMO_BUYER_PASSWORD}`
      )
    }
    if (isNew) {
      seeded.push({
        demo,
        companyId: company.id,
        customer: { id: customerIds[0], email: demo.buyers[0].email },
      })
    }
  }
  // Invoice history first (one chronological series across the companies),
  // then today's orders, then the holds that would refuse them.
  await seedInvoiceHistory(
    container,
    store,
    seeded.flatMap(({ demo, customer }) => demo.history.map((entry) => ({ ...entry, customer }))),
    seeded.flatMap(({ demo, customer }) => (demo.unapplied ?? []).map((cash) => ({ ...cash, customer })))
  )
  for (const { demo, companyId, customer } of seeded) {
    for (const order of demo.orders) {
      await placeSeedOrder(container, store, customer, [order])
    }
    if (demo.hold) {
      await companies.updateCompanyAccount({
        id: companyId,
        changes: { status: "on_hold" },
        actor_id: "seed",
        reason: demo.hold,
      })
    }
  }
  return logins
}
