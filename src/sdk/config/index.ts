// The `config` namespace of the app SDK: names as in pydoover's `config` module, so
// `config.String("API Key", description=...)` becomes `new config.String("API Key", {...})`.

export { Schema, type ConfigOf, type ConfigValue } from "./schema.ts";
export {
  StringElement as String,
  IntegerElement as Integer,
  NumberElement as Number,
  BooleanElement as Boolean,
  EnumElement as Enum,
  type StringOptions,
  type NumericOptions,
  type EnumOptions,
} from "./scalars.ts";
export { ChannelNameElement as ChannelName, type ChannelNameOptions } from "./channel.ts";
export {
  ArrayElement as Array,
  ObjectElement as Object,
  type ArrayOptions,
  type ObjectOptions,
  type ElementMap,
} from "./containers.ts";
export {
  ConfigElement,
  keyFromDisplayName,
  type AnyElement,
  type ElementOptions,
  type PlatformOptions,
  type ValueOf,
  type ValuesOf,
} from "./element.ts";
export {
  IngestionEndpointConfig,
  MAX_INGEST_BODY_BYTES,
  SIGNATURE_SCHEMES,
  type IngestionEndpointSettings,
} from "./ingestion.ts";
export {
  ExtendedPermissionsConfig,
  ManySubscriptionConfig,
  PLATFORM_KEYS,
  ScheduleConfig,
  SerialNumberConfig,
  type ExtendedPermissionsSettings,
} from "./platform.ts";
export {
  MAX_CIDR_RANGES,
  MAX_CONFIG_BYTES,
  MAX_PERMISSION_DEVICES,
  MAX_PERMISSION_ITEMS,
  MAX_SCHEDULES,
  MAX_SIGNING_KEYS,
  MAX_SUBSCRIPTIONS,
} from "./limits.ts";
export type { ConfigIssue, JsonSchema, JsonValue, KeyFromDisplayName, ValidationResult } from "./types.ts";
