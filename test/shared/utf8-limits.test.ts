// Issue 20, item 4: every size limit the code states in bytes counts bytes of the UTF-8 encoding,
// not UTF-16 units (`.length`), so 65,000 CJK characters are not a "64 KiB" one-shot. One
// regression test per limit, each failing on the code as found.
import { describe, expect, it } from "vitest";
import { MAX_STORED_JSON_BYTES, sizeProblem, tooLarge } from "../../src/agent/value-limits.ts";
import { MAX_ONE_SHOT_BYTES, oneShotRefusal } from "../../src/gateway/limits.ts";
import type { ProcessorInstall } from "../../src/processors/bindings.ts";
import { MAX_BATCH_BYTES, packDeliveries, type DeliveryItem } from "../../src/processors/delivery.ts";
import { toPage } from "../../src/shared/json-page.ts";
import { exceedsUtf8, utf8Length } from "../../src/shared/utf8.ts";

const bytesOf = (text: string): number => new TextEncoder().encode(text).byteLength;
/** 3 bytes of UTF-8, 1 UTF-16 unit. */
const CJK = "中";

describe("size limits count UTF-8 bytes (issue 20, item 4)", () => {
  it("utf8Length is the TextEncoder's byte count, lone surrogates included", () => {
    const samples = [
      "",
      "abc",
      "é",
      "中文",
      "😀",
      "a😀b",
      "\ud800",
      "\udc00x",
      "\ud800\ud800",
      "x\ud83d",
      "€\u07ff\u0800",
    ];
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      let s = "";
      for (let j = 0; j < 16; j++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        s += String.fromCharCode(seed % 0x10000);
      }
      samples.push(s);
    }
    for (const s of samples) expect(utf8Length(s), JSON.stringify(s)).toBe(bytesOf(s));
    expect(exceedsUtf8(CJK.repeat(10), 29)).toBe(true);
    expect(exceedsUtf8(CJK.repeat(10), 30)).toBe(false);
  });

  it("counts a one-shot's size in UTF-8 bytes, not UTF-16 units", () => {
    // The case: 65,000 CJK characters (195 KB) passed the 64 KiB limit.
    expect(oneShotRefusal(CJK.repeat(65_000))).toMatch(/at most 65536 bytes/);
    // Just over and just under the limit, in bytes: `"` + n×3 bytes + `"`.
    const fits = Math.floor((MAX_ONE_SHOT_BYTES - 2) / 3);
    expect(oneShotRefusal(CJK.repeat(fits))).toBeNull();
    expect(oneShotRefusal(CJK.repeat(fits + 1))).not.toBeNull();
    expect(oneShotRefusal("a".repeat(MAX_ONE_SHOT_BYTES - 2))).toBeNull();
  });

  it("cuts a JSON page at its byte bound in UTF-8 bytes, not UTF-16 units", () => {
    const values = Array.from({ length: 20 }, (_, i) => ({ id: String(i), text: CJK.repeat(1_000) }));
    const page = toPage(values, 100, 10_000, (v) => v.id);
    // Each value is ≈ 3 KB of UTF-8: a part stops once 10,000 bytes are written (4 values), where
    // counting UTF-16 units took 10.
    expect(page.count).toBe(4);
    expect(page.more).toBe(true);
    expect(bytesOf(`[${page.items}]`)).toBeLessThan(10_000 + bytesOf(JSON.stringify(values[0])));
  });

  it("packs processor queue messages by UTF-8 bytes, not UTF-16 units", () => {
    const install: ProcessorInstall = {
      install_id: "i1",
      app: "tracker_processor",
      app_key: "tracker_processor_1",
      agent_id: "a1",
      organisation_id: "o",
      config: {},
    };
    // Three messages of 30,000 CJK characters: 90 KB of UTF-8 each, 30,000 UTF-16 units.
    const items: DeliveryItem[] = [0, 1, 2].map((i) => ({
      install_id: "i1",
      key: `a1:${i}:0`,
      agent_id: "a1",
      attempts: 0,
      event: { type: "message", id: String(i), channel: "c", author_id: "x", data: CJK.repeat(30_000), timestamp: 0 },
    }));
    const bodies = packDeliveries(items, new Map([["i1", install]]));
    for (const body of bodies) expect(bytesOf(JSON.stringify(body))).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    // Each one alone is over half a message in bytes: it travels without its data (read from the agent).
    for (const body of bodies)
      for (const item of body.items) expect((item.event as { data?: unknown }).data).toBeUndefined();
  });

  it("refuses a stored value over 1 MiB of UTF-8 (349,526 CJK characters), not over 1 MiB of UTF-16 units", () => {
    const n = Math.floor(MAX_STORED_JSON_BYTES / 3) + 1;
    expect(tooLarge(JSON.stringify(CJK.repeat(n)), MAX_STORED_JSON_BYTES)).toBe(true);
    expect(sizeProblem(CJK.repeat(n), "the value")?.status).toBe(413);
    expect(sizeProblem(CJK.repeat(n - 2), "the value")).toBeNull();
  });
});
