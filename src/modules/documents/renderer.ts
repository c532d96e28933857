import { constants as fsConstants } from "node:fs"
import { access, mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type Browser, type HTTPRequest, launch, type Page } from "puppeteer-core"

/**
 * HTML -> PDF with one warm headless Chromium. Launching Chromium costs far
 * more than printing a page, so the browser is launched on the first render
 * and kept, with a small pool of pages reused from render to render (a page's
 * only state is the document its next setContent replaces: JavaScript is off
 * and nothing can be fetched). At most `concurrency` renders run at once, the
 * others wait in a queue. If Chromium dies, the renders in flight reject and
 * the next render launches a new one.
 */

export type PdfRendererOptions = {
  /** Default: $CHROMIUM_PATH, else /usr/bin/chromium, read at each launch. */
  executablePath?: string
  /** Renders running at once (pages open). Default 2. */
  concurrency?: number
  /** Per-render limit, from the moment the render leaves the queue. Default 30 s. */
  timeoutMs?: number
}

export type PdfRendererStats = {
  /** Renders running now. */
  inFlight: number
  /** Highest `inFlight` since the renderer was created. */
  maxInFlight: number
  /** Renders waiting for a slot. */
  queued: number
  rendersCompleted: number
  browserLaunches: number
  /** Requests the pages tried to make and were refused (anything but data: URLs). */
  blockedRequests: number
}

const DEFAULT_EXECUTABLE = "/usr/bin/chromium"
const DEFAULT_CONCURRENCY = 2
const DEFAULT_TIMEOUT_MS = 30_000

// Running as root in a container: no sandbox, no GPU, /dev/shm is small; and
// nothing a browser does in the background (updates, sync, QUIC probes) is wanted.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--disable-extensions",
  "--mute-audio",
  "--hide-scrollbars",
]

/** The page a render is using, so a timeout can close it. */
type RenderJob = { page: Page | null }

// What puppeteer says when the browser goes away under a pending command.
const CONNECTION_LOST = /Target closed|Session closed|Connection closed|Protocol error.*closed/i

/** One launched Chromium and the pages it has open for reuse. */
type BrowserSession = {
  browser: Browser
  userDataDir: string
  idlePages: Page[]
}

export class PdfRenderer {
  private readonly configuredExecutable: string | undefined
  private readonly concurrency: number
  private readonly timeoutMs: number

  private session: BrowserSession | null = null
  private launching: Promise<BrowserSession> | null = null
  private readonly waiting: Array<{ start: () => void; reject: (error: Error) => void }> = []
  private closed = false
  private readonly counters: PdfRendererStats = {
    inFlight: 0,
    maxInFlight: 0,
    queued: 0,
    rendersCompleted: 0,
    browserLaunches: 0,
    blockedRequests: 0,
  }

  constructor(options: PdfRendererOptions = {}) {
    this.configuredExecutable = options.executablePath
    this.concurrency = options.concurrency ?? DEFAULT_CONCURRENCY
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    if (!Number.isInteger(this.concurrency) || this.concurrency < 1) {
      throw new Error(`concurrency must be a positive integer, got ${options.concurrency}`)
    }
    if (!(this.timeoutMs > 0)) {
      throw new Error(`timeoutMs must be positive, got ${options.timeoutMs}`)
    }
  }

  /** Prints an HTML document to an A4 PDF (tagged, backgrounds printed). */
  async render(html: string): Promise<Uint8Array> {
    await this.acquireSlot()
    const job: RenderJob = { page: null }
    try {
      // On timeout the page is closed, which makes its pending setContent or pdf reject at once.
      const pdf = await this.withTimeout(this.renderInSlot(html, job), () =>
        job.page?.close().catch(() => undefined)
      )
      this.counters.rendersCompleted++
      return pdf
    } finally {
      this.releaseSlot()
    }
  }

  stats(): PdfRendererStats {
    return { ...this.counters, queued: this.waiting.length }
  }

  /** The running browser, for tests that kill it to exercise recovery. */
  __browserForTests(): Browser | null {
    return this.session?.browser ?? null
  }

  /** Refuses queued renders, closes Chromium and removes its profile directory. */
  async close(): Promise<void> {
    this.closed = true
    for (const waiter of this.waiting.splice(0)) {
      waiter.reject(new Error("PdfRenderer closed before the render started"))
    }
    const session = this.session ?? (await this.launching?.catch(() => null)) ?? null
    this.session = null
    this.launching = null
    if (session) {
      await session.browser.close().catch(() => undefined)
      await removeProfile(session.userDataDir)
    }
  }

