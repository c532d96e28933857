const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Each HTTP test file boots its own app; entity metadata from the previous
// file would otherwise leak into the next one.
MetadataStorage.clear()
