import { BigNumber, getLineItemTotals, getShippingMethodTotals, MathBN } from "@medusajs/framework/utils"
import { currencyDecimals, moneyString } from "../../../lib/money"
import { CreditRequestError, creditNoteAmounts, priceReductionAmounts } from "../credit-note-amounts"
import type { DocumentAmounts } from "../drafting"
import {
  allocateAmountToInvoices,
  type ChargeAmounts,
  creditedSoFar,
  invoiceAmounts,
  remainingToCredit,
  type UnitAmounts,
} from "../drafting"
import { MIXED_RATES_INVOICE } from "./fixtures/documents"

/* ------------------------------------------------------------------ */
/* Orders built the way Medusa builds them, totals computed by Medusa */
/* ------------------------------------------------------------------ */

type PromoSpec = { fixed: string } | { percent: string }

type ItemSpec = {
  price: string
  qty: number
  rates: number[]
  inclusive?: boolean
  promo?: PromoSpec
  /** Whether the promotion amount includes tax; defaults to the item's is_tax_inclusive. */
  promoInclusive?: boolean
}

type ShippingSpec = { amount: string; rates: number[]; inclusive?: boolean; promo?: string }

type OrderSpec = { currency: string; items: ItemSpec[]; shipping: ShippingSpec[] }

type MedusaOrder = {
  currency: string
  units: UnitAmounts[]
  quantities: number[]
  charges: ChargeAmounts[]
  /** Medusa's own figures, unrounded. */
  exactNet: string
  exactTotal: string
  lineNets: string[]
  lineTaxes: string[]
}

const str = (v: Parameters<typeof MathBN.convert>[0]) => MathBN.convert(v).toFixed()
const add = (values: Parameters<typeof MathBN.convert>[0][]) =>
  values.reduce<ReturnType<typeof MathBN.convert>>((acc, v) => MathBN.add(acc, v), MathBN.convert(0))

/**
 * What a promotion applies to, in its own terms (with or without tax), as the
 * promotion module computes it: never more than the line is worth.
 */
function promoBase(item: ItemSpec) {
  const lineTotal = MathBN.mult(item.price, item.qty)
  const factor = MathBN.add(1, MathBN.div(add(item.rates), 100))
  const promoInclusive = item.promoInclusive ?? item.inclusive ?? false
  if (promoInclusive === (item.inclusive ?? false)) return lineTotal
  return promoInclusive ? MathBN.mult(lineTotal, factor) : MathBN.div(lineTotal, factor)
}

function medusaOrder(spec: OrderSpec): MedusaOrder {
  const units: UnitAmounts[] = []
  const lineNets: string[] = []
  const lineTaxes: string[] = []
  const totals: string[] = []
  const nets: string[] = []
  spec.items.forEach((item, i) => {
    const promoInclusive = item.promoInclusive ?? item.inclusive ?? false
    const adjustments = item.promo
      ? [
          {
            amount: new BigNumber(
              "fixed" in item.promo
                ? item.promo.fixed
                : MathBN.div(MathBN.mult(promoBase(item), item.promo.percent), 100)
            ),
            is_tax_inclusive: promoInclusive,
            code: "PROMO",
          },
        ]
      : []
    const t = getLineItemTotals(
      {
        id: `ordli_${i + 1}`,
        unit_price: new BigNumber(item.price),
        quantity: new BigNumber(item.qty),
        is_tax_inclusive: item.inclusive ?? false,
        tax_lines: item.rates.map((rate, r) => ({ rate, code: `TAX${r}` })),
        adjustments: adjustments as never,
      },
      { includeTax: false }
    )
    const net = MathBN.sub(t.subtotal, t.discount_subtotal)
    nets.push(str(net))
    totals.push(str(t.total))
    lineNets.push(str(net))
    lineTaxes.push(str(t.tax_total))
    units.push({
      order_line_item_id: `ordli_${i + 1}`,
      product_id: `prod_${i + 1}`,
      variant_id: `variant_${i + 1}`,
      sku: `SKU-${i + 1}`,
      title: `Item ${i + 1}`,
      description: null,
      unit_price: MathBN.div(t.subtotal, item.qty),
      unit_discount: MathBN.div(t.discount_subtotal, item.qty),
      unit_tax: MathBN.div(t.tax_total, item.qty),
      tax_rate: str(add(item.rates)),
    })
  })
  const charges: ChargeAmounts[] = spec.shipping.map((s, i) => {
    const t = getShippingMethodTotals(
      {
        id: `osm_${i + 1}`,
        amount: new BigNumber(s.amount),
        is_tax_inclusive: s.inclusive ?? false,
        tax_lines: s.rates.map((rate, r) => ({ rate, code: `TAX${r}` })) as never,
        adjustments: (s.promo
          ? [{ amount: new BigNumber(s.promo), is_tax_inclusive: s.inclusive ?? false, code: "SHIP" }]
          : []) as never,
      },
      { includeTax: false }
    )
    const net = MathBN.sub(t.subtotal, t.discount_subtotal)
    nets.push(str(net))
    totals.push(str(t.total))
    return {
      shipping_method_id: `osm_${i + 1}`,
      title: `Shipping ${i + 1}`,
      net,
      tax: t.tax_total,
      tax_rate: str(add(s.rates)),
    }
  })
  return {
    currency: spec.currency,
    units,
    quantities: spec.items.map((i) => i.qty),
    charges,
    exactNet: str(add(nets)),
    exactTotal: str(add(totals)),
    lineNets,
    lineTaxes,
  }
}

function invoiceFor(order: MedusaOrder, quantities = order.quantities): DocumentAmounts {
  return invoiceAmounts({
    currencyCode: order.currency,
    items: order.units.map((unit, i) => ({ unit, quantity: quantities[i] })),
    charges: order.charges,
  })
}

/* ------------------------------------------------------------------ */
/* Invariants every document must satisfy                              */
/* ------------------------------------------------------------------ */

const eq = (a: Parameters<typeof MathBN.convert>[0], b: Parameters<typeof MathBN.convert>[0]) =>
  MathBN.eq(a, b)

/** A printed unit price: the currency's decimals, or up to 4 when the exact price has more. */
function expectUnitPrice(
  value: string,
  exact: Parameters<typeof MathBN.convert>[0] | null,
  currency: string
) {
  const decimals = currencyDecimals(currency)
  expect(value).toMatch(new RegExp(`^\\d+(\\.\\d{${decimals},4})?$`))
  if (exact !== null) {
    expect(MathBN.lte(MathBN.abs(MathBN.sub(value, exact)), "0.00005")).toBe(true)
  }
}

