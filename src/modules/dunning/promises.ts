import { MathBN } from "@medusajs/framework/utils"

type OpenPromise = { invoice_ids: unknown; currency_code: string; amount: unknown; raw_amount?: unknown }
type OpenItem = { invoice_id: string; currency_code: string; open: string }

/**
 * How much of each invoice open promises cover: a promise naming invoices
 * covers those, else the company's invoices in its currency; either way
 * oldest first (the invoices come sorted by due date), never more than is
 * open. What a promise covers is not chased until its date plus grace.
 */
export function coverOldestFirst(promises: OpenPromise[], invoices: OpenItem[]): Map<string, string> {
  const left = new Map(invoices.map((i) => [i.invoice_id, MathBN.convert(i.open)]))
  const covered = new Map<string, string>()
  for (const promise of promises) {
    const named = Array.isArray(promise.invoice_ids) ? (promise.invoice_ids as string[]) : []
    let budget = MathBN.convert((promise.raw_amount as any) ?? (promise.amount as any))
    const targets = invoices.filter(
      (i) => i.currency_code === promise.currency_code && (!named.length || named.includes(i.invoice_id))
    )
    for (const invoice of targets) {
      if (MathBN.lte(budget, 0)) break
      const take = MathBN.min(budget, left.get(invoice.invoice_id)!)
      if (MathBN.lte(take, 0)) continue
      left.set(invoice.invoice_id, MathBN.sub(left.get(invoice.invoice_id)!, take))
      covered.set(invoice.invoice_id, MathBN.add(covered.get(invoice.invoice_id) ?? 0, take).toString())
      budget = MathBN.sub(budget, take)
    }
  }
  return covered
}
