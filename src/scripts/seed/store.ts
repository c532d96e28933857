import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { ON_ACCOUNT_PROVIDER_ID } from "../../providers/on-account"
import { DEMO_CATALOGUE, DEMO_CATEGORIES } from "./catalogue"

/**
 * The store a B2B demo (and every HTTP test) starts from: a EUR region for
 * France with 20 % VAT, a sales channel and its publishable key, a warehouse
 * that ships to France, two shipping options, and the industrial catalogue
 * with stock. Every step looks for what it would create first, so running the
 * seed again changes nothing.
 */
export const DEMO_STORE = {
  regionName: "France",
  countries: ["fr"],
  currencyCode: "eur",
  vatRate: 20,
  salesChannelName: "B2B webshop",
  publishableKeyTitle: "B2B webshop",
  stockLocationName: "Lyon warehouse",
  fulfillmentSetName: "Lyon warehouse delivery",
  shippingOptions: [
    { name: "Standard delivery (48 h)", code: "standard", amount: 15 },
    { name: "Express delivery (24 h)", code: "express", amount: 35 },
  ],
} as const

export type SeededStore = {
  regionId: string
  salesChannelId: string
  publishableKey: string
  stockLocationId: string
  shippingOptionIds: string[]
  productCount: number
}

export async function seedStore(container: MedusaContainer): Promise<SeededStore> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const regionService = container.resolve(Modules.REGION)
  const taxService = container.resolve(Modules.TAX)
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const apiKeyService = container.resolve(Modules.API_KEY)
  const stockLocationService = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const storeService = container.resolve(Modules.STORE)

  logger.info("Seeding store: sales channel, region, VAT...")
  const salesChannel = await findOrCreate(
    () => salesChannelService.listSalesChannels({ name: DEMO_STORE.salesChannelName }),
    async () => {
      const { result } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: DEMO_STORE.salesChannelName }] },
      })
      return result[0]
    }
  )

  const region = await findOrCreate(
    () => regionService.listRegions({ name: DEMO_STORE.regionName }),
    async () => {
      const { result } = await createRegionsWorkflow(container).run({
        input: {
          regions: [
            {
              name: DEMO_STORE.regionName,
              currency_code: DEMO_STORE.currencyCode,
              countries: [...DEMO_STORE.countries],
              automatic_taxes: true,
            },
          ],
        },
      })
      return result[0]
    }
  )
  // Card-like system provider for anyone, pay on account for eligible buyers.
  await updateRegionsWorkflow(container).run({
    input: {
      selector: { id: region.id },
      update: { payment_providers: ["pp_system_default", ON_ACCOUNT_PROVIDER_ID] },
    },
  })

  const existingTaxRegions = await taxService.listTaxRegions({ country_code: [...DEMO_STORE.countries] })
  const missingTaxCountries = DEMO_STORE.countries.filter(
    (c) => !existingTaxRegions.some((t) => t.country_code === c && !t.parent_id)
  )
  if (missingTaxCountries.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTaxCountries.map((country_code) => ({
        country_code,
        provider_id: "tp_system",
        default_tax_rate: { rate: DEMO_STORE.vatRate, code: "FR-VAT-20", name: "TVA 20 %" },
      })),
    })
  }

  const [store] = await storeService.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "O2C Industrial Supplies",
        supported_currencies: [{ currency_code: DEMO_STORE.currencyCode, is_default: true }],
        default_sales_channel_id: salesChannel.id,
        default_region_id: region.id,
      },
    },
  })

  logger.info("Seeding warehouse and shipping...")
  const stockLocation = await findOrCreate(
    () => stockLocationService.listStockLocations({ name: DEMO_STORE.stockLocationName }),
    async () => {
      const { result } = await createStockLocationsWorkflow(container).run({
        input: {
          locations: [
            {
              name: DEMO_STORE.stockLocationName,
              address: {
                address_1: "12 rue de l'Industrie",
                city: "Lyon",
                postal_code: "69007",
                country_code: "FR",
              },
            },
          ],
        },
      })
      const [created] = result
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id: created.id, add: [salesChannel.id] },
      })
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: created.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      })
      return created
    }
  )

  const shippingProfile = await findOrCreate(
    () => fulfillmentService.listShippingProfiles({ type: "default" }),
    async () => {
      const { result } = await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Default shipping profile", type: "default" }] },
      })
      return result[0]
    }
  )

  const fulfillmentSet = await findOrCreate(
    () =>
      fulfillmentService.listFulfillmentSets(
        { name: DEMO_STORE.fulfillmentSetName },
        { relations: ["service_zones"] }
      ),
    async () => {
      const created = await fulfillmentService.createFulfillmentSets({
        name: DEMO_STORE.fulfillmentSetName,
        type: "shipping",
        service_zones: [
          {
            name: "France",
            geo_zones: DEMO_STORE.countries.map((country_code) => ({
              country_code,
              type: "country" as const,
            })),
          },
        ],
      })
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: created.id },
      })
      return created
    }
  )

  const existingOptions = await fulfillmentService.listShippingOptions({
    service_zone: { id: fulfillmentSet.service_zones[0].id },
  })
  const missingOptions = DEMO_STORE.shippingOptions.filter(
    (o) => !existingOptions.some((e) => e.name === o.name)
  )
  if (missingOptions.length) {
    await createShippingOptionsWorkflow(container).run({
      input: missingOptions.map((option) => ({
        name: option.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: shippingProfile.id,
        type: { label: option.name, description: option.name, code: option.code },
        prices: [
          { currency_code: DEMO_STORE.currencyCode, amount: option.amount },
          { region_id: region.id, amount: option.amount },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
  }
  const shippingOptions = await fulfillmentService.listShippingOptions({
    service_zone: { id: fulfillmentSet.service_zones[0].id },
  })

  logger.info("Seeding publishable key...")
  const apiKey = await findOrCreate(
    () => apiKeyService.listApiKeys({ title: DEMO_STORE.publishableKeyTitle, type: "publishable" }),
    async () => {
      const { result } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: DEMO_STORE.publishableKeyTitle, type: "publishable", created_by: "" }] },
      })
      const [created] = result
      await linkSalesChannelsToApiKeyWorkflow(container).run({
        input: { id: created.id, add: [salesChannel.id] },
      })
      return created
    }
  )

  const productCount = await seedCatalogue(container, {
    salesChannelId: salesChannel.id,
    shippingProfileId: shippingProfile.id,
    stockLocationId: stockLocation.id,
  })

  // Touch query so a misconfigured link graph fails here, not at the first cart.
  await query.graph({ entity: "region", fields: ["id"], filters: { id: region.id } })

  return {
    regionId: region.id,
    salesChannelId: salesChannel.id,
    publishableKey: apiKey.token,
    stockLocationId: stockLocation.id,
    shippingOptionIds: shippingOptions.map((o) => o.id),
    productCount,
  }
}

