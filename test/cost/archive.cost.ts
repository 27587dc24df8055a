// `npm run cost`, project `fleet`: what the journal's archive (src/agent/archive.ts) costs a device
// of the fleet regime (one report every 5 minutes) per month, at R2's list prices. One device's
// journal is filled, by the agent's own methods with the writes of one real report, until retention
// lets its first segment go; the object it archived gives the compressed bytes per entry, and the
// operations follow from the design: a put and a listing (the age sweep) per segment, nothing per
// event. Reading history back is priced per request.
import { env } from "cloudflare:workers";
import { afterAll, describe, expect, it } from "vitest";
import { archivePrefix } from "../../src/agent/archive-read.ts";
import { REPORTS_PER_DAY, REPORTS_PER_MONTH, RETENTION } from "./fleet-regime.ts";
import { captureTemplate, fill, pathNamed, setUp } from "./paths.ts";
import { fmt } from "./table.ts";

/** R2 Standard list prices (USD): per million operations, per GB-month. Deletes are free. */
const R2 = { class_a: 4.5, class_b: 0.36, gb_month: 0.015 } as const;
const ARCHIVE_DAYS = Number((env as unknown as Record<string, string>).ARCHIVE_RETENTION_DAYS) || 400;
const SEGMENT = Math.max(1, Math.ceil(RETENTION / 8));

let report = "";

describe("archive cost per device-month (fleet)", () => {
  afterAll(() => console.log(report));

  it("prices a fleet device's archive: R2 operations and storage per device-month", async () => {
    const path = pathNamed("routed uplink (sync)");
    const s = await setUp(path, 2);
    const [template, device] = s.devices;
    if (!template || !device) throw new Error("two devices");
    const writes = await captureTemplate(path, s, template);
    // Past retention by one segment and one entry: the first segment is due and uploaded.
    await fill(`agent:${device.id}`, writes.device, RETENTION + SEGMENT + 1);
    let objects: R2Object[] = [];
    for (let i = 0; i < 100 && objects.length === 0; i++) {
      objects = (await env.ARCHIVE.list({ prefix: archivePrefix(device.id), include: ["customMetadata"] })).objects;
      if (objects.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(objects.length, "the first segment was archived").toBe(1);
    const object = objects[0] as R2Object;
    const rows = Number(object.customMetadata?.rows);
    expect(rows).toBe(SEGMENT);
    const gzPerEntry = object.size / rows;
    const body = (await env.ARCHIVE.get(object.key))?.body.pipeThrough(new DecompressionStream("gzip"));
    const rawPerEntry = (await new Response(body).arrayBuffer()).byteLength / rows;
    expect(rawPerEntry).toBeGreaterThan(0);

    const segmentsPerMonth = REPORTS_PER_MONTH / SEGMENT;
    const puts = segmentsPerMonth;
    const lists = segmentsPerMonth; // the age sweep: one listing of the agent's prefix per archive
    const classA = ((puts + lists) * R2.class_a) / 1e6;
    const keptEntries = REPORTS_PER_DAY * ARCHIVE_DAYS;
    // The filled journal repeats one report's writes, which gzip far better than a real device's
    // varying ones: storage is priced at the NDJSON's size before gzip, a bound it cannot exceed.
    const storedGb = (keptEntries * rawPerEntry) / 1e9;
    const storage = storedGb * R2.gb_month;
    const measuredGz = ((keptEntries * gzPerEntry) / 1e9) * R2.gb_month;
    // Reading back: one listing, then one get per object the range overlaps.
    const pageCost = (R2.class_a + R2.class_b) / 1e6;
    const weekObjects = Math.ceil((REPORTS_PER_DAY * 7) / SEGMENT) + 1;
    const weekCost = (R2.class_a + weekObjects * R2.class_b) / 1e6;
    report = [
      "",
      `edgehook archive cost per device-month, fleet regime (one report every 5 minutes: ${REPORTS_PER_MONTH} journal entries a month; MESSAGE_RETENTION ${RETENTION}, segments of ${SEGMENT}; ARCHIVE_RETENTION_DAYS ${ARCHIVE_DAYS}; R2 Standard list prices: class A $${R2.class_a}/M, class B $${R2.class_b}/M, storage $${R2.gb_month}/GB-month)`,
      "",
      `  archived segment: ${rows} entries, ${fmt(rawPerEntry, 0)} bytes of NDJSON an entry, ${fmt(gzPerEntry, 1)} gzipped (${object.size} bytes the object; the fill repeats one report, so real data gzips less)`,
      `  writes: ${fmt(puts, 2)} puts + ${fmt(lists, 2)} lists (class A) a device-month = $${fmt(classA, 8)}; deletes free; 0 SQLite rows written per event (a segment is marked due in memory and dropped whole), ${SEGMENT} rows read per segment (≈ 1 per event, $0.000000001)`,
      `  storage: at most ${fmt(storedGb * 1e3, 1)} MB a device at steady state (${keptEntries} entries, ${ARCHIVE_DAYS} days, priced uncompressed) = $${fmt(storage, 8)} a device-month (gzipped as measured: $${fmt(measuredGz, 8)})`,
      `  total at steady state: at most $${fmt(classA + storage, 8)} a device-month; 10,000 devices: $${fmt((classA + storage) * 10_000, 2)} a month`,
      `  reading: a messages page beyond the journal $${fmt(pageCost * 1e6, 2)}/M pages (1 list + 1 get); a 7-day range from the archive ${weekObjects} gets + 1 list = $${fmt(weekCost * 1e6, 2)}/M reads`,
      "",
    ].join("\n");
  }, 600_000);
});
