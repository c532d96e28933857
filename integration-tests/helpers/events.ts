import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export type RecordedEvent = { name: string; data: any }

/**
 * Records every event the app publishes (a "*" subscriber on the real event
 * bus), so a spec can check that a change emitted its event exactly once,
 * with its payload, and that a refused change emitted nothing.
 *
 * The bus publishes after the workflow that emitted has finished, a tick
 * after the HTTP answer: `waitFor` polls for the expected count, and
 * `settle` waits long enough for a stray event to show before asserting
 * that none came.
 */
export function recordEvents(container: MedusaContainer) {
  const seen: RecordedEvent[] = []
  const subscriber = async ({ name, data }: { name: string; data: unknown }) => {
    seen.push({ name, data })
  }
  const subscriberId = `o2c-test-recorder-${Math.random().toString(36).slice(2)}`
  const eventBus = container.resolve(Modules.EVENT_BUS)
  eventBus.subscribe("*", subscriber, { subscriberId })

  const named = (name: string) => seen.filter((e) => e.name === name)
  /** The events whose name starts with one of `prefixes` (all when none given). */
  const list = (...prefixes: string[]) =>
    prefixes.length ? seen.filter((e) => prefixes.some((p) => e.name.startsWith(p))) : [...seen]

  return {
    list,
    named,
    clear: () => {
      seen.length = 0
    },
    /** Resolves with the events of that name once at least `count` were published; fails after `timeoutMs`. */
    async waitFor(name: string, count = 1, timeoutMs = 10_000): Promise<RecordedEvent[]> {
      const deadline = Date.now() + timeoutMs
      while (named(name).length < count) {
        if (Date.now() > deadline) {
          throw new Error(
            `expected ${count} "${name}" event(s) within ${timeoutMs} ms, got ${named(name).length}; ` +
              `published: ${seen.map((e) => e.name).join(", ") || "none"}`
          )
        }
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      return named(name)
    },
    /** Gives events published by a finished request time to arrive (before asserting what did not). */
    settle: (ms = 500) => new Promise((resolve) => setTimeout(resolve, ms)),
    stop: () => eventBus.unsubscribe("*", subscriber, { subscriberId }),
  }
}

export type EventRecorder = ReturnType<typeof recordEvents>