function expectAmount(value: string, currency: string) {
  const decimals = currencyDecimals(currency)
  expect(value).toMatch(decimals === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${decimals}}$`))
}

/**
 * The arithmetic a reader can redo on the printed document. `rowSlack`: how
 * many minor units per member a VAT row may stray from base × rate beyond
 * the rounding of its members (a credit note's "rest" line carries the
 * rounding of every earlier note of the line).
 */
function expectConsistent(doc: DocumentAmounts, currency: string, rowSlack = 0) {
  const context = JSON.stringify(doc)
  const lineNets = add(doc.lines.map((l) => l.net_amount))
  const chargeNets = add(doc.charges.map((c) => c.net_amount))
  const taxes = add([...doc.lines.map((l) => l.tax_amount), ...doc.charges.map((c) => c.tax_amount)])
  for (const value of [doc.line_total, doc.charge_total, doc.subtotal, doc.tax_total, doc.total]) {
    expectAmount(value, currency)
  }
  expect({ context, ok: eq(doc.line_total, lineNets) }).toEqual({ context, ok: true })
  expect({ context, ok: eq(doc.charge_total, chargeNets) }).toEqual({ context, ok: true })
  expect({ context, ok: eq(doc.subtotal, MathBN.add(lineNets, chargeNets)) }).toEqual({ context, ok: true })
  expect({ context, ok: eq(doc.tax_total, taxes) }).toEqual({ context, ok: true })
  expect({ context, ok: eq(doc.total, MathBN.add(doc.subtotal, doc.tax_total)) }).toEqual({
    context,
    ok: true,
  })
  doc.lines.forEach((line, i) => {
    expect(line.position).toBe(i + 1)
    expectUnitPrice(line.unit_price, null, currency)
    expectAmount(line.discount, currency)
    expectAmount(line.net_amount, currency)
    expectAmount(line.tax_amount, currency)
    // Exact for prices in whole minor units. A price with more decimals than
    // the currency is itself rounded (to 4 decimals) and its line's net to
    // the currency, so they may differ by under a minor unit plus that rounding.
    const printed = MathBN.sub(MathBN.mult(line.quantity, line.unit_price), line.discount)
    const minorUnit = MathBN.convert(1).shiftedBy(-currencyDecimals(currency))
    const gap = MathBN.abs(MathBN.sub(printed, line.net_amount))
    const priceDecimals = line.unit_price.split(".")[1]?.length ?? 0
    const ok =
      priceDecimals <= currencyDecimals(currency)
        ? eq(gap, 0)
        : MathBN.lte(gap, MathBN.add(minorUnit, MathBN.mult(line.quantity, "0.00005")))
    expect({ context, line: line.position, ok }).toEqual({
      context,
      line: line.position,
      ok: true,
    })
    expect(line.tax_category).toBe(MathBN.gt(line.tax_rate, 0) ? "S" : "Z")
  })
  for (const charge of doc.charges) {
    expectAmount(charge.net_amount, currency)
    expectAmount(charge.tax_amount, currency)
    expect(charge.tax_category).toBe(MathBN.gt(charge.tax_rate, 0) ? "S" : "Z")
  }
  // one breakdown row per category and rate, highest rate first, adding up to the totals
  const keys = doc.tax_breakdown.map((r) => `${r.tax_category}:${r.tax_rate}`)
  expect(new Set(keys).size).toBe(keys.length)
  const expectedKeys = new Set([...doc.lines, ...doc.charges].map((r) => `${r.tax_category}:${r.tax_rate}`))
  expect(new Set(keys)).toEqual(expectedKeys)
  const rates = doc.tax_breakdown.map((r) => Number(r.tax_rate))
  expect(rates).toEqual([...rates].sort((a, b) => b - a))
  expect(eq(add(doc.tax_breakdown.map((r) => r.taxable_amount)), doc.subtotal)).toBe(true)
  expect(eq(add(doc.tax_breakdown.map((r) => r.tax_amount)), doc.tax_total)).toBe(true)
  for (const row of doc.tax_breakdown) {
    expectAmount(row.taxable_amount, currency)
    expectAmount(row.tax_amount, currency)
    const members = [...doc.lines, ...doc.charges].filter(
      (r) => r.tax_category === row.tax_category && r.tax_rate === row.tax_rate
    )
    expect(eq(row.taxable_amount, add(members.map((m) => m.net_amount)))).toBe(true)
    expect(eq(row.tax_amount, add(members.map((m) => m.tax_amount)))).toBe(true)
    // each member's rounded net and tax are less than a minor unit away from exact:
    // the row stays within (1 + rate) units per member of base × rate
    const unit = MathBN.convert(1).shiftedBy(-currencyDecimals(currency))
    const gap = MathBN.abs(
      MathBN.sub(row.tax_amount, MathBN.div(MathBN.mult(row.taxable_amount, row.tax_rate), 100))
    )
    const tolerance = MathBN.mult(
      MathBN.mult(unit, members.length),
      MathBN.add(1 + rowSlack, MathBN.div(row.tax_rate, 100))
    )
    expect({ context, row, ok: MathBN.lte(gap, tolerance) }).toEqual({ context, row, ok: true })
  }
}

/** A whole-order invoice equals Medusa's order totals, rounded once. */
function expectMedusaParity(order: MedusaOrder) {
  const doc = invoiceFor(order)
  const c = order.currency
  expectConsistent(doc, c)
  const context = JSON.stringify({ exactNet: order.exactNet, exactTotal: order.exactTotal, doc })
  expect({ context, total: doc.total }).toEqual({ context, total: moneyString(order.exactTotal, c) })
  expect({ context, subtotal: doc.subtotal }).toEqual({ context, subtotal: moneyString(order.exactNet, c) })
  expect(doc.tax_total).toBe(
    MathBN.sub(moneyString(order.exactTotal, c), moneyString(order.exactNet, c)).toFixed(currencyDecimals(c))
  )
  // every printed figure is less than a minor unit away from Medusa's exact one
  const unit = MathBN.convert(1).shiftedBy(-currencyDecimals(c))
  doc.lines.forEach((line, i) => {
    expect(MathBN.lt(MathBN.abs(MathBN.sub(line.net_amount, order.lineNets[i])), unit)).toBe(true)
    expect(MathBN.lt(MathBN.abs(MathBN.sub(line.tax_amount, order.lineTaxes[i])), unit)).toBe(true)
    expectUnitPrice(line.unit_price, order.units[i].unit_price, c)
    expect(line.tax_rate).toBe(str(order.units[i].tax_rate))
    expect(line.order_line_item_id).toBe(order.units[i].order_line_item_id)
  })
  doc.charges.forEach((charge, i) => {
    expect(MathBN.lt(MathBN.abs(MathBN.sub(charge.net_amount, order.charges[i].net)), unit)).toBe(true)
    expect(charge.shipping_method_id).toBe(order.charges[i].shipping_method_id)
  })
  return doc
}

/* ------------------------------------------------------------------ */
/* Totals parity with Medusa                                          */
/* ------------------------------------------------------------------ */

const STANDARD_SHIPPING: ShippingSpec = { amount: "15", rates: [20] }

const ORDERS: Array<[string, OrderSpec]> = [
  [
    "a single line at 20 %",
    { currency: "eur", items: [{ price: "100", qty: 1, rates: [20] }], shipping: [] },
  ],
  [
    "mixed rates 20 / 10 / 5.5 / 2.1 / 0",
    {
      currency: "eur",
      items: [
        { price: "24.90", qty: 3, rates: [20] },
        { price: "12.35", qty: 4, rates: [10] },
        { price: "35", qty: 2, rates: [5.5] },
        { price: "7.77", qty: 9, rates: [2.1] },
        { price: "49.99", qty: 1, rates: [0] },
      ],
      shipping: [STANDARD_SHIPPING],
    },
  ],
  [
    "fixed and percentage promotions on some lines",
    {
      currency: "eur",
      items: [
        { price: "24.90", qty: 3, rates: [20], promo: { percent: "10" } },
        { price: "35", qty: 2, rates: [5.5] },
        { price: "19.99", qty: 7, rates: [20], promo: { fixed: "5" } },
        { price: "3.33", qty: 11, rates: [10], promo: { percent: "33.333" } },
      ],
      shipping: [{ amount: "35", rates: [20] }],
    },
  ],
  [
    "tax-inclusive prices",
    {
      currency: "eur",
      items: [
        { price: "19.99", qty: 7, rates: [20], inclusive: true },
        { price: "9.95", qty: 3, rates: [5.5], inclusive: true },
        { price: "1", qty: 1, rates: [2.1], inclusive: true },
      ],
      shipping: [{ amount: "9.90", rates: [20], inclusive: true }],
    },
  ],
  [
    "tax-inclusive prices with promotions",
    {
      currency: "eur",
      items: [
        { price: "19.99", qty: 7, rates: [20], inclusive: true, promo: { percent: "15" } },
        { price: "59.90", qty: 2, rates: [10], inclusive: true, promo: { fixed: "10" } },
        { price: "5.55", qty: 3, rates: [20], inclusive: true, promo: { fixed: "1" }, promoInclusive: false },
      ],
      shipping: [{ amount: "12", rates: [20], inclusive: true, promo: "2" }],
    },
  ],
  [
    "awkward prices",
    {
      currency: "eur",
      items: [
        { price: "0.333", qty: 3, rates: [20] },
        { price: "0.333", qty: 1, rates: [20] },
        { price: "19.99", qty: 7, rates: [5.5] },
        { price: "0.005", qty: 1, rates: [20] },
        { price: "1234.5678", qty: 13, rates: [2.1] },
        { price: "0.01", qty: 999, rates: [10] },
      ],
      shipping: [],
    },
  ],
  [
    "shipping without tax",
    {
      currency: "eur",
      items: [{ price: "80", qty: 2, rates: [20] }],
      shipping: [{ amount: "12.50", rates: [] }],
    },
  ],
  [
    "shipping at a zero rate and a discounted second method",
    {
      currency: "eur",
      items: [{ price: "80", qty: 2, rates: [10] }],
      shipping: [
        { amount: "12.50", rates: [0] },
        { amount: "7.49", rates: [20], promo: "7.49" },
      ],
    },
  ],
  [
    "free shipping at 5.5 %",
    {
      currency: "eur",
      items: [{ price: "12.34", qty: 5, rates: [5.5] }],
      shipping: [{ amount: "6.66", rates: [5.5], promo: "6.66" }],
    },
  ],
  [
    "several tax lines on one item (state + county)",
    {
      currency: "usd",
      items: [
        { price: "19.99", qty: 3, rates: [6.25, 1.5] },
        { price: "4.99", qty: 10, rates: [6.25, 1.5, 0.25], promo: { percent: "20" } },
      ],
      shipping: [{ amount: "9.99", rates: [6.25, 1.5] }],
    },
  ],
  [
    "JPY, no decimals",
    {
      currency: "jpy",
      items: [
        { price: "1250", qty: 3, rates: [10] },
        { price: "333", qty: 7, rates: [8], promo: { percent: "15" } },
        { price: "1980", qty: 1, rates: [10], inclusive: true },
        { price: "99", qty: 17, rates: [8], inclusive: true, promo: { fixed: "50" } },
      ],
      shipping: [{ amount: "880", rates: [10], inclusive: true }],
    },
  ],
  [
    "JPY, everything rounding to half a yen",
    {
      currency: "jpy",
      items: [
        { price: "105", qty: 1, rates: [10] },
        { price: "15", qty: 1, rates: [10] },
        { price: "25", qty: 1, rates: [10] },
      ],
      shipping: [{ amount: "5", rates: [10] }],
    },
  ],
  [
    "KWD, three decimals",
    {
      currency: "kwd",
      items: [
        { price: "1.255", qty: 3, rates: [5] },
        { price: "0.333", qty: 7, rates: [0] },
        { price: "12.3456", qty: 2, rates: [20], promo: { fixed: "0.5" } },
        { price: "9.999", qty: 4, rates: [5], inclusive: true, promo: { percent: "12.5" } },
      ],
      shipping: [{ amount: "2.5", rates: [5] }],
    },
  ],
  [
    "a 100 % promotion",
    {
      currency: "eur",
      items: [
        { price: "29.99", qty: 2, rates: [20], promo: { percent: "100" } },
        { price: "10", qty: 1, rates: [20] },
      ],
      shipping: [],
    },
  ],
  [
    "only shipping is taxed",
    {
      currency: "eur",
      items: [{ price: "100", qty: 10, rates: [0] }],
      shipping: [{ amount: "20", rates: [20] }],
    },
  ],
  [
    "many lines of one cent at 20 %",
    {
      currency: "eur",
      items: Array.from({ length: 12 }, () => ({ price: "0.01", qty: 1, rates: [20] })),
      shipping: [],
    },
  ],
]

describe("invoiceAmounts: parity with Medusa's order totals", () => {
  it.each(ORDERS)("%s", (_, spec) => {
    expectMedusaParity(medusaOrder(spec))
  })

  it("prints the expected figures for a known order", () => {
    const doc = expectMedusaParity(medusaOrder(ORDERS[2][1]))
    expect(doc.lines.map((l) => [l.quantity, l.unit_price, l.discount, l.net_amount, l.tax_amount])).toEqual([
      // 13.446 and 26.986 tie on paper; Medusa's 5 / 7 × 7 discount leaves line 3 a
      // remainder of 0.60000000000000000002, so the extra cent goes there
      [3, "24.90", "7.47", "67.23", "13.44"],
      [2, "35.00", "0.00", "70.00", "3.85"],
      [7, "19.99", "5.00", "134.93", "26.99"],
      [11, "3.33", "12.21", "24.42", "2.44"],
    ])
    expect(doc.charges).toEqual([
      {
        shipping_method_id: "osm_1",
        title: "Shipping 1",
        net_amount: "35.00",
        tax_category: "S",
        tax_rate: "20",
        tax_amount: "7.00",
      },
    ])
    expect(doc.tax_breakdown).toEqual([
      { tax_category: "S", tax_rate: "20", taxable_amount: "237.16", tax_amount: "47.43" },
      { tax_category: "S", tax_rate: "10", taxable_amount: "24.42", tax_amount: "2.44" },
      { tax_category: "S", tax_rate: "5.5", taxable_amount: "70.00", tax_amount: "3.85" },
    ])
    expect([doc.line_total, doc.charge_total, doc.subtotal, doc.tax_total, doc.total]).toEqual([
      "296.58",
      "35.00",
      "331.58",
      "53.72",
      "385.30",
    ])
  })

  it("rounds the nets so that they add up to the rounded total, not line by line", () => {
    // 12 × 0.01 × 20 % = 0.024 of tax: line by line 0.00 each, the document 0.02
    const doc = invoiceFor(medusaOrder(ORDERS[ORDERS.length - 1][1]))
    expect(doc.tax_total).toBe("0.02")
    expect(doc.lines.map((l) => l.tax_amount)).toEqual(["0.01", "0.01", ...Array(10).fill("0.00")])
    expect(doc.total).toBe("0.14")
  })

  it("uses zero-rated category Z for 0 % and no tax lines", () => {
    const doc = invoiceFor(medusaOrder(ORDERS[6][1]))
    expect(doc.charges[0]).toMatchObject({ tax_category: "Z", tax_rate: "0", tax_amount: "0.00" })
    expect(doc.tax_breakdown.map((r) => `${r.tax_category}:${r.tax_rate}`)).toEqual(["S:20", "Z:0"])
  })
})

/* ------------------------------------------------------------------ */
/* Seeded random orders                                               */
/* ------------------------------------------------------------------ */

/** mulberry32: small, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)]
  return { next, int, pick }
}

const RATE_SETS = [[20], [20], [10], [5.5], [2.1], [0], [], [6.25, 1.5], [8], [19], [7.7]] as const
const CURRENCIES = ["eur", "eur", "eur", "usd", "jpy", "kwd"] as const

function randomPrice(r: ReturnType<typeof prng>, currency: string): string {
  const decimals = currencyDecimals(currency)
  // mostly prices in whole minor units, sometimes with extra decimals (0.333, 1.2345)
  const extra = r.next() < 0.25 ? r.int(1, 2) : 0
  const scale = decimals + extra
  const minor = r.pick([r.int(1, 99), r.int(100, 9999), r.int(10000, 2_000_000)])
  return MathBN.convert(minor).shiftedBy(-scale).toFixed()
}

function randomOrder(seed: number): OrderSpec {
  const r = prng(seed)
  const currency = r.pick(CURRENCIES)
  const items: ItemSpec[] = Array.from({ length: r.int(1, 7) }, () => {
    const price = randomPrice(r, currency)
    const qty = r.pick([1, 1, 2, 3, r.int(1, 12), r.int(1, 250)])
    const inclusive = r.next() < 0.3
    const roll = r.next()
    const item: ItemSpec = {
      price,
      qty,
      rates: [...r.pick(RATE_SETS)],
      inclusive,
      promoInclusive: r.next() < 0.8 ? inclusive : !inclusive,
    }
    if (roll < 0.2) {
      // 100 % off a tax-inclusive price is a known defect (see the end of this file)
      const percents = ["5", "10", "12.5", "15", "33.333", "50", ...(inclusive ? [] : ["100"])]
      item.promo = { percent: r.pick(percents) }
    } else if (roll < 0.35) {
      // a fixed amount off, in whole minor units, at most the line's worth
      const share = MathBN.div(MathBN.mult(promoBase(item), r.int(1, 100)), 100)
      item.promo = { fixed: share.decimalPlaces(currencyDecimals(currency), 1).toFixed() }
    }
    return item
  })
  const shipping: ShippingSpec[] = Array.from({ length: r.pick([0, 1, 1, 1, 2]) }, () => {
    const amount = randomPrice(r, currency)
    return {
      amount,
      rates: [...r.pick(RATE_SETS)],
      inclusive: r.next() < 0.3,
      promo: r.next() < 0.15 ? amount : undefined,
    }
  })
  return { currency, items, shipping }
}

const SEEDS = Array.from({ length: 300 }, (_, i) => 1000 + i)

describe("invoiceAmounts: seeded random orders", () => {
  it("keeps Medusa's totals and the document arithmetic on 300 orders", () => {
    for (const seed of SEEDS) {
      const spec = randomOrder(seed)
      try {
        expectMedusaParity(medusaOrder(spec))
      } catch (error) {
        throw new Error(`seed ${seed}: ${JSON.stringify(spec)}\n${(error as Error).message}`)
      }
    }
  })

  it("keeps every partial invoice consistent on 300 orders", () => {
    for (const seed of SEEDS) {
      const spec = randomOrder(seed)
      const order = medusaOrder(spec)
      const r = prng(seed * 7 + 1)
      const quantities = order.quantities.map((q) => r.int(0, q))
      try {
        const doc = invoiceFor(order, quantities)
        expectConsistent(doc, order.currency)
        expect(doc.lines.map((l) => l.quantity)).toEqual(quantities.filter((q) => q > 0))
      } catch (error) {
        throw new Error(`seed ${seed}: ${JSON.stringify({ spec, quantities })}\n${(error as Error).message}`)
      }
    }
  })
})

/* ------------------------------------------------------------------ */
/* Partial invoicing                                                  */
/* ------------------------------------------------------------------ */

describe("invoiceAmounts: partial invoicing", () => {
  const order = medusaOrder(ORDERS[2][1])

  it.each([[[1, 0, 0, 0]], [[2, 1, 3, 5]], [[3, 2, 7, 10]], [[0, 0, 0, 11]], [[1, 1, 1, 1]]])(
    "invoices quantities %j of the order consistently",
    (quantities) => {
      const doc = invoiceFor(order, quantities)
      expectConsistent(doc, "eur")
      const invoiced = quantities.map((q, i) => ({ q, i })).filter(({ q }) => q > 0)
      expect(doc.lines.map((l) => l.quantity)).toEqual(invoiced.map(({ q }) => q))
      expect(doc.lines.map((l) => l.order_line_item_id)).toEqual(invoiced.map(({ i }) => `ordli_${i + 1}`))
      // each line is its quantity's share of Medusa's line, to less than a cent
      doc.lines.forEach((line, k) => {
        const { q, i } = invoiced[k]
        const exactNet = MathBN.div(MathBN.mult(order.lineNets[i], q), order.quantities[i])
        const exactTax = MathBN.div(MathBN.mult(order.lineTaxes[i], q), order.quantities[i])
        expect(MathBN.lt(MathBN.abs(MathBN.sub(line.net_amount, exactNet)), "0.01")).toBe(true)
        expect(MathBN.lt(MathBN.abs(MathBN.sub(line.tax_amount, exactTax)), "0.01")).toBe(true)
        expectUnitPrice(line.unit_price, order.units[i].unit_price, "eur")
      })
    }
  )

  it("prints one promoted bolt box as a third of the line", () => {
    const doc = invoiceFor(order, [1, 0, 0, 0])
    expect(doc.lines).toEqual([
      expect.objectContaining({
        position: 1,
        quantity: 1,
        unit_price: "24.90",
        discount: "2.49",
        net_amount: "22.41",
        tax_amount: "4.48",
      }),
    ])
    expect(doc.total).toBe("68.89") // 22.41 + 4.48 + shipping 35 + 7
  })

  it("skips zero-quantity items and numbers the others from 1", () => {
    const doc = invoiceFor(order, [0, 2, 0, 4])
    expect(doc.lines.map((l) => [l.position, l.order_line_item_id, l.quantity])).toEqual([
      [1, "ordli_2", 2],
      [2, "ordli_4", 4],
    ])
  })

  it("gives a document of charges only when no item is invoiced", () => {
    const doc = invoiceFor(order, [0, 0, 0, 0])
    expect(doc.lines).toEqual([])
    expect([doc.line_total, doc.charge_total, doc.subtotal, doc.tax_total, doc.total]).toEqual([
      "0.00",
      "35.00",
      "35.00",
      "7.00",
      "42.00",
    ])
  })

  it("gives an empty document for nothing", () => {
    const doc = invoiceAmounts({ currencyCode: "jpy", items: [], charges: [] })
    expect(doc).toEqual({
      lines: [],
      charges: [],
      tax_breakdown: [],
      line_total: "0",
      charge_total: "0",
      subtotal: "0",
      tax_total: "0",
      total: "0",
    })
  })

  it("two partial invoices of a whole order stay within a unit per line of the order total", () => {
    const first = invoiceFor(order, [1, 1, 3, 5])
    const second = invoiceAmounts({
      currencyCode: "eur",
      items: order.units.map((unit, i) => ({ unit, quantity: order.quantities[i] - [1, 1, 3, 5][i] })),
      charges: [],
    })
    const whole = invoiceFor(order)
    const gap = MathBN.abs(MathBN.sub(MathBN.add(first.total, second.total), whole.total))
    expect(MathBN.lte(gap, "0.04")).toBe(true)
  })
})

/* ------------------------------------------------------------------ */
/* Credit notes                                                       */
/* ------------------------------------------------------------------ */

const noneCredited = () => creditedSoFar([])

describe("creditNoteAmounts", () => {
  const invoice = invoiceFor(medusaOrder(ORDERS[2][1]))

  it.each([
    [1, 1],
    [1, 2],
    [3, 1],
    [3, 4],
    [3, 6],
    [4, 1],
    [4, 10],
  ])("line %i: credit %i unit(s), then the rest, gives back exactly the invoice line", (position, first) => {
    const line = invoice.lines.find((l) => l.position === position)!
    const note1 = creditNoteAmounts({
      currencyCode: "eur",
      invoice,
      credited: noneCredited(),
      lines: [{ position, quantity: first }],
      charges: false,
    })
    expectConsistent(note1, "eur")
    const credited = creditedSoFar([note1])
    expect(credited.lines.get(position)?.quantity).toBe(first)
    expect(remainingToCredit(invoice, credited).lines.find((l) => l.position === position)?.quantity).toBe(
      line.quantity - first
    )
    const note2 = creditNoteAmounts({
      currencyCode: "eur",
      invoice,
      credited,
      lines: [{ position, quantity: line.quantity - first }],
      charges: false,
    })
    expectConsistent(note2, "eur")
    for (const note of [note1, note2]) {
      expect(note.lines).toHaveLength(1)
      expect(note.lines[0]).toMatchObject({
        position: 1,
        credited_position: position,
        order_line_item_id: line.order_line_item_id,
        unit_price: line.unit_price,
        tax_rate: line.tax_rate,
        tax_category: line.tax_category,
      })
    }
    expect(MathBN.add(note1.lines[0].net_amount, note2.lines[0].net_amount).toFixed(2)).toBe(line.net_amount)
    expect(MathBN.add(note1.lines[0].tax_amount, note2.lines[0].tax_amount).toFixed(2)).toBe(line.tax_amount)
    expect(
      remainingToCredit(invoice, creditedSoFar([note1, note2])).lines.map((l) => l.position)
    ).not.toContain(position)
  })

  it("takes the quantity's share of the invoice line", () => {
    const note = creditNoteAmounts({
      currencyCode: "eur",
      invoice,
      credited: noneCredited(),
      lines: [{ position: 1, quantity: 1 }],
      charges: false,
    })
    expect(note.lines[0]).toMatchObject({
      quantity: 1,
      discount: "2.49",
      net_amount: "22.41",
      tax_amount: "4.48",
    })
    expect(note.total).toBe("26.89")
    expect(note.charges).toEqual([])
  })

  it("credits the whole invoice in one note to the cent", () => {
    const whole = remainingToCredit(invoice, noneCredited())
    expect(whole).toEqual({
      lines: invoice.lines.map((l) => ({ position: l.position, quantity: l.quantity })),
      charges: true,
    })
    const note = creditNoteAmounts({ currencyCode: "eur", invoice, credited: noneCredited(), ...whole })
    expectConsistent(note, "eur")
    expect(note.lines.map((l) => [l.net_amount, l.tax_amount])).toEqual(
      invoice.lines.map((l) => [l.net_amount, l.tax_amount])
    )
    expect(note.charges).toEqual(invoice.charges.map((c, i) => ({ ...c, credited_charge: i })))
    expect([note.subtotal, note.tax_total, note.total]).toEqual([
      invoice.subtotal,
      invoice.tax_total,
      invoice.total,
    ])
    expect(note.tax_breakdown).toEqual(invoice.tax_breakdown)
  })

  it("credits the charges only once", () => {
    const first = creditNoteAmounts({
      currencyCode: "eur",
      invoice,
      credited: noneCredited(),
      lines: [{ position: 2, quantity: 1 }],
      charges: true,
    })
    expect(first.charges).toHaveLength(1)
    expect(first.charges[0]).toMatchObject({ credited_charge: 0, net_amount: "35.00", tax_amount: "7.00" })
    const credited = creditedSoFar([first])
    expect(credited.charges.get(0)).toEqual({ net: "35.00", tax: "7.00" })
    expect(remainingToCredit(invoice, credited).charges).toBe(false)

    const second = creditNoteAmounts({
      currencyCode: "eur",
      invoice,
      credited,
      lines: [{ position: 2, quantity: 1 }],
      charges: true,
    })
    expect(second.charges).toEqual([])
    expect(second.charge_total).toBe("0.00")
    expect(() =>
      creditNoteAmounts({ currencyCode: "eur", invoice, credited, lines: [], charges: true })
    ).toThrow(new CreditRequestError("Nothing left to credit on this invoice"))
  })

  it("credits the charges alone", () => {
    const note = creditNoteAmounts({
      currencyCode: "eur",
      invoice,
      credited: noneCredited(),
      lines: [],
      charges: true,
    })
    expect(note.lines).toEqual([])
    expect([note.subtotal, note.tax_total, note.total]).toEqual(["35.00", "7.00", "42.00"])
  })

  it.each([
    ["an unknown position", [{ position: 9, quantity: 1 }], "The invoice has no line 9"],
    ["position 0", [{ position: 0, quantity: 1 }], "The invoice has no line 0"],
    [
      "a duplicated position",
      [
        { position: 2, quantity: 1 },
        { position: 2, quantity: 1 },
      ],
      "Line 2 is requested twice",
    ],
    ["more than invoiced", [{ position: 1, quantity: 4 }], "Line 1 (SKU-1) has 3 of 3 left to credit, not 4"],
    [
      "a non-integer quantity",
      [{ position: 3, quantity: 1.5 }],
      "Line 3 (SKU-3) has 7 of 7 left to credit, not 1.5",
    ],
    ["a zero quantity", [{ position: 3, quantity: 0 }], "Line 3 (SKU-3) has 7 of 7 left to credit, not 0"],
    [
      "a negative quantity",
      [{ position: 3, quantity: -1 }],
      "Line 3 (SKU-3) has 7 of 7 left to credit, not -1",
    ],
    ["NaN", [{ position: 3, quantity: Number.NaN }], "Line 3 (SKU-3) has 7 of 7 left to credit, not NaN"],
  ])("refuses %s", (_, lines, message) => {
    const run = () =>
      creditNoteAmounts({ currencyCode: "eur", invoice, credited: noneCredited(), lines, charges: true })
    expect(run).toThrow(CreditRequestError)
    expect(run).toThrow(message)
  })

  it("refuses to credit more than what earlier notes left", () => {
    const note1 = creditNoteAmounts({
      currencyCode: "eur",
      invoice,
      credited: noneCredited(),
      lines: [{ position: 3, quantity: 5 }],
      charges: false,
    })
    const run = () =>
      creditNoteAmounts({
        currencyCode: "eur",
        invoice,
        credited: creditedSoFar([note1]),
        lines: [{ position: 3, quantity: 3 }],
        charges: false,
      })
    expect(run).toThrow(CreditRequestError)
    expect(run).toThrow("Line 3 (SKU-3) has 2 of 7 left to credit, not 3")
  })

  it("names the line by its title when it has no SKU", () => {
    const noSku = { ...invoice, lines: invoice.lines.map((l) => ({ ...l, sku: null })) }
    expect(() =>
      creditNoteAmounts({
        currencyCode: "eur",
        invoice: noSku,
        credited: noneCredited(),
        lines: [{ position: 2, quantity: 3 }],
        charges: false,
      })
    ).toThrow("Line 2 (Item 2) has 2 of 2 left to credit, not 3")
  })

  it("says when there is nothing left to credit", () => {
    const all = creditNoteAmounts({
      currencyCode: "eur",
      invoice,
      credited: noneCredited(),
      ...remainingToCredit(invoice, noneCredited()),
    })
    const credited = creditedSoFar([all])
    const rest = remainingToCredit(invoice, credited)
    expect(rest).toEqual({ lines: [], charges: false })
    const run = () => creditNoteAmounts({ currencyCode: "eur", invoice, credited, ...rest })
    expect(run).toThrow(CreditRequestError)
    expect(run).toThrow("Nothing left to credit on this invoice")
    // also with an empty request on an invoice without charges
    const noCharges = { lines: invoice.lines, charges: [] }
    expect(() =>
      creditNoteAmounts({
        currencyCode: "eur",
        invoice: noCharges,
        credited: noneCredited(),
        lines: [],
        charges: true,
      })
    ).toThrow("Nothing left to credit on this invoice")
  })
})

describe("remainingToCredit and creditedSoFar", () => {
  const invoice = invoiceFor(medusaOrder(ORDERS[2][1]))
  const note = (
    credited: ReturnType<typeof creditedSoFar>,
    lines: Array<{ position: number; quantity: number }>,
    charges = false
  ) => creditNoteAmounts({ currencyCode: "eur", invoice, credited, lines, charges })

  it("tracks quantities, nets and taxes across partial credits", () => {
    const n1 = note(noneCredited(), [
      { position: 1, quantity: 1 },
      { position: 3, quantity: 2 },
    ])
    const n2 = note(creditedSoFar([n1]), [{ position: 3, quantity: 3 }], true)
    const credited = creditedSoFar([n1, n2])
    expect(credited.lines.get(1)).toEqual({
      quantity: 1,
      net: n1.lines[0].net_amount,
      tax: n1.lines[0].tax_amount,
    })
    expect(credited.lines.get(3)).toEqual({
      quantity: 5,
      net: MathBN.add(n1.lines[1].net_amount, n2.lines[0].net_amount).toFixed(),
      tax: MathBN.add(n1.lines[1].tax_amount, n2.lines[0].tax_amount).toFixed(),
    })
    expect(credited.lines.has(2)).toBe(false)
    expect(credited.charges.get(0)).toEqual({ net: "35.00", tax: "7.00" })
    expect(remainingToCredit(invoice, credited)).toEqual({
      lines: [
        { position: 1, quantity: 2 },
        { position: 2, quantity: 2 },
        { position: 3, quantity: 2 },
        { position: 4, quantity: 11 },
      ],
      charges: false,
    })
  })

  it("reads positions from notes whose lines have no credited_position", () => {
    const legacy = { lines: [{ ...invoice.lines[1], quantity: 1 }], charges: [{ ...invoice.charges[0] }] }
    const credited = creditedSoFar([legacy])
    expect(credited.lines.get(2)?.quantity).toBe(1)
    expect(credited.charges.has(0)).toBe(true)
  })

  it("empties after a full credit in several notes, which add up to the invoice", () => {
    const notes: DocumentAmounts[] = []
    notes.push(note(noneCredited(), [{ position: 4, quantity: 4 }]))
    notes.push(
      note(
        creditedSoFar(notes),
        [
          { position: 4, quantity: 4 },
          { position: 1, quantity: 2 },
        ],
        true
      )
    )
    notes.push(note(creditedSoFar(notes), remainingToCredit(invoice, creditedSoFar(notes)).lines))
    const credited = creditedSoFar(notes)
    expect(remainingToCredit(invoice, credited)).toEqual({ lines: [], charges: false })
    for (const line of invoice.lines) {
      expect(credited.lines.get(line.position)).toEqual({
        quantity: line.quantity,
        net: MathBN.convert(line.net_amount).toFixed(),
        tax: MathBN.convert(line.tax_amount).toFixed(),
      })
    }
    expect(add(notes.map((n) => n.total)).toFixed(2)).toBe(invoice.total)
    expect(add(notes.map((n) => n.subtotal)).toFixed(2)).toBe(invoice.subtotal)
  })

  // Each line in at most two slices (some units, then the rest): three or more
  // partial slices of a line can over-credit it (known defect at the end of this file).
  it("credits random invoices in random notes back to the cent (100 seeds)", () => {
    for (const seed of SEEDS.slice(0, 100)) {
      const spec = randomOrder(seed)
      const order = medusaOrder(spec)
      const inv = invoiceFor(order)
      const r = prng(seed * 13 + 5)
      const notes: DocumentAmounts[] = []
      const sliced = new Set<number>()
      try {
        for (let round = 0; round < 50; round++) {
          const credited = creditedSoFar(notes)
          const rest = remainingToCredit(inv, credited)
          if (rest.lines.length === 0 && !rest.charges) break
          const lines = rest.lines
            .filter(() => r.next() < 0.6)
            .map((l) => ({
              position: l.position,
              quantity: sliced.has(l.position) ? l.quantity : r.int(1, l.quantity),
            }))
          for (const l of lines) sliced.add(l.position)
          const charges = rest.charges && r.next() < 0.5
          if (lines.length === 0 && !charges) continue
          const creditNote = creditNoteAmounts({
            currencyCode: order.currency,
            invoice: inv,
            credited,
            lines,
            charges,
          })
          expectConsistent(creditNote, order.currency, 1)
          notes.push(creditNote)
        }
        const rest = remainingToCredit(inv, creditedSoFar(notes))
        if (rest.lines.length > 0 || rest.charges) {
          notes.push(
            creditNoteAmounts({
              currencyCode: order.currency,
              invoice: inv,
              credited: creditedSoFar(notes),
              ...rest,
            })
          )
        }
        const d = currencyDecimals(order.currency)
        const credited = creditedSoFar(notes)
        for (const line of inv.lines) {
          const done = credited.lines.get(line.position)!
          expect([
            done.quantity,
            MathBN.convert(done.net).toFixed(d),
            MathBN.convert(done.tax).toFixed(d),
          ]).toEqual([line.quantity, line.net_amount, line.tax_amount])
        }
        expect(add(notes.map((n) => n.subtotal)).toFixed(d)).toBe(inv.subtotal)
        expect(add(notes.map((n) => n.tax_total)).toFixed(d)).toBe(inv.tax_total)
        expect(add(notes.map((n) => n.total)).toFixed(d)).toBe(inv.total)
      } catch (error) {
        throw new Error(`seed ${seed}: ${JSON.stringify(spec)}\n${(error as Error).message}`)
      }
    }
  })
})

/* ------------------------------------------------------------------ */
/* Fixed defects, kept as regression tests                             */
/* ------------------------------------------------------------------ */

describe("fixed defects", () => {
  // DocumentLine.discount is documented as ">= 0" (promotions), but it is derived as
  // quantity × rounded unit price − rounded net: an item with no promotion and a
  // sub-cent unit price gets a negative "discount" (the PDF prints "−-0.01",
  // CII writes a negative allowance).
  it("an item without promotion has no negative discount (0.333 EUR × 3)", () => {
    const doc = invoiceFor(
      medusaOrder({ currency: "eur", items: [{ price: "0.333", qty: 3, rates: [20] }], shipping: [] })
    )
    expect(doc.lines[0]).toMatchObject({ unit_price: "0.333", net_amount: "1.00", discount: "0.00" })
  })

  // Medusa's own totals for a tax-inclusive line with a 100 % promotion come out
  // a hair below zero (subtotal 16.66666666666666666667, discount_subtotal
  // 16.66666666666666666668, tax_total −2e-21). Divided by the quantity, the unit
  // tax rounds to a negative zero (-0), whose isNegative() is true, so
  // apportionRounded throws "apportionRounded takes amounts >= 0": an order with
  // a free tax-inclusive gift cannot be invoiced.
  it("invoices a tax-inclusive 10 EUR × 2 at 20 % with a 100 % promotion", () => {
    const order = medusaOrder({
      currency: "eur",
      items: [
        { price: "10", qty: 2, rates: [20], inclusive: true, promo: { percent: "100" } },
        { price: "5", qty: 1, rates: [20] },
      ],
      shipping: [],
    })
    const doc = invoiceFor(order)
    expect(doc.lines[0]).toMatchObject({ net_amount: "0.00", tax_amount: "0.00" })
    expect(doc.total).toBe("6.00")
  })

  // Partial credits take each slice's share rounded half-up, and nothing caps
  // what has already been credited: crediting a line unit by unit can take back
  // more than the invoice line, and the last slice ("the rest") then becomes
  // negative and apportionRounded throws a plain Error, not a CreditRequestError.
  it("crediting a 0.015 EUR × 10 line one unit at a time gives back exactly the line", () => {
    const inv = invoiceFor(
      medusaOrder({ currency: "eur", items: [{ price: "0.015", qty: 10, rates: [0] }], shipping: [] })
    )
    expect(inv.lines[0].net_amount).toBe("0.15")
    const notes: DocumentAmounts[] = []
    for (let i = 0; i < 10; i++) {
      notes.push(
        creditNoteAmounts({
          currencyCode: "eur",
          invoice: inv,
          credited: creditedSoFar(notes),
          lines: [{ position: 1, quantity: 1 }],
          charges: false,
        })
      )
    }
    expect(creditedSoFar(notes).lines.get(1)?.net).toBe("0.15")
  })

  // The same in yen: 18 JPY × 209 at 2.1 % has 79 JPY of tax; credited two units
  // at a time, each note takes 1 JPY of tax (0.756 rounded), 80 JPY after 160
  // units, and the last note fails with "apportionRounded takes amounts >= 0".
  it("crediting 18 JPY × 209 at 2.1 % two units at a time never takes back more tax than invoiced", () => {
    const inv = invoiceFor(
      medusaOrder({ currency: "jpy", items: [{ price: "18", qty: 209, rates: [2.1] }], shipping: [] })
    )
    expect(inv.lines[0]).toMatchObject({ net_amount: "3762", tax_amount: "79" })
    const notes: DocumentAmounts[] = []
    for (let left = 209; left > 0; left -= 2) {
      const credited = creditedSoFar(notes)
      expect(MathBN.lte(credited.lines.get(1)?.tax ?? 0, 79)).toBe(true)
      notes.push(
        creditNoteAmounts({
          currencyCode: "jpy",
          invoice: inv,
          credited,
          lines: [{ position: 1, quantity: Math.min(2, left) }],
          charges: false,
        })
      )
    }
    expect(creditedSoFar(notes).lines.get(1)).toEqual({ quantity: 209, net: "3762", tax: "79" })
  })
})

describe("priceReductionAmounts (refunds with no goods back)", () => {
  const invoice = { lines: MIXED_RATES_INVOICE.lines, charges: MIXED_RATES_INVOICE.charges }
  const none = creditedSoFar([])
  const reduce = (amount: string, credited = none) =>
    priceReductionAmounts({ currencyCode: "eur", invoice, credited, amount })

  it.each([["10.00"], ["0.01"], ["154.53"], ["99.99"]])(
    "credits exactly %s, tax included, at each line's rate",
    (amount) => {
      const note = reduce(amount)
      expect(note.total).toBe(amount)
      expect(note.charges).toEqual([])
      for (const line of note.lines) {
        expect(line).toMatchObject({ quantity: 1, price_reduction: true, discount: "0.00" })
        expect(line.unit_price).toBe(line.net_amount)
        const original = invoice.lines.find((l) => l.position === line.credited_position)!
        expect(line.tax_rate).toBe(original.tax_rate)
      }
    }
  )

  it("shares the refund in proportion to what each line has left", () => {
    // Lines: 67.23 + 13.45 = 80.68 and 70.00 + 3.85 = 73.85 (154.53 in all).
    const note = reduce("15.45")
    const byPosition = Object.fromEntries(
      note.lines.map((l) => [l.credited_position, MathBN.add(l.net_amount, l.tax_amount).toFixed(2)])
    )
    expect(byPosition).toEqual({ 1: "8.07", 2: "7.38" })
  })

  it.each([
    ["154.54", /The refund of 154.54 is more than the 154.53 left to credit/],
    ["0", /must be more than zero/],
  ])("refuses %s", (amount, message) => {
    expect(() => reduce(amount)).toThrow(CreditRequestError)
    expect(() => reduce(amount)).toThrow(message)
  })

  it("takes no units: a later return credits what is left of the lines, never more than the invoice", () => {
    const reduction = reduce("20.00")
    const credited = creditedSoFar([reduction])
    expect(remainingToCredit(invoice, credited).lines).toEqual([
      { position: 1, quantity: 3 },
      { position: 2, quantity: 2 },
    ])
    const rest = creditNoteAmounts({
      currencyCode: "eur",
      invoice,
      credited,
      ...remainingToCredit(invoice, credited),
    })
    expect(MathBN.add(reduction.total, rest.total).toFixed(2)).toBe(MIXED_RATES_INVOICE.total)
  })

  it("credits returned goods at zero once their lines were refunded in full", () => {
    const credited = creditedSoFar([reduce("154.53")])
    const returned = creditNoteAmounts({
      currencyCode: "eur",
      invoice,
      credited,
      lines: [{ position: 1, quantity: 3 }],
      charges: false,
    })
    expect(returned.lines).toEqual([
      expect.objectContaining({ quantity: 3, net_amount: "0.00", tax_amount: "0.00" }),
    ])
    expect(returned.total).toBe("0.00")
  })
})

describe("allocateAmountToInvoices", () => {
  it.each([
    [
      "10",
      [
        ["a", "30"],
        ["b", "20"],
      ],
      [["a", "10"]],
      "0",
    ],
    [
      "45",
      [
        ["a", "30"],
        ["b", "20"],
      ],
      [
        ["a", "30"],
        ["b", "15"],
      ],
      "0",
    ],
    [
      "60",
      [
        ["a", "30"],
        ["b", "20"],
      ],
      [
        ["a", "30"],
        ["b", "20"],
      ],
      "10",
    ],
    [
      "5",
      [
        ["a", "0"],
        ["b", "20"],
      ],
      [["b", "5"]],
      "0",
    ],
  ])("%s over %j", (amount, invoices, credits, unallocated) => {
    const result = allocateAmountToInvoices(
      amount,
      invoices.map(([id, left]) => ({ id, left }))
    )
    expect(result.credits.map((c) => [c.invoice_id, c.amount])).toEqual(credits)
    expect(result.unallocated).toBe(unallocated)
  })
})
