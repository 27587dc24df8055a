// Decode cost per payload of the demo tracker uplink: JSON vs protobuf static module vs the
// run-time reflective decoder. Bundles the real src/codecs with esbuild, then times it in Node.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ROUNDS = 9;
const MIN_ROUND_NS = 200_000_000n;

// Bundled the way wrangler does for workerd (browser field: protobufjs' `fs` becomes empty).
const bundle = await esbuild.build({
  stdin: {
    contents: `
      export { decodeJson } from "./src/codecs/json.ts";
      export { compileProto, decodeProto, decodeStatic } from "./src/codecs/protobuf.ts";
      export { edgehook } from "./src/codecs/generated/tracker.js";`,
    resolveDir: ROOT,
    loader: "ts",
  },
  bundle: true,
  format: "esm",
  platform: "neutral",
  mainFields: ["browser", "module", "main"],
  conditions: ["workerd", "worker", "browser"],
  write: false,
  logLevel: "error",
});
const source = bundle.outputFiles[0].text;
const codecs = await import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);
const { decodeJson, compileProto, decodeProto, decodeStatic, edgehook } = codecs;

const TrackerUplink = edgehook.demo.TrackerUplink;
const TYPE = "edgehook.demo.TrackerUplink";
const schema = compileProto(await readFile(new URL("../protos/tracker.proto", import.meta.url), "utf8"));

const uplink = {
  device_id: "trk-00042",
  sequence: "1048576",
  timestamp_ms: "1767225600123",
  position: { lat: 47.376887, lon: 8.541694, alt_m: 408.5, speed_kmh: 3.7, satellites: 11 },
  readings: [
    { name: "temperature", value: 21.75, unit: "C" },
    { name: "humidity", value: 48.5, unit: "%" },
    { name: "pressure", value: 1013.25, unit: "hPa" },
  ],
  battery: { percent: 87, voltage: 3.95, charging: true },
  status: 1,
  labels: { fleet: "north", firmware: "2.4.1" },
};
const protoBytes = TrackerUplink.encode(TrackerUplink.fromObject(uplink)).finish();
// The JSON a device would send: the same plain shape the protobuf decoders produce.
const jsonBytes = new TextEncoder().encode(JSON.stringify(decodeStatic(TrackerUplink, protoBytes)));

const cases = [
  ["json (decodeJson)", () => decodeJson(jsonBytes)],
  ["protobuf static (decode + toObject)", () => decodeStatic(TrackerUplink, protoBytes)],
  ["protobuf static (decode only)", () => TrackerUplink.decode(protoBytes)],
  ["protobuf runtime (decodeProto)", () => decodeProto(schema, TYPE, protoBytes)],
];

let sink = 0;
function round(fn) {
  let iterations = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < MIN_ROUND_NS) {
    for (let i = 0; i < 1000; i++) if (fn() !== undefined) sink++;
    iterations += 1000;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / iterations;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

console.log(`Node ${process.version} (V8 ${process.versions.v8}) — NOT workerd: absolute figures`);
console.log("differ on the edge; compare the ratios. Bundled src/codecs via esbuild.");
console.log(`payload: protobuf ${protoBytes.length} B, JSON ${jsonBytes.length} B`);
console.log(`median of ${ROUNDS} rounds (≥ ${Number(MIN_ROUND_NS) / 1e6} ms each), after warm-up\n`);

const results = [];
for (const [name, fn] of cases) {
  round(fn); // warm-up: let the JIT settle
  const samples = Array.from({ length: ROUNDS }, () => round(fn));
  results.push([name, median(samples)]);
}
const jsonNs = results[0][1];
for (const [name, ns] of results) {
  console.log(`${name.padEnd(38)} ${ns.toFixed(0).padStart(7)} ns/op  ${(ns / jsonNs).toFixed(2)}× JSON`);
}
if (sink === 0) console.log("(no results?)");
