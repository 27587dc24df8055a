export { Agent } from "../durable-objects/agent.ts";
export { Registry } from "../durable-objects/registry.ts";
export default {
  async fetch() { return new Response("ok"); },
} satisfies ExportedHandler<Env>;
