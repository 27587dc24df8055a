// App config schemas: `config.Schema` and its elements (SPEC §6). The DSL lives in
// ./config/; this module is the import point, as `import { config } from "../sdk/config.ts"`.

export * as config from "./config/index.ts";
export {
  PLATFORM_KEYS,
  Schema,
  type ConfigIssue,
  type ConfigOf,
  type ConfigValue,
  type ExtendedPermissionsSettings,
  type IngestionEndpointSettings,
  type JsonSchema,
  type ValidationResult,
} from "./config/index.ts";
