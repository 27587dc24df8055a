// Issue 8, item 5: lists never fail because their values are large. 33 values of ~1 MiB made
// `GET …/messages` and `GET …/channels` a 500 for good (one RPC value is limited to 32 MiB).
import { describe, expect, it } from "vitest";
import { call, chan, json, newAgent } from "../../support/helpers.ts";

const PAD = "x".repeat(1_000_000);
const COUNT = 34;

describe("lists of large values", () => {
  it("lists 34 messages of ~1 MiB in full, newest first, as one JSON array", { timeout: 60_000 }, async () => {
    const { id } = await newAgent();
    for (let i = 0; i < COUNT; i++)
      await json(await call(chan(id, "big", "/messages"), { method: "POST", body: { data: { i, pad: PAD } } }), 201);
    const res = await call(chan(id, "big", "/messages?limit=50"));
    const list = await json(res, 200);
    expect(list.map((m: any) => m.data.i)).toEqual(Array.from({ length: COUNT }, (_, k) => COUNT - 1 - k));
    const forward = await json(await call(chan(id, "big", `/messages?after=0&limit=${COUNT}`)), 200);
    expect(forward.map((m: any) => m.data.i)).toEqual(Array.from({ length: COUNT }, (_, k) => k));
  });

  it("lists 34 channels whose aggregates are ~1 MiB each", { timeout: 60_000 }, async () => {
    const { id } = await newAgent();
    for (let i = 0; i < COUNT; i++)
      await json(
        await call(chan(id, `c${String(i).padStart(2, "0")}`, "/aggregate"), { method: "PUT", body: { pad: PAD } }),
        200,
      );
    const list = await json(await call(`/api/agents/${id}/channels`), 200);
    expect(list).toHaveLength(COUNT);
    expect(list.every((c: any) => c.aggregate.data.pad.length === PAD.length)).toBe(true);
  });
});
