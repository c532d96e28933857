/**
 * The part of MikroORM's entity manager that hand-written SQL needs. Medusa
 * hands modules the manager as `context.manager`/`context.transactionManager`
 * without this type, so repositories take it as this.
 */
export type Manager = {
  execute: (sql: string, params?: unknown[]) => Promise<any[]>
  /** Writes what the ORM holds so far, so that SQL later in the same transaction sees it. */
  flush: () => Promise<void>
}
