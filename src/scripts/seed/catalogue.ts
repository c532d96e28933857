/**
 * The demo catalogue: industrial supplies a B2B buyer reorders. Prices are in
 * EUR excluding VAT (the region adds French VAT); `stock` is the quantity put
 * in the demo warehouse for each variant.
 */
export type CatalogueProduct = {
  handle: string
  title: string
  description: string
  category: string
  option: string
  variants: { value: string; sku: string; price: number; stock: number }[]
}

export const DEMO_CATALOGUE: CatalogueProduct[] = [
  {
    handle: "hex-bolt-m8-din-933",
    title: "Hex bolt M8 DIN 933, zinc plated, box of 100",
    description: "Fully threaded hexagon head bolts, steel class 8.8, zinc plated.",
    category: "Fasteners",
    option: "Length",
    variants: [
      { value: "20 mm", sku: "FAST-HB-M8-20", price: 8.9, stock: 500 },
      { value: "30 mm", sku: "FAST-HB-M8-30", price: 10.4, stock: 500 },
      { value: "40 mm", sku: "FAST-HB-M8-40", price: 12.2, stock: 400 },
    ],
  },
  {
    handle: "hex-nut-din-934",
    title: "Hex nut DIN 934, class 8, box of 200",
    description: "Hexagon nuts, steel class 8, zinc plated.",
    category: "Fasteners",
    option: "Thread",
    variants: [
      { value: "M6", sku: "FAST-HN-M6", price: 4.6, stock: 800 },
      { value: "M8", sku: "FAST-HN-M8", price: 5.9, stock: 800 },
      { value: "M10", sku: "FAST-HN-M10", price: 8.3, stock: 600 },
    ],
  },
  {
    handle: "flat-washer-din-125",
    title: "Flat washer DIN 125, box of 500",
    description: "Flat washers, steel, zinc plated.",
    category: "Fasteners",
    option: "Size",
    variants: [
      { value: "M6", sku: "FAST-FW-M6", price: 3.8, stock: 1000 },
      { value: "M8", sku: "FAST-FW-M8", price: 4.9, stock: 1000 },
    ],
  },
  {
    handle: "anchor-bolt-m10",
    title: "Concrete anchor bolt M10, box of 50",
    description: "Through bolts for cracked and non-cracked concrete, ETA approved.",
    category: "Fasteners",
    option: "Length",
    variants: [
      { value: "80 mm", sku: "FAST-AB-M10-80", price: 24.5, stock: 200 },
      { value: "120 mm", sku: "FAST-AB-M10-120", price: 31.0, stock: 150 },
    ],
  },
  {
    handle: "cut-resistant-gloves-en388",
    title: "Cut-resistant gloves EN 388 level C, pair",
    description: "Nitrile-coated cut-resistant gloves for sheet metal handling.",
    category: "Safety equipment",
    option: "Size",
    variants: [
      { value: "8", sku: "SAFE-GL-C-8", price: 6.5, stock: 300 },
      { value: "9", sku: "SAFE-GL-C-9", price: 6.5, stock: 400 },
      { value: "10", sku: "SAFE-GL-C-10", price: 6.5, stock: 300 },
    ],
  },
  {
    handle: "safety-glasses-en166",
    title: "Safety glasses EN 166, anti-fog",
    description: "Wraparound polycarbonate safety glasses, anti-scratch and anti-fog.",
    category: "Safety equipment",
    option: "Lens",
    variants: [
      { value: "Clear", sku: "SAFE-SG-CLR", price: 4.2, stock: 500 },
      { value: "Tinted", sku: "SAFE-SG-TNT", price: 4.9, stock: 300 },
    ],
  },
  {
    handle: "safety-helmet-en397",
    title: "Safety helmet EN 397 with ratchet",
    description: "ABS shell, 6-point textile harness, ratchet adjustment.",
    category: "Safety equipment",
    option: "Colour",
    variants: [
      { value: "White", sku: "SAFE-HH-WHT", price: 14.9, stock: 120 },
      { value: "Yellow", sku: "SAFE-HH-YEL", price: 14.9, stock: 120 },
      { value: "Blue", sku: "SAFE-HH-BLU", price: 14.9, stock: 80 },
    ],
  },
  {
    handle: "hi-vis-vest-en-iso-20471",
    title: "High-visibility vest EN ISO 20471 class 2",
    description: "Fluorescent yellow vest with two reflective bands.",
    category: "Safety equipment",
    option: "Size",
    variants: [
      { value: "M", sku: "SAFE-HV-M", price: 3.9, stock: 300 },
      { value: "L", sku: "SAFE-HV-L", price: 3.9, stock: 300 },
      { value: "XL", sku: "SAFE-HV-XL", price: 3.9, stock: 200 },
    ],
  },
  {
    handle: "safety-boots-s3",
    title: "Safety boots S3 SRC, composite toe",
    description: "Water-resistant leather safety boots, composite toe cap and anti-perforation sole.",
    category: "Safety equipment",
    option: "Size",
    variants: [
      { value: "41", sku: "SAFE-BT-41", price: 68.0, stock: 40 },
      { value: "42", sku: "SAFE-BT-42", price: 68.0, stock: 60 },
      { value: "43", sku: "SAFE-BT-43", price: 68.0, stock: 60 },
      { value: "44", sku: "SAFE-BT-44", price: 68.0, stock: 40 },
    ],
  },
  {
    handle: "ear-defenders-snr-30",
    title: "Ear defenders SNR 30 dB",
    description: "Over-the-head ear defenders with padded headband.",
    category: "Safety equipment",
    option: "Model",
    variants: [{ value: "Standard", sku: "SAFE-ED-30", price: 17.5, stock: 150 }],
  },
  {
    handle: "cordless-drill-18v",
    title: "Cordless drill driver 18 V",
    description: "Brushless drill driver, 60 Nm, two 4 Ah batteries and charger in a case.",
    category: "Tools",
    option: "Kit",
    variants: [
      { value: "Bare tool", sku: "TOOL-CD18-BARE", price: 119.0, stock: 25 },
      { value: "With 2 batteries", sku: "TOOL-CD18-KIT", price: 229.0, stock: 30 },
    ],
  },
  {
    handle: "hss-drill-bit-set",
    title: "HSS-G drill bit set DIN 338",
    description: "Ground high-speed steel twist drills in a metal case.",
    category: "Tools",
    option: "Set",
    variants: [
      { value: "19 pieces 1-10 mm", sku: "TOOL-DB-19", price: 32.0, stock: 80 },
      { value: "25 pieces 1-13 mm", sku: "TOOL-DB-25", price: 54.0, stock: 50 },
    ],
  },
  {
    handle: "adjustable-wrench",
    title: "Adjustable wrench, chrome vanadium",
    description: "Forged chrome vanadium steel, phosphated, with scale.",
    category: "Tools",
    option: "Length",
    variants: [
      { value: "200 mm", sku: "TOOL-AW-200", price: 16.9, stock: 100 },
      { value: "250 mm", sku: "TOOL-AW-250", price: 21.5, stock: 80 },
      { value: "300 mm", sku: "TOOL-AW-300", price: 27.9, stock: 60 },
    ],
  },
  {
    handle: "torque-wrench-half-inch",
    title: 'Torque wrench 1/2", 40-210 Nm',
    description: "Click-type torque wrench with calibration certificate, accuracy ±4 %.",
    category: "Tools",
    option: "Model",
    variants: [{ value: "40-210 Nm", sku: "TOOL-TW-210", price: 89.0, stock: 35 }],
  },
  {
    handle: "cutting-disc-125",
    title: "Cutting disc 125 x 1.0 mm for stainless steel",
    description: "Thin cutting discs for angle grinders, inox and steel.",
    category: "Consumables",
    option: "Pack",
    variants: [
      { value: "10 discs", sku: "CONS-CD125-10", price: 11.5, stock: 400 },
      { value: "50 discs", sku: "CONS-CD125-50", price: 49.0, stock: 150 },
    ],
  },
  {
    handle: "cable-ties",
    title: "Cable ties, black UV-resistant nylon, pack of 100",
    description: "Polyamide 6.6 cable ties, UV stabilised.",
    category: "Consumables",
    option: "Length",
    variants: [
      { value: "200 mm", sku: "CONS-CT-200", price: 3.2, stock: 1000 },
      { value: "300 mm", sku: "CONS-CT-300", price: 4.8, stock: 800 },
    ],
  },
  {
    handle: "multi-purpose-lubricant",
    title: "Multi-purpose lubricant spray 400 ml",
    description: "Penetrating oil, water repellent, corrosion protection.",
    category: "Consumables",
    option: "Pack",
    variants: [
      { value: "1 can", sku: "CONS-LUB-1", price: 6.9, stock: 600 },
      { value: "12 cans", sku: "CONS-LUB-12", price: 72.0, stock: 100 },
    ],
  },
  {
    handle: "nitrile-disposable-gloves",
    title: "Nitrile disposable gloves, powder-free, box of 100",
    description: "Blue nitrile examination gloves, 0.1 mm.",
    category: "Consumables",
    option: "Size",
    variants: [
      { value: "M", sku: "CONS-NG-M", price: 7.9, stock: 500 },
      { value: "L", sku: "CONS-NG-L", price: 7.9, stock: 500 },
      { value: "XL", sku: "CONS-NG-XL", price: 7.9, stock: 300 },
    ],
  },
  {
    handle: "pallet-stretch-film",
    title: "Pallet stretch film 500 mm x 300 m, 23 µm",
    description: "Hand stretch wrap film, cast, transparent.",
    category: "Consumables",
    option: "Pack",
    variants: [
      { value: "1 roll", sku: "CONS-SF-1", price: 9.4, stock: 300 },
      { value: "6 rolls", sku: "CONS-SF-6", price: 52.0, stock: 80 },
    ],
  },
  {
    handle: "spill-absorbent-pads",
    title: "Oil-only absorbent pads, 40 x 50 cm, bale of 100",
    description: "Polypropylene pads that absorb oils and repel water.",
    category: "Consumables",
    option: "Pack",
    variants: [{ value: "100 pads", sku: "CONS-AP-100", price: 38.0, stock: 90 }],
  },
  {
    handle: "boltless-shelving-unit",
    title: "Boltless shelving unit, 180 x 90 x 45 cm, galvanised",
    description: "Steel shelving, 265 kg per shelf, tool-free assembly.",
    category: "Storage",
    option: "Shelves",
    variants: [
      { value: "4 shelves", sku: "STOR-SH-4", price: 79.0, stock: 30 },
      { value: "5 shelves", sku: "STOR-SH-5", price: 94.0, stock: 30 },
    ],
  },
  {
    handle: "stackable-bin",
    title: "Stackable open-front storage bin",
    description: "Polypropylene bins for workshop racks.",
    category: "Storage",
    option: "Size",
    variants: [
      { value: "Small 5 L", sku: "STOR-BIN-S", price: 2.4, stock: 600 },
      { value: "Large 20 L", sku: "STOR-BIN-L", price: 6.8, stock: 300 },
    ],
  },
]

/** In the order the catalogue lists them. */
export const DEMO_CATEGORIES = [...new Set(DEMO_CATALOGUE.map((product) => product.category))]
