const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Each HTTP test file boots its own app; entity metadata from the previous
// file would otherwise leak into the next one.
MetadataStorage.clear()

// The app under test runs in the test's own process, so a synchronous check
// (Saxon on the EN 16931 rules, pdftotext) blocks its event loop too. When it
// unblocks, the server closes keep-alive sockets idle past its timeout while
// the client may be reusing one for its next request: ECONNRESET. A fresh
// connection per request rules that out.
const http = require("node:http")
http.globalAgent = new http.Agent({ keepAlive: false })
