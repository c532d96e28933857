const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// One jest config, split by TEST_TYPE like Medusa's starters, so each kind of
// test runs with the setup it needs: unit tests boot nothing, module tests boot
// one module on PostgreSQL, HTTP tests boot the whole app once per file, admin
// tests drive Chromium on one built admin app, shared by all their files.
const testMatchByType = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s?(x)"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.integration.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
  "integration:plugin": ["**/integration-tests/plugin/**/*.spec.[jt]s"],
  "integration:admin": ["**/integration-tests/admin/**/*.spec.[jt]s"],
}

// Browser specs share one built admin app on the demo data, started once per run.
const setupByType = {
  "integration:admin": {
    globalSetup: "./integration-tests/admin/global-setup.ts",
    globalTeardown: "./integration-tests/admin/global-teardown.ts",
  },
}

const testType = process.env.TEST_TYPE ?? "unit"
if (!testMatchByType[testType]) {
  throw new Error(`Unknown TEST_TYPE "${testType}": one of ${Object.keys(testMatchByType).join(", ")}`)
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", tsx: true, decorators: true } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.medusa/", "<rootDir>/dist/"],
  testMatch: testMatchByType[testType],
  setupFiles: ["./integration-tests/setup.js"],
  ...setupByType[testType],
}
