// The validated `dv_proc_ingestion` config turned into what the guards use, parsed once per
// cached ingestion record (CIDRs and keys are not re-parsed per request).
import type { IngestionRecord } from "../../contracts/install-records.ts";
import { DEFAULT_THROTTLE } from "../../sdk/config/ingestion.ts";
import { parseCidr, type Cidr } from "../../shared/cidr.ts";
import type { SignatureConfig, SignatureScheme } from "./signature.ts";

export interface IngestionSettings {
  cidrs: Cidr[];
  signature: SignatureConfig;
  throttle: number;
  maxBodyBytes: number;
  miniToken: boolean;
  neverReplaceToken: boolean;
}

export interface PreparedIngestion {
  record: IngestionRecord;
  settings: IngestionSettings;
}

const prepared = new WeakMap<IngestionRecord, PreparedIngestion>();

/** The body limit of an endpoint that sets none (INGEST_MAX_BODY, else 1 MiB). */
export function defaultMaxBody(env: Env): number {
  const n = Number(env.INGEST_MAX_BODY);
  return Number.isInteger(n) && n > 0 ? n : 1024 * 1024;
}

export function prepare(record: IngestionRecord, defaultMaxBody: number): PreparedIngestion {
  let value = prepared.get(record);
  if (!value) {
    value = { record, settings: settingsOf(record.config, defaultMaxBody) };
    prepared.set(record, value);
  }
  return value;
}

export function settingsOf(config: Record<string, unknown>, defaultMaxBody: number): IngestionSettings {
  const raw = (config.dv_proc_ingestion ?? {}) as Record<string, unknown>;
  const key = raw.signing_key;
  const keys = (Array.isArray(key) ? key : [key]).filter((k): k is string => typeof k === "string" && k !== "");
  return {
    cidrs: (Array.isArray(raw.cidr_ranges) ? raw.cidr_ranges : [])
      .map((text) => (typeof text === "string" ? parseCidr(text) : null))
      .filter((c): c is Cidr => c !== null),
    signature: {
      scheme: (typeof raw.signature_scheme === "string" ? raw.signature_scheme : "hmac-header") as SignatureScheme,
      keys,
      header: typeof raw.sha256_hash_header === "string" ? raw.sha256_hash_header.toLowerCase() : "x-hmac-sha256",
      toleranceS: numberOr(raw.timestamp_tolerance_s, 300),
    },
    throttle: numberOr(raw.throttle, DEFAULT_THROTTLE),
    maxBodyBytes: numberOr(raw.max_body_bytes, defaultMaxBody),
    miniToken: raw.mini_token === true,
    neverReplaceToken: raw.never_replace_token === true,
  };
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : fallback;
}
