import { DurableObject } from "cloudflare:workers";
export class Agent extends DurableObject<Env> {}
