import { getLineItemTotals, getShippingMethodTotals, MathBN } from "@medusajs/framework/utils"
import type { Party } from "./document"
import type { ChargeAmounts, UnitAmounts } from "./drafting"

/** The order fields invoicing reads (query.graph on order). */
export const ORDER_INVOICING_FIELDS = [
  "id",
  "display_id",
  "currency_code",
  "customer_id",
  "email",
  "created_at",
  "metadata",
  "total",
  "items.id",
  "items.title",
  "items.subtitle",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.product_id",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  "items.is_tax_inclusive",
  "items.tax_lines.rate",
  "items.tax_lines.code",
  "items.adjustments.amount",
  "items.adjustments.is_tax_inclusive",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.is_tax_inclusive",
  "shipping_methods.tax_lines.rate",
  "shipping_methods.tax_lines.code",
  "shipping_methods.adjustments.amount",
  "shipping_methods.adjustments.is_tax_inclusive",
  "billing_address.*",
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.canceled_at",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
]

type TaxLine = { rate: unknown; code?: string | null }
type Adjustment = { amount: unknown; is_tax_inclusive?: boolean | null }

/** What an order line and a shipping method both carry that decides how Medusa taxes and discounts them. */
type Taxed = {
  is_tax_inclusive?: boolean | null
  tax_lines?: TaxLine[] | null
  adjustments?: Adjustment[] | null
}

export type OrderItemForInvoicing = Taxed & {
  id: string
  title: string
  subtitle?: string | null
  product_title?: string | null
  variant_title?: string | null
  variant_sku?: string | null
  product_id?: string | null
  variant_id?: string | null
  quantity: unknown
  unit_price: unknown
}

export type ShippingMethodForInvoicing = Taxed & {
  id: string
  name: string
  amount: unknown
}

const taxRate = (lines?: TaxLine[] | null) =>
  (lines ?? []).reduce((acc, l) => MathBN.add(acc, l.rate as number), MathBN.convert(0))

/**
 * Medusa's totals helpers take its own DTO types, which a query.graph row
 * does not claim to be: hence the casts.
 */
function medusaTotalsInput(taxed: Taxed) {
  return {
    is_tax_inclusive: !!taxed.is_tax_inclusive,
    tax_lines: (taxed.tax_lines ?? []) as any,
    adjustments: (taxed.adjustments ?? []).map((a) => ({ ...a })) as any,
  }
}

/**
 * One unit of an order line as Medusa itself prices it: Medusa's own line
 * totals for the whole ordered quantity (returns ignored: what was sold is
 * what is invoiced), divided by that quantity.
 */
export function unitAmountsOf(item: OrderItemForInvoicing): UnitAmounts {
  const totals = getLineItemTotals(
    { id: item.id, unit_price: item.unit_price, quantity: item.quantity, ...medusaTotalsInput(item) } as any,
    { includeTax: !!item.is_tax_inclusive }
  )
  const quantity = item.quantity as number
  const perUnit = (amount: unknown) => MathBN.div(amount as number, quantity)
  return {
    order_line_item_id: item.id,
    product_id: item.product_id ?? null,
    variant_id: item.variant_id ?? null,
    sku: item.variant_sku ?? null,
    title: item.product_title ?? item.title,
    description:
      item.variant_title && item.variant_title !== item.product_title
        ? item.variant_title
        : (item.subtitle ?? null),
    unit_price: perUnit(totals.subtotal),
    unit_discount: perUnit(totals.discount_subtotal),
    unit_tax: perUnit(totals.tax_total),
    tax_rate: taxRate(item.tax_lines),
  }
}

/** A shipping method as a document charge, with Medusa's own totals. */
export function shippingChargeOf(method: ShippingMethodForInvoicing): ChargeAmounts {
  const totals = getShippingMethodTotals(
    { id: method.id, amount: method.amount, ...medusaTotalsInput(method) } as any,
    { includeTax: !!method.is_tax_inclusive }
  )
  return {
    shipping_method_id: method.id,
    title: method.name,
    net: MathBN.sub(totals.subtotal as any, totals.discount_subtotal as any),
    tax: totals.tax_total as any,
    tax_rate: taxRate(method.tax_lines),
  }
}

type Address = {
  company?: string | null
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  country_code?: string | null
  phone?: string | null
}

type CompanyForInvoicing = {
  legal_name: string
  name: string
  vat_number?: string | null
  registration_id?: string | null
  billing_email: string
  billing_address?: Record<string, unknown> | null
}

export class BuyerIdentityError extends Error {}

/**
 * The buyer as the document names it: the company's legal identity, or for
 * a customer who buys for no company, the order's billing address.
 */
export function buyerParty(input: {
  company: CompanyForInvoicing | null
  billingAddress: Address | null
  email: string | null
}): Party {
  const { company } = input
  const companyAddress = (company?.billing_address ?? null) as Address | null
  const address = companyAddress?.address_1 ? companyAddress : input.billingAddress
  const personName = [input.billingAddress?.first_name, input.billingAddress?.last_name]
    .filter(Boolean)
    .join(" ")
  const legalName = company?.legal_name ?? (input.billingAddress?.company || personName)
  if (!legalName || !address?.address_1 || !address.city || !address.country_code) {
    throw new BuyerIdentityError(
      "An invoice needs the buyer's name and address (street, city, country): the order has no complete billing address"
    )
  }
  return {
    legal_name: legalName,
    trade_name: company && company.name !== company.legal_name ? company.name : null,
    address: {
      line1: address.address_1,
      line2: address.address_2 ?? null,
      postal_code: address.postal_code ?? "",
      city: address.city,
      country_code: address.country_code.toUpperCase(),
    },
    vat_id: company?.vat_number ?? null,
    registration_id: company?.registration_id ?? null,
    email: company?.billing_email ?? input.email,
    phone: address.phone ?? null,
  }
}
