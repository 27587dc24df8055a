// Command line of `npm start`: the port from `npm start -- --port N` (or `--port=N`, `-p N`), else
// env PORT, else 8787. Anything else on the command line is refused, never silently ignored.

export const DEFAULT_PORT = 8787;
export const USAGE = "usage: npm start [-- --port N]   (or PORT=N npm start; default 8787)";

/**
 * @param {string[]} argv the arguments after the script name
 * @param {Record<string, string | undefined>} env
 * @returns {{ help: true } | { help: false, port: number }}; throws an Error the user can act on
 */
export function startOptions(argv, env) {
  let port = env.PORT;
  let source = "PORT";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help") return { help: true };
    const inline = arg.match(/^--port=(.*)$/);
    if (inline) port = inline[1];
    else if (arg === "--port" || arg === "-p") {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a port number\n${USAGE}`);
      port = argv[++i];
    } else throw new Error(`unknown argument ${JSON.stringify(arg)}\n${USAGE}`);
    source = "--port";
  }
  if (port === undefined || port === "") return { help: false, port: DEFAULT_PORT };
  const n = Number(port);
  // 0 asks the system for any free port (scripts use it); the address is printed once listening.
  if (!/^\d+$/.test(port) || n > 65535) throw new Error(`${source} must be a port number, not ${JSON.stringify(port)}`);
  return { help: false, port: n };
}
