// CIDR allow-list guard: the client address is CF-Connecting-IP as Cloudflare sets it;
// X-Forwarded-For is never trusted (anyone can write it).
import type { MiddlewareHandler } from "hono";
import { ProblemError } from "../../shared/problem.ts";
import { ipAllowed } from "../../shared/cidr.ts";
import type { IngestEnv } from "../http/ingest-env.ts";
import { clientAddress } from "./reject-limit.ts";

export function cidrAllowList(): MiddlewareHandler<IngestEnv> {
  return async function cidrAllowList(c, next) {
    const ip = clientAddress(c.req.header("cf-connecting-ip"));
    c.set("sourceIp", ip);
    if (!ipAllowed(ip, c.get("ingestion").settings.cidrs))
      throw new ProblemError(403, "ip_denied", `address ${ip || "(unknown)"} is not in this endpoint's allowed ranges`);
    await next();
  };
}