  private acquireSlot(): Promise<void> {
    if (this.closed) {
      return Promise.reject(new Error("PdfRenderer is closed"))
    }
    if (this.counters.inFlight < this.concurrency) {
      this.startSlot()
      return Promise.resolve()
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({
        start: () => {
          this.startSlot()
          resolve()
        },
        reject,
      })
    })
  }

  private startSlot(): void {
    this.counters.inFlight++
    this.counters.maxInFlight = Math.max(this.counters.maxInFlight, this.counters.inFlight)
  }

  private releaseSlot(): void {
    this.counters.inFlight--
    // The slot passes straight to the next waiter, so inFlight never exceeds concurrency.
    this.waiting.shift()?.start()
  }

  private async renderInSlot(html: string, job: RenderJob): Promise<Uint8Array> {
    const session = await this.currentSession()
    let page: Page | null = null
    let reusable = false
    try {
      page = session.idlePages.pop() ?? (await this.openPage(session))
      job.page = page
      await page.setContent(html, { waitUntil: "load", timeout: this.timeoutMs })
      const pdf = await page.pdf({
        format: "A4",
        printBackground: true,
        tagged: true,
        preferCSSPageSize: true,
        timeout: this.timeoutMs,
      })
      reusable = true
      return pdf
    } catch (error) {
      if (!session.browser.connected || CONNECTION_LOST.test(String(error))) {
        throw new Error(
          "PDF render failed: Chromium (or its page) went away during the render; " +
            "the next render relaunches it, so this one can be retried",
          { cause: error }
        )
      }
      throw error
    } finally {
      if (page) {
        this.returnPage(session, page, reusable)
      }
    }
  }

  private returnPage(session: BrowserSession, page: Page, reusable: boolean): void {
    if (reusable && session === this.session && !page.isClosed()) {
      session.idlePages.push(page)
    } else if (session.browser.connected) {
      // A page that failed or timed out may still be busy: never hand it to another render.
      page.close().catch(() => undefined)
    }
  }

  private async openPage(session: BrowserSession): Promise<Page> {
    const page = await session.browser.newPage()
    try {
      // The HTML is ours, but defence in depth: no script runs and nothing is fetched,
      // so an escaping bug can neither execute code nor leak data, and no render waits on the network.
      await page.setJavaScriptEnabled(false)
      await page.setRequestInterception(true)
    } catch (error) {
      page.close().catch(() => undefined)
      throw error
    }
    page.on("request", (request: HTTPRequest) => {
      if (request.url().startsWith("data:")) {
        request.continue().catch(() => undefined)
      } else {
        this.counters.blockedRequests++
        request.abort("blockedbyclient").catch(() => undefined)
      }
    })
    return page
  }

  private async currentSession(): Promise<BrowserSession> {
    if (this.session?.browser.connected) {
      return this.session
    }
    if (!this.launching) {
      this.launching = this.launchSession().finally(() => {
        this.launching = null
      })
    }
    return this.launching
  }

  // Read at each launch, so that a Chromium installed or a CHROMIUM_PATH
  // fixed after a failed render is found by the retry, without a restart.
  private get executablePath(): string {
    return this.configuredExecutable ?? (process.env.CHROMIUM_PATH || DEFAULT_EXECUTABLE)
  }

  private async launchSession(): Promise<BrowserSession> {
    await assertExecutable(this.executablePath)
    const userDataDir = await mkdtemp(join(tmpdir(), "o2c-pdf-"))
    let browser: Browser
    try {
      browser = await launch({
        executablePath: this.executablePath,
        headless: true,
        // DevTools over a pipe: no debugging port opened on the machine.
        pipe: true,
        userDataDir,
        args: CHROMIUM_ARGS,
        timeout: Math.max(this.timeoutMs, DEFAULT_TIMEOUT_MS),
      })
    } catch (error) {
      await removeProfile(userDataDir)
      throw error
    }
    this.counters.browserLaunches++
    const session: BrowserSession = { browser, userDataDir, idlePages: [] }
    browser.once("disconnected", () => {
      // Crashed or killed: forget it so the next render relaunches, and drop its profile.
      if (this.session === session) {
        this.session = null
      }
      session.idlePages = []
      removeProfile(userDataDir).catch(() => undefined)
    })
    if (this.closed) {
      await browser.close().catch(() => undefined)
      throw new Error("PdfRenderer closed while Chromium was starting")
    }
    this.session = session
    return session
  }

  private withTimeout<T>(work: Promise<T>, onTimeout: () => void): Promise<T> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        onTimeout()
        reject(new Error(`PDF render timed out after ${this.timeoutMs} ms`))
      }, this.timeoutMs)
    })
    // Once timed out, the work's own rejection has no one left to hear it.
    work.catch(() => undefined)
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
  }
}

/** The "browser per invoice" baseline: launch Chromium, print one document, close it. */
export async function renderOnce(
  html: string,
  options: Omit<PdfRendererOptions, "concurrency"> = {}
): Promise<Uint8Array> {
  const renderer = new PdfRenderer({ ...options, concurrency: 1 })
  try {
    return await renderer.render(html)
  } finally {
    await renderer.close()
  }
}

async function assertExecutable(executablePath: string): Promise<void> {
  try {
    await access(executablePath, fsConstants.X_OK)
  } catch {
    throw new Error(
      `Chromium not found at ${executablePath}: install the chromium package or set CHROMIUM_PATH`
    )
  }
}

async function removeProfile(userDataDir: string): Promise<void> {
  await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 })
}