/** The first record `find` returns, else the one `create` makes: what makes running the seed again a no-op. */
async function findOrCreate<T>(find: () => Promise<T[]>, create: () => Promise<T>): Promise<T> {
  const [found] = await find()
  return found ?? create()
}

async function seedCatalogue(
  container: MedusaContainer,
  ids: { salesChannelId: string; shippingProfileId: string; stockLocationId: string }
): Promise<number> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productService = container.resolve(Modules.PRODUCT)

  logger.info("Seeding catalogue...")
  const existingCategories = await productService.listProductCategories({ name: DEMO_CATEGORIES })
  const missingCategories = DEMO_CATEGORIES.filter((name) => !existingCategories.some((c) => c.name === name))
  if (missingCategories.length) {
    await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missingCategories.map((name) => ({ name, is_active: true })) },
    })
  }
  const categories = await productService.listProductCategories({ name: DEMO_CATEGORIES })
  const categoryId = (name: string) => categories.find((c) => c.name === name)!.id

  const existingProducts = await productService.listProducts(
    { handle: DEMO_CATALOGUE.map((p) => p.handle) },
    { select: ["handle"] }
  )
  const missingProducts = DEMO_CATALOGUE.filter((p) => !existingProducts.some((e) => e.handle === p.handle))
  if (missingProducts.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missingProducts.map((p) => ({
          title: p.title,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          category_ids: [categoryId(p.category)],
          shipping_profile_id: ids.shippingProfileId,
          options: [{ title: p.option, values: p.variants.map((v) => v.value) }],
          variants: p.variants.map((v) => ({
            title: v.value,
            sku: v.sku,
            options: { [p.option]: v.value },
            manage_inventory: true,
            prices: [{ currency_code: DEMO_STORE.currencyCode, amount: v.price }],
          })),
          sales_channels: [{ id: ids.salesChannelId }],
        })),
      },
    })

    const stockBySku = new Map(missingProducts.flatMap((p) => p.variants.map((v) => [v.sku, v.stock])))
    const { data: inventoryItems } = await query.graph({
      entity: "inventory_item",
      fields: ["id", "sku", "location_levels.location_id"],
      filters: { sku: [...stockBySku.keys()] },
    })
    const levels = inventoryItems
      .filter(
        (item) =>
          !item.location_levels?.some(
            (l: { location_id?: string } | null) => l?.location_id === ids.stockLocationId
          )
      )
      .map((item) => ({
        inventory_item_id: item.id,
        location_id: ids.stockLocationId,
        stocked_quantity: stockBySku.get(item.sku!) ?? 0,
      }))
    if (levels.length) {
      await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
    }
  }
  return DEMO_CATALOGUE.length
}
