// The README's processor example is this repository's code: its block equals
// test/fixtures/readme-processor.ts (compiled by `npm run check`), and installed it works.
import readme from "../../README.md?raw";
import fixture from "../fixtures/readme-processor.ts?raw";
import { describe, expect, it } from "vitest";
import { APPS } from "../../src/apps/index.ts";
import { TemperatureWatch } from "../fixtures/readme-processor.ts";
import { call, chan, eventually, json, newAgent } from "../support/helpers.ts";

if (!APPS.includes(TemperatureWatch)) APPS.push(TemperatureWatch);

const block = (text: string): string => {
  const start = text.indexOf("```ts\n// src/apps/temperature-watch.ts");
  expect(start).toBeGreaterThan(0);
  return text.slice(start + "```ts\n".length, text.indexOf("```", start + 6));
};

describe("the README's processor example", () => {
  it("is the fixture's code, imports read from src/apps/", () => {
    const code = fixture.split("// ---- README example ----\n")[1]!.replaceAll("../../src/", "../");
    expect(block(readme)).toBe(code);
  });

  it("installed with a config key named from its display name, averages and warns above the threshold", async () => {
    const dev = await newAgent();
    const install = await call("/api/control/installs", {
      method: "POST",
      body: {
        app: "temperature_watch",
        agent_id: dev.id,
        display_name: "Temperature",
        config: { high_temperature: 28, samples: 2 },
      },
    });
    await json(install, 201);
    const tags = async () => {
      const res = await call(chan(dev.id, "tag_values", "/aggregate"));
      return res.status === 404 ? {} : ((await json(res, 200)).data?.temperature_watch_1 ?? {});
    };
    for (const temperature of [20, 30])
      await json(
        await call(chan(dev.id, "on_external_event", "/messages"), { method: "POST", body: { data: { temperature } } }),
        201,
      );
    const first = await eventually(tags, (t) => Array.isArray(t.recent) && t.recent.length === 2);
    expect(first).toMatchObject({ temperature_average: 25, too_hot: false });
    await call(chan(dev.id, "on_external_event", "/messages"), { method: "POST", body: { data: { temperature: 40 } } });
    const hot = await eventually(tags, (t) => t.temperature_average === 35);
    expect(hot).toMatchObject({ recent: [30, 40], too_hot: true });
  });
});
