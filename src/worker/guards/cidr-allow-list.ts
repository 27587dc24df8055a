// CIDR allow-list guard: the client address is CF-Connecting-IP as Cloudflare sets it;
// X-Forwarded-For is never trusted (anyone can write it). Deployed, a request without it is
// refused; in the local runtime it is judged as the loopback peer it came from (reject-limit.ts).
import type { MiddlewareHandler } from "hono";
import { ProblemError } from "../../shared/problem.ts";
import { ipAllowed } from "../../shared/cidr.ts";
import type { IngestEnv } from "../http/ingest-env.ts";
import { requestAddress } from "./reject-limit.ts";

export function cidrAllowList(): MiddlewareHandler<IngestEnv> {
  return async function cidrAllowList(c, next) {
    const ip = requestAddress(c);
    c.set("sourceIp", ip);
    if (!ipAllowed(ip, c.get("ingestion").settings.cidrs))
      throw new ProblemError(403, "ip_denied", `address ${ip || "(unknown)"} is not in this endpoint's allowed ranges`);
    await next();
  };
}
