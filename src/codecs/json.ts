// JSON payload codec: strict UTF-8 (a leading BOM is dropped), then JSON.parse.
import { PayloadUndecodableError } from "./errors.ts";

// fatal: reject malformed UTF-8 instead of inserting U+FFFD; ignoreBOM=false drops one
// leading BOM, which some device firmwares prepend.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes a JSON body; throws PayloadUndecodableError on invalid UTF-8 or invalid JSON. */
export function decodeJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    throw new PayloadUndecodableError("payload is not valid UTF-8", { cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? `: ${cause.message}` : "";
    throw new PayloadUndecodableError(`payload is not valid JSON${detail}`, { cause });
  }
}
