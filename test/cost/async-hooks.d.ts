// workerd's node:async_hooks (nodejs_compat), the part the cost meter uses (no @types/node here).
declare module "node:async_hooks" {
  export class AsyncLocalStorage<T> {
    run<R>(store: T, callback: () => R): R;
    getStore(): T | undefined;
  }
}
