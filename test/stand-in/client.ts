// Tests' handle on the stand-in server (server.mjs): a scope of their own, its base URL, scripted
// answers and the requests it received. Runs in workerd; the server's port comes from globalSetup.
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    standInPort: number;
  }
}

export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  /** A text body, or `json` for a JSON one (its content-type set). */
  body?: string;
  json?: unknown;
  /** Answer this late (a timeout test); dropped when the caller gave up first. */
  delay_ms?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
  at: number;
}

export class StandIn {
  private readonly control: string;
  /** What the code under test is given as the service's address. */
  readonly baseUrl: string;

  constructor(readonly scope = crypto.randomUUID()) {
    const origin = `http://127.0.0.1:${inject("standInPort")}`;
    this.control = `${origin}/__stand-in/${scope}`;
    this.baseUrl = `${origin}/${scope}`;
  }

  /** Scripts `method path`: each request takes the next answer, the last one repeats. */
  async route(method: string, path: string, ...answers: ScriptedAnswer[]): Promise<void> {
    const res = await fetch(`${this.control}/routes`, {
      method: "POST",
      body: JSON.stringify({ method, path, answers }),
    });
    if (res.status !== 201) throw new Error(`stand-in refused the route: ${await res.text()}`);
  }

  /** Every request of this scope, in order. */
  async requests(): Promise<RecordedRequest[]> {
    return (await (await fetch(`${this.control}/requests`)).json()) as RecordedRequest[];
  }
}
