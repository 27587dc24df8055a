// The demo tracker uplink the load scripts send (scripts/fault-processors.mjs, scripts/crash.mjs):
// uplink `i` of a device, JSON as the demo integration takes it (src/apps/tracker/uplink.ts).
export function trackerUplink(serial, i) {
  return JSON.stringify({
    device_id: serial,
    sequence: String(i),
    position: { lat: -33.86 + i / 1e6, lon: 151.21 },
    battery: { percent: 50 + (i % 50) },
    status: "STATUS_OK",
  });
}
